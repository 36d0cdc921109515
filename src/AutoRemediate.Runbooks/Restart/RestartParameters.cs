namespace AutoRemediate.Runbooks.Restart;

/// <summary>The binding parameters the restart runbook reads, with their defaults.</summary>
/// <param name="SoftRestart"><c>softRestart</c> (false): App Service restarts only if applying configuration needs it.</param>
/// <param name="Revision"><c>revision</c>: the container app revision to restart; default the latest ready one.</param>
/// <param name="BatchSize"><c>batchSize</c>: scale set instances restarted at once; capped by the blast radius (<c>maxTargetsPerRun</c>, fleet share), which is also the default.</param>
/// <param name="HealthyWithin"><c>waitForHealthySeconds</c> (300): how long a batch may take to be healthy again.</param>
/// <param name="PollEvery"><c>healthPollSeconds</c> (15): how often the instance view is read while waiting.</param>
internal sealed record RestartParameters(bool SoftRestart, string? Revision, int? BatchSize, TimeSpan HealthyWithin, TimeSpan PollEvery)
{
    public static RestartParameters From(RunbookInput input) => new(
        string.Equals(input.Parameter("softRestart", "false"), "true", StringComparison.OrdinalIgnoreCase),
        input.Parameters.GetValueOrDefault("revision"),
        input.IntParameter("batchSize", 0) is > 0 and var size ? size : null,
        TimeSpan.FromSeconds(Math.Max(1, input.IntParameter("waitForHealthySeconds", 300))),
        TimeSpan.FromSeconds(Math.Max(1, input.IntParameter("healthPollSeconds", 15))));
}
