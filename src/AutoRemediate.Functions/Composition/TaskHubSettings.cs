namespace AutoRemediate.Functions.Composition;

/// <summary>The task hub names the engine's table and queue, so several deployments can share an account.</summary>
internal static class TaskHubSettings
{
    public const string SettingName = "Durable:TaskHub";
    public const string DefaultTaskHub = "autoremediate";
}
