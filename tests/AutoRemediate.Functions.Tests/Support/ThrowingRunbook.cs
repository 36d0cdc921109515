using AutoRemediate.Core.Bindings;
using AutoRemediate.Runbooks;

namespace AutoRemediate.Functions.Tests.Support;

/// <summary>A <c>restart</c> runbook with a bug: its own code throws instead of returning a result.</summary>
internal sealed class ThrowingRunbook : IRunbook
{
    public const string Error = "index out of range in batch planning";

    public string Name => "restart";

    public RunbookRisk Risk => RunbookRisk.Medium;

    public IReadOnlyList<string> AzureActions { get; } = [];

    public Task<RunbookResult> RunAsync(RunbookExecution execution) => Task.FromException<RunbookResult>(new InvalidOperationException(Error));
}
