using AutoRemediate.Server.Engine;
using Microsoft.DurableTask;

namespace AutoRemediate.Server.Tests.Unit;

/// <summary>The names tasks are registered, and so scheduled and stored, under.</summary>
public sealed class TaskRegistryTests
{
    [Fact]
    public void A_task_is_named_by_its_DurableTask_attribute_or_else_its_type_name()
    {
        var registry = new TaskRegistry().AddActivity<Named>().AddActivity<Unnamed>();

        Assert.Equal(["restart-web-app", nameof(Unnamed)], registry.Activities.Keys.Order(StringComparer.Ordinal).Reverse());
    }

    [Fact]
    public void Two_types_under_one_name_are_refused_naming_both()
    {
        var registry = new TaskRegistry().AddActivity<Named>();

        var error = Assert.Throws<InvalidOperationException>(() => registry.AddActivity<AlsoNamed>());

        Assert.Contains(typeof(Named).FullName!, error.Message, StringComparison.Ordinal);
        Assert.Contains(typeof(AlsoNamed).FullName!, error.Message, StringComparison.Ordinal);
    }

    [DurableTask("restart-web-app")]
    private sealed class Named : TaskActivity<string, string>
    {
        public override Task<string> RunAsync(TaskActivityContext context, string input) => Task.FromResult(input);
    }

    [DurableTask("restart-web-app")]
    private sealed class AlsoNamed : TaskActivity<string, string>
    {
        public override Task<string> RunAsync(TaskActivityContext context, string input) => Task.FromResult(input);
    }

    private sealed class Unnamed : TaskActivity<string, string>
    {
        public override Task<string> RunAsync(TaskActivityContext context, string input) => Task.FromResult(input);
    }
}
