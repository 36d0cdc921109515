using System.Diagnostics;
using System.Text.Json;
using AutoRemediate.Testing;

namespace AutoRemediate.Functions.Tests.Deployment;

/// <summary>Runs scripts/bicep-parse.mjs (tree-sitter-bicep, installed by npm ci) and reads its JSON.</summary>
internal static class BicepParser
{
    public static string Root { get; } = RepositoryRoot.Find();

    public static string BicepFolder { get; } = Path.Combine(Root, "bicep");

    public static IReadOnlyList<string> AllFiles() =>
        [.. Directory.EnumerateFiles(BicepFolder, "*.bicep", SearchOption.AllDirectories).Order(StringComparer.Ordinal)];

    public static BicepFile Parse(string path) => ParseAll([path])[0];

    public static IReadOnlyList<BicepFile> ParseAll(IReadOnlyList<string> paths)
    {
        var start = new ProcessStartInfo("node") { WorkingDirectory = Root, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(Root, "scripts", "bicep-parse.mjs"));
        foreach (var path in paths)
        {
            start.ArgumentList.Add(path);
        }

        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode is not (0 or 1))
        {
            throw new InvalidOperationException($"bicep-parse.mjs exited {process.ExitCode} (run npm ci): {stderr.Result}");
        }

        return JsonSerializer.Deserialize<List<BicepFile>>(stdout)!;
    }
}
