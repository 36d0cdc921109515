using System.Globalization;

namespace AutoRemediate.Functions.Hosting;

/// <summary>Reads the hosting mode from the environment the Functions host gives a custom handler.</summary>
internal static class HostingEnvironment
{
    public const string CustomHandlerPortVariable = "FUNCTIONS_CUSTOMHANDLER_PORT";

    public static (HostingMode Mode, int? Port) Detect(IConfiguration configuration)
    {
        var raw = configuration[CustomHandlerPortVariable];
        if (string.IsNullOrWhiteSpace(raw))
        {
            return (HostingMode.SelfHosted, null);
        }

        if (!int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var port) || port is < 1 or > 65535)
        {
            throw new InvalidOperationException(
                $"{CustomHandlerPortVariable} must be a TCP port number between 1 and 65535, not '{raw}'.");
        }

        return (HostingMode.CustomHandler, port);
    }
}
