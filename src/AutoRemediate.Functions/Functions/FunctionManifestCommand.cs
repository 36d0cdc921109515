namespace AutoRemediate.Functions.Functions;

/// <summary>
/// <c>AutoRemediate.Functions functions FOLDER</c>: writes the function.json files into a publish folder (run by the
/// project's publish step). Prints one line per function; exit 1 with a message when the folder is missing.
/// </summary>
internal static class FunctionManifestCommand
{
    public static bool Matches(string[] args) => args is ["functions", ..];

    public static int Run(string[] args, TextWriter output)
    {
        if (args is not [_, var folder] || !Directory.Exists(folder))
        {
            output.WriteLine("usage: AutoRemediate.Functions functions FOLDER (an existing publish folder)");
            return 1;
        }

        foreach (var name in FunctionManifest.Write(folder, FunctionManifest.DiscoverHttpFunctions()))
        {
            output.WriteLine($"{name}/function.json");
        }

        return 0;
    }
}
