using System.Collections.Frozen;

namespace AutoRemediate.Runbooks;

/// <summary>The coded runbooks this host can run, by name.</summary>
internal sealed class RunbookCatalog(IEnumerable<IRunbook> runbooks)
{
    private readonly FrozenDictionary<string, IRunbook> byName = runbooks.ToFrozenDictionary(r => r.Name, StringComparer.Ordinal);

    public IReadOnlyCollection<string> Names => byName.Keys;

    public IRunbook? Find(string name) => byName.GetValueOrDefault(name);
}
