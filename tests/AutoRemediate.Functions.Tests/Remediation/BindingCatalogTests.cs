using AutoRemediate.Core.Bindings;
using AutoRemediate.Functions.Runbooks;
using AutoRemediate.Functions.Tests.Support;
using AutoRemediate.Testing;
using AutoRemediate.Testing.Azurite;

namespace AutoRemediate.Functions.Tests.Remediation;

/// <summary>The binding catalog: the validate command, and start-up refusing a broken binding file.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class BindingCatalogTests(AzuriteFixture azurite)
{
    private static readonly string Broken = Path.Combine(RemediationApp.TestBindings, "broken");

    [Fact]
    public void Validate_reports_the_example_bindings_OK_and_exits_0()
    {
        using var output = new StringWriter();

        var exitCode = ValidateCommand.Run(["validate", Path.Combine(RepositoryRoot.Find(), "runbooks")], output);

        Assert.Equal(0, exitCode);
        Assert.Matches(@"^\d+ bindings OK; guardrail policy .+guardrails\.yaml: 2 windows, 2 SLOs, dry run off$", output.ToString().Trim());
    }

    [Fact]
    public void Validate_prints_every_error_as_file_line_column_and_exits_1()
    {
        using var output = new StringWriter();

        var exitCode = ValidateCommand.Run(["validate", Broken], output);

        Assert.Equal(1, exitCode);
        var lines = output.ToString().Trim().Split(Environment.NewLine);
        var file = Path.Combine(Broken, "broken.yaml");
        Assert.True(lines.Length >= 2, output.ToString());
        Assert.All(lines, line => Assert.Matches(@"^.+broken\.yaml:\d+:\d+: .+$", line));
        Assert.Contains(lines, line => line.StartsWith($"{file}:5:5: ", StringComparison.Ordinal) && line.Contains("ownr", StringComparison.Ordinal));
        Assert.Contains(lines, line => line.Contains("reboot-the-world", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_of_a_missing_folder_exits_1_and_says_so()
    {
        using var output = new StringWriter();

        var exitCode = ValidateCommand.Run(["validate", Path.Combine(Broken, "nowhere")], output);

        Assert.Equal(1, exitCode);
        Assert.Contains("binding folder does not exist", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task App_refuses_to_start_on_a_broken_binding_file_and_lists_every_error()
    {
        await using var app = new RemediationApp(azurite.ConnectionString, Broken);

        var failure = Assert.ThrowsAny<Exception>(() => app.Factory.Server);

        var catalogError = failure as BindingCatalogException ?? failure.InnerException as BindingCatalogException;
        Assert.NotNull(catalogError);
        Assert.True(catalogError.Errors.Count >= 2);
        Assert.Contains($"{Path.Combine(Broken, "broken.yaml")}:5:5: ", catalogError.Message, StringComparison.Ordinal);
    }
}
