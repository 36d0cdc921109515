using System.Reflection;

namespace AutoRemediate.Functions.Dashboard;

/// <summary>The dashboard's stylesheet and script, embedded in the assembly: nothing is loaded from anywhere else.</summary>
internal sealed class DashboardAssets
{
    public const string StylePath = "/dashboard/assets/dashboard.css";
    public const string ScriptPath = "/dashboard/assets/dashboard.js";

    public DashboardAssets()
    {
        Style = Read("dashboard.css");
        Script = Read("dashboard.js");
    }

    public string Style { get; }

    public string Script { get; }

    private static string Read(string name)
    {
        var resource = $"Dashboard.{name}";
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The dashboard asset '{resource}' is not embedded in the app.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
