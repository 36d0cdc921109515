using System.Reflection;

namespace AutoRemediate.Functions.Hosting;

/// <summary>Facts about this process that health checks and logs report.</summary>
internal sealed record HostInfo(HostingMode Mode, string Version)
{
    public static string AppVersion =>
        typeof(HostInfo).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? typeof(HostInfo).Assembly.GetName().Version?.ToString()
        ?? "0.0.0";
}
