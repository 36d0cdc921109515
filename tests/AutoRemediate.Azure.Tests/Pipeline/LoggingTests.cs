using Azure.Core;
using AutoRemediate.Azure.Tests.Support;
using AutoRemediate.AzureFakes;
using AutoRemediate.AzureFakes.Faults;

namespace AutoRemediate.Azure.Tests.Pipeline;

public sealed class LoggingTests
{
    [Fact]
    public async Task Retries_operations_and_dry_runs_are_logged_by_path_without_the_token()
    {
        await using var azure = await AzureTestBed.StartAsync();
        var vm = new ResourceIdentifier(azure.State.AddVirtualMachine("vm1"));
        azure.State.AddCertificate("tls-web", azure.Clock.GetUtcNow().AddDays(5));
        azure.Faults.Add(FaultRule.Throttle("POST", "/restart", retryAfter: "3")).Add(new OperationRule("POST", "/restart", Polls: 2));

        await azure.Compute.RestartVirtualMachineAsync(vm);
        await azure.DryRun.Begin().Compute.RestartVirtualMachineAsync(vm);
        await azure.Certificates.BeginNewVersionAsync(azure.Vault, "tls-web");

        var lines = azure.Log.Lines;
        Assert.Contains(lines, line => line.StartsWith("5101 ", StringComparison.Ordinal) && line.Contains($"{vm}/restart", StringComparison.Ordinal));
        Assert.Contains(lines, line => line.StartsWith("5102 ", StringComparison.Ordinal));
        Assert.Contains(lines, line => line.StartsWith("5105 ", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, line => line.Contains(FakeTokenCredential.Token, StringComparison.Ordinal) || line.Contains("Bearer", StringComparison.OrdinalIgnoreCase));
    }
}
