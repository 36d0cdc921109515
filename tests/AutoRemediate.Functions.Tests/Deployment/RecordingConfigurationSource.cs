using Microsoft.Extensions.Configuration;

namespace AutoRemediate.Functions.Tests.Deployment;

/// <summary>
/// A configuration source that records every key the app looks up while <see cref="Recording"/> is on. Added last,
/// it is asked first for every lookup, so no read escapes it. The binder skips a section without children, so each
/// top-level section is given one child, <see cref="Probe"/>: the options class bound to it is then bound property
/// by property, which names the section it is bound from.
/// </summary>
internal sealed class RecordingConfigurationSource : IConfigurationSource, IConfigurationProvider
{
    public bool Recording { get; set; }

    public HashSet<string> Lookups { get; } = new(StringComparer.OrdinalIgnoreCase);

    public const string Probe = "\u0001probe";

    public IConfigurationProvider Build(IConfigurationBuilder builder) => this;

    public bool TryGet(string key, out string? value)
    {
        if (Recording)
        {
            Lookups.Add(key);
        }

        value = null;
        return false;
    }

    public IEnumerable<string> GetChildKeys(IEnumerable<string> earlierKeys, string? parentPath)
    {
        return Recording && parentPath is not null && !parentPath.Contains(':', StringComparison.Ordinal) ? earlierKeys.Append(Probe) : earlierKeys;
    }

    public Microsoft.Extensions.Primitives.IChangeToken GetReloadToken() => new Microsoft.Extensions.Primitives.CancellationChangeToken(CancellationToken.None);

    public void Load()
    {
    }

    public void Set(string key, string? value)
    {
    }
}
