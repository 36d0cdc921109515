using System.Collections.Frozen;

namespace AutoRemediate.Runbooks;

/// <summary>The coded runbooks this host can run, by name: the built-in ones and those added with <c>AddRunbook</c>.</summary>
internal sealed class RunbookCatalog
{
    private readonly FrozenDictionary<string, IRunbook> byName;

    public RunbookCatalog(IEnumerable<IRunbook> runbooks)
    {
        var named = new Dictionary<string, IRunbook>(StringComparer.Ordinal);
        foreach (var runbook in runbooks)
        {
            if (named.TryGetValue(runbook.Name, out var first))
            {
                throw new InvalidOperationException(
                    $"Two runbooks are registered as '{runbook.Name}': {first.GetType().FullName} and {runbook.GetType().FullName}; bindings name a runbook by name, so names must be unique.");
            }

            named.Add(runbook.Name, runbook);
        }

        byName = named.ToFrozenDictionary(StringComparer.Ordinal);
    }

    public IReadOnlyCollection<string> Names => byName.Keys;

    public IRunbook? Find(string name) => byName.GetValueOrDefault(name);
}
