using AutoRemediate.Functions.Tests.Support;
using AutoRemediate.Testing.Azurite;

namespace AutoRemediate.Functions.Tests.Operator;

[Collection(AzuriteCollection.Name)]
public sealed class OperatorSettingsTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task A_local_operator_identity_with_control_characters_stops_start_up_naming_the_setting()
    {
        var settings = new Dictionary<string, string?> { ["Operator:LocalIdentity"] = "oncall\n@example.com", ["environment"] = "Development" };
        await using var app = new RemediationApp(azurite.ConnectionString, Path.Combine(RemediationApp.TestBindings, "dryrun"), settings: settings);

        var error = Assert.ThrowsAny<Exception>(() => app.Factory.Server).ToString();

        Assert.Contains("Operator:LocalIdentity", error, StringComparison.Ordinal);
    }
}
