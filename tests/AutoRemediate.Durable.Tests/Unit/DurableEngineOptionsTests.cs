using AutoRemediate.Durable.InMemory;
using AutoRemediate.Durable.Tests.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Xunit;

namespace AutoRemediate.Durable.Tests.Unit;

public sealed class DurableEngineOptionsTests
{
    [Fact]
    public async Task Invalid_options_stop_the_host_at_start_with_every_problem_in_one_message()
    {
        using var host = BuildHost(new Dictionary<string, string?>
        {
            ["Durable:MaxConcurrentWorkItems"] = "0",
            ["Durable:LeaseDuration"] = "00:00:00",
            ["Durable:MinPollingInterval"] = "00:00:02",
            ["Durable:MaxPollingInterval"] = "00:00:01",
        });

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("MaxConcurrentWorkItems must be at least 1", error.Message, StringComparison.Ordinal);
        Assert.Contains("LeaseDuration must be positive", error.Message, StringComparison.Ordinal);
        Assert.Contains("MaxPollingInterval (00:00:01) must not be less than MinPollingInterval", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Options_bind_from_configuration_and_keep_defaults_for_the_rest()
    {
        using var host = BuildHost(new Dictionary<string, string?> { ["Durable:MaxConcurrentWorkItems"] = "3" });

        var options = host.Services.GetRequiredService<IOptions<DurableEngineOptions>>().Value;

        Assert.Equal(3, options.MaxConcurrentWorkItems);
        Assert.Equal(DurableEngineOptions.DefaultLeaseDuration, options.LeaseDuration);
        Assert.Equal(DurableEngineOptions.DefaultMaxInboxMessagesPerTurn, options.MaxInboxMessagesPerTurn);
    }

    private static IHost BuildHost(Dictionary<string, string?> settings)
    {
        var builder = new HostApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddDurableEngine(builder.Configuration.GetSection(DurableEngineOptions.SectionName)).UseInMemoryStore().AddWorker();
        return builder.Build();
    }
}
