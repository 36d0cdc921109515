using AutoRemediate.Server.Tests.Support;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Xunit.Abstractions;

namespace AutoRemediate.Server.Tests.Unit;

/// <summary>Bad engine settings stop the host before it touches storage, naming each bad setting.</summary>
public sealed class DurableEngineOptionsTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Start_fails_naming_every_bad_setting()
    {
        using var host = TestEngine.Build(output, new Dictionary<string, string?>
        {
            ["Durable:TaskHub"] = "9-bad-hub",
            ["Durable:PartitionCount"] = "17",
            ["Durable:MaxQueuePollingInterval"] = "00:00:00",
            ["Durable:MaxConcurrentOrchestrations"] = "0",
            ["Durable:MaxConcurrentActivities"] = "-1",
        });

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Equal(
            ["Durable:ConnectionString", "Durable:TaskHub", "Durable:PartitionCount", "Durable:MaxQueuePollingInterval",
             "Durable:MaxConcurrentOrchestrations", "Durable:MaxConcurrentActivities"],
            error.Failures.Select(failure => failure.Split(' ')[0]));
    }

    [Theory]
    [InlineData("PartitionCount", "0")]
    [InlineData("MaxQueuePollingInterval", "00:00:31")]
    [InlineData("TaskHub", "ab")]
    [InlineData("LeaseInterval", "00:00:10")]
    [InlineData("LeaseRenewInterval", "00:00:08")]
    [InlineData("LeaseAcquireInterval", "00:00:16")]
    [InlineData("ControlQueueVisibilityTimeout", "00:00:04")]
    [InlineData("WorkItemQueueVisibilityTimeout", "00:05:01")]
    public async Task Start_fails_on_one_bad_setting_and_names_only_it(string setting, string value)
    {
        using var host = TestEngine.Build(output, new Dictionary<string, string?>
        {
            ["Durable:ConnectionString"] = "UseDevelopmentStorage=true",
            [$"Durable:{setting}"] = value,
        });

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.StartsWith($"Durable:{setting} ", Assert.Single(error.Failures), StringComparison.Ordinal);
    }
}
