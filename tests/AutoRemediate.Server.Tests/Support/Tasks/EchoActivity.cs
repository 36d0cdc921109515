using Microsoft.DurableTask;

namespace AutoRemediate.Server.Tests.Support.Tasks;

/// <summary>Returns its input marked as seen by an activity.</summary>
internal sealed class EchoActivity : TaskActivity<string, string>
{
    public override Task<string> RunAsync(TaskActivityContext context, string input) => Task.FromResult($"echo:{input}");
}
