using Microsoft.Extensions.Configuration;

namespace AutoRemediate.Functions.Tests.Deployment;

/// <summary>
/// A configuration source that holds nothing and records every key the app asks for while <see cref="Recording"/>
/// is on: values looked up (settings) and sections enumerated (collections such as <c>Webhook:KeyHashes</c>).
/// Added last, it is asked first for every lookup, so no read escapes it.
/// </summary>
internal sealed class RecordingConfigurationSource : IConfigurationSource, IConfigurationProvider
{
    public bool Recording { get; set; }

    public HashSet<string> Lookups { get; } = new(StringComparer.OrdinalIgnoreCase);

    public HashSet<string> Enumerations { get; } = new(StringComparer.OrdinalIgnoreCase);

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
        if (Recording && parentPath is not null)
        {
            Enumerations.Add(parentPath);
        }

        return earlierKeys;
    }

    public Microsoft.Extensions.Primitives.IChangeToken GetReloadToken() => new Microsoft.Extensions.Primitives.CancellationChangeToken(CancellationToken.None);

    public void Load()
    {
    }

    public void Set(string key, string? value)
    {
    }
}
