using AutoRemediate.Durable.Replay;
using Xunit;

namespace AutoRemediate.Durable.Tests.Unit;

public sealed class DeterministicGuidTests
{
    [Fact]
    public void Matches_the_RFC_4122_version_5_reference_value()
    {
        var dns = new Guid("6ba7b810-9dad-11d1-80b4-00c04fd430c8");

        Assert.Equal(new Guid("2ed6657d-e927-568b-95e1-2665a8aea6a2"), DeterministicGuid.Create(dns, "www.example.com"));
    }

    [Fact]
    public void Context_NewGuid_repeats_across_executions_and_differs_by_counter_and_instance()
    {
        var first = new OrchestrationExecutionContext("instance-a", "Orch", null);
        var replay = new OrchestrationExecutionContext("instance-a", "Orch", null);
        var other = new OrchestrationExecutionContext("instance-b", "Orch", null);

        Guid[] run = [first.NewGuid(), first.NewGuid()];
        Guid[] rerun = [replay.NewGuid(), replay.NewGuid()];

        Assert.Equal(run, rerun);
        Assert.NotEqual(run[0], run[1]);
        Assert.NotEqual(run[0], other.NewGuid());
        Assert.Equal(5, run[0].Version);
    }
}
