using System.Text.Json;
using AutoRemediate.Functions.Functions;

namespace AutoRemediate.Functions.Tests.Deployment;

/// <summary>dotnet publish yields a zip-deployable custom-handler folder whose functions are the code's own.</summary>
public sealed class PublishLayoutTests(PublishFixture publish) : IClassFixture<PublishFixture>
{
    [Fact]
    public void Publish_folder_holds_host_json_naming_a_self_contained_executable()
    {
        Assert.True(publish.ExitCode == 0, publish.Output);
        using var host = JsonDocument.Parse(File.ReadAllText(Path.Combine(publish.Folder, "host.json")));
        var executable = host.RootElement.GetProperty("customHandler").GetProperty("description").GetProperty("defaultExecutablePath").GetString()!;

        Assert.True(File.Exists(Path.Combine(publish.Folder, executable)), $"{executable} is not in the publish folder");
        if (!OperatingSystem.IsWindows())
        {
            Assert.True(File.GetUnixFileMode(Path.Combine(publish.Folder, executable)).HasFlag(UnixFileMode.UserExecute));
        }

        Assert.True(File.Exists(Path.Combine(publish.Folder, "libcoreclr.so")), "the runtime is not bundled (not self-contained linux-x64)");
        Assert.True(host.RootElement.GetProperty("customHandler").GetProperty("enableProxyingHttpRequest").GetBoolean());
    }

    [Fact]
    public void Publish_folder_has_one_function_json_per_declared_function()
    {
        Assert.True(publish.ExitCode == 0, publish.Output);
        var expected = FunctionManifest.DiscoverHttpFunctions().Select(f => f.Name).Concat(FunctionCatalog.All.Select(f => f.Name)).Order(StringComparer.Ordinal);

        var published = Directory.EnumerateFiles(publish.Folder, "function.json", SearchOption.AllDirectories)
            .Select(f => Path.GetFileName(Path.GetDirectoryName(f))!).Order(StringComparer.Ordinal);

        Assert.Equal(expected, published);
    }

    [Fact]
    public void Published_http_functions_route_exactly_what_the_app_maps()
    {
        Assert.True(publish.ExitCode == 0, publish.Output);
        foreach (var function in FunctionManifest.DiscoverHttpFunctions())
        {
            using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(publish.Folder, function.Name, "function.json")));
            var trigger = json.RootElement.GetProperty("bindings")[0];

            Assert.Equal("httpTrigger", trigger.GetProperty("type").GetString());
            Assert.Equal(function.Route, trigger.GetProperty("route").GetString());
            Assert.Equal(function.Methods, trigger.GetProperty("methods").EnumerateArray().Select(m => m.GetString()!));
            Assert.Equal("anonymous", trigger.GetProperty("authLevel").GetString());
        }
    }
}
