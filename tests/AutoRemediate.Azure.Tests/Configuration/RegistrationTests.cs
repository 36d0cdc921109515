using AutoRemediate.Azure.Configuration;
using AutoRemediate.Azure.Resources;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace AutoRemediate.Azure.Tests.Configuration;

public sealed class RegistrationTests
{
    [Fact]
    public void Defaults_target_the_public_cloud()
    {
        using var services = Build([]);

        var options = services.GetRequiredService<IOptions<AzureActuatorOptions>>().Value;

        Assert.Equal(new Uri("https://management.azure.com"), options.ResourceManagerEndpoint);
        Assert.True(options.KeyVaultChallengeResourceVerification);
        Assert.Equal(new Uri("https://api.loganalytics.io"), options.LogAnalyticsEndpoint);
        Assert.NotNull(services.GetRequiredService<IAzureResourceClient>());
    }

    [Fact]
    public void Invalid_settings_fail_at_start_up_naming_each_setting()
    {
        using var services = Build(new()
        {
            ["Actuators:ResourceManagerEndpoint"] = "http://management.azure.com",
            ["Actuators:OperationPollInterval"] = "00:00:00",
            ["Actuators:MaxRetries"] = "50",
            ["Actuators:ApiVersions:Microsoft.Web/sites"] = " ",
        });

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<AzureActuatorOptions>>().Value);

        Assert.Contains(error.Failures, f => f.StartsWith("Actuators:ResourceManagerEndpoint:", StringComparison.Ordinal));
        Assert.Contains(error.Failures, f => f.StartsWith("Actuators:OperationPollInterval:", StringComparison.Ordinal));
        Assert.Contains(error.Failures, f => f.StartsWith("Actuators:MaxRetries:", StringComparison.Ordinal));
        Assert.Contains(error.Failures, f => f.StartsWith("Actuators:ApiVersions:Microsoft.Web/sites:", StringComparison.Ordinal));
    }

    [Fact]
    public void Configured_api_versions_override_the_built_in_ones()
    {
        using var services = Build(new() { ["Actuators:ApiVersions:Microsoft.Web/sites"] = "2024-04-01" });

        var options = services.GetRequiredService<IOptions<AzureActuatorOptions>>().Value;

        Assert.Equal("2024-04-01", new ApiVersionTable(options).Version("Microsoft.Web/sites"));
    }

    private static ServiceProvider Build(Dictionary<string, string?> values)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        return new ServiceCollection().AddAzureActuators(configuration.GetSection("Actuators"), setup => setup.Credential = new AutoRemediate.AzureFakes.FakeTokenCredential()).BuildServiceProvider();
    }
}
