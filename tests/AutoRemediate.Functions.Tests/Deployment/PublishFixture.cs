using System.Diagnostics;

namespace AutoRemediate.Functions.Tests.Deployment;

/// <summary>Publishes the app once for the test class, the way the deploy commands do, into a temporary folder.</summary>
public sealed class PublishFixture : IDisposable
{
    public PublishFixture()
    {
        Folder = Path.Combine(Path.GetTempPath(), $"autoremediate-publish-{Guid.NewGuid():N}");
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = BicepParser.Root, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "publish", "src/AutoRemediate.Functions", "-c", "Release", "-o", Folder, "-nologo" })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        Output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        ExitCode = process.ExitCode;
        Output += stderr.Result;
    }

    public string Folder { get; }

    public string Output { get; }

    public int ExitCode { get; }

    public void Dispose()
    {
        if (Directory.Exists(Folder))
        {
            Directory.Delete(Folder, recursive: true);
        }
    }
}
