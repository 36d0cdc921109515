using DurableTask.Core;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Worker.Shims;
using Microsoft.Extensions.DependencyInjection;

namespace AutoRemediate.Server.Engine;

/// <summary>
/// Runs one execution of a registered Microsoft.DurableTask activity in its own container scope, through the SDK's
/// activity shim (which deserialises the input and serialises the output with the SDK's data converter).
/// </summary>
/// <remarks>Stateless, so DurableTask.Core may share one instance between concurrent executions.</remarks>
internal sealed class ScopedActivity(string name, Type type, IServiceProvider services, DurableTaskShimFactory shims) : TaskActivity
{
    public override string Run(TaskContext context, string input) =>
        throw new NotSupportedException($"Activity '{name}' runs asynchronously only.");

    public override async Task<string> RunAsync(TaskContext context, string input)
    {
        await using var scope = services.CreateAsyncScope();
        var activity = (ITaskActivity)ActivatorUtilities.GetServiceOrCreateInstance(scope.ServiceProvider, type);
        return await shims.CreateActivity(new TaskName(name), activity).RunAsync(context, input);
    }
}
