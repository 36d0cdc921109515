using AutoRemediate.Functions.Functions;
using AutoRemediate.Functions.Webhook;

namespace AutoRemediate.Functions.Tests.Deployment;

/// <summary>The templates parse with the Bicep grammar and declare what operators rely on.</summary>
public sealed class BicepTemplateTests
{
    [Fact]
    public void Every_bicep_file_parses_without_errors()
    {
        var files = BicepParser.ParseAll(BicepParser.AllFiles());

        Assert.Contains(files, f => f.Path.EndsWith("main.bicep", StringComparison.Ordinal));
        Assert.True(files.Count >= 7, $"expected main.bicep and its modules, found {files.Count} files");
        Assert.All(files, f => Assert.True(f.Errors.Count == 0, $"{f.Path}: {string.Join("; ", f.Errors.Select(e => $"line {e.Line}:{e.Column} {e.Message}"))}"));
    }

    [Fact]
    public void Broken_copy_is_reported_with_the_line_of_the_error()
    {
        var lines = File.ReadAllLines(Path.Combine(BicepParser.BicepFolder, "modules", "identity.bicep")).ToList();
        var resourceLine = lines.FindIndex(l => l.StartsWith("resource ", StringComparison.Ordinal));
        lines[resourceLine + 1] = "  name: ";
        var copy = WriteTemp(lines);

        var parsed = BicepParser.Parse(copy);

        Assert.NotEmpty(parsed.Errors);
        Assert.Contains(parsed.Errors, e => e.Line == resourceLine + 2 || e.Line == resourceLine + 3);
    }

    [Fact]
    public void Every_parameter_of_every_template_has_a_description()
    {
        foreach (var file in BicepParser.ParseAll(BicepParser.AllFiles()))
        {
            var nodes = file.Root.Nodes;
            for (var i = 0; i < nodes.Count; i++)
            {
                if (nodes[i].Type != "parameter_declaration")
                {
                    continue;
                }

                var described = i > 0 && nodes[i - 1].Type == "decorators"
                    && nodes[i - 1].Descendants().Any(n => n.Field == "function" && n.Text == "description");
                Assert.True(described, $"{file.Path}:{nodes[i].Line}: parameter {nodes[i].Nodes[0].Text} has no @description");
            }
        }
    }

    [Fact]
    public void Main_template_outputs_the_webhook_url_dashboard_url_and_principal_id()
    {
        var main = BicepParser.Parse(Path.Combine(BicepParser.BicepFolder, "main.bicep"));

        var outputs = main.Root.Nodes.Where(n => n.Type == "output_declaration").Select(n => n.Nodes[0].Text).ToList();

        Assert.Contains("webhookUrl", outputs);
        Assert.Contains("dashboardUrl", outputs);
        Assert.Contains("principalId", outputs);
    }

    [Fact]
    public void Sign_in_is_skipped_for_exactly_the_alert_webhook_and_health()
    {
        var excluded = BicepParser.Parse(Path.Combine(BicepParser.BicepFolder, "modules", "functionApp.bicep")).StringArrayVariable("machineRoutes");
        var routes = FunctionManifest.DiscoverHttpFunctions().Select(f => "/" + f.Route).ToList();

        // Alert delivery checks its key or token in the app and health is open; every other route (approval pages, the
        // dashboard, the operator and toil APIs) takes its operator or approver from App Service authentication.
        var wrong = routes.Where(route => IsExcluded(excluded, route) != (route is AlertWebhookEndpoints.AlertsPath or "/healthz")).ToList();

        Assert.Contains("/api/toil/reports/{window}", routes);
        Assert.Contains("/api/operator/kill-switch", routes);
        Assert.Contains("/healthz", routes);
        Assert.Empty(wrong);
    }

    internal static string WriteTemp(IEnumerable<string> lines)
    {
        var path = Path.Combine(Path.GetTempPath(), $"bicep-{Guid.NewGuid():N}.bicep");
        File.WriteAllLines(path, lines);
        return path;
    }

    private static bool IsExcluded(IReadOnlyList<string> excluded, string route) =>
        excluded.Any(path => path == route || (path.EndsWith("/*", StringComparison.Ordinal) && route.StartsWith(path[..^1], StringComparison.Ordinal)));
}
