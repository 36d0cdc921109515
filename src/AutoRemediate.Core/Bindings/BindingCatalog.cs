using System.Security.Cryptography;
using System.Text;

namespace AutoRemediate.Core.Bindings;

/// <summary>An immutable, validated set of bindings, with a version that changes whenever any file's content changes.</summary>
public sealed class BindingCatalog
{
    internal BindingCatalog(IReadOnlyList<RunbookBinding> bindings)
    {
        Bindings = bindings.OrderBy(b => b.Id, StringComparer.Ordinal).ToArray();
        var fileHashes = bindings.Select(b => $"{b.SourceFile}={b.ContentHash}").Distinct().Order(StringComparer.Ordinal);
        Version = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', fileHashes))))[..16];
    }

    /// <summary>All bindings (enabled and disabled), ordered by id.</summary>
    public IReadOnlyList<RunbookBinding> Bindings { get; }

    /// <summary>16 hex digits over every file's path and content hash; equal catalogs have equal versions.</summary>
    public string Version { get; }

    /// <summary>The binding with <paramref name="id"/>, or null.</summary>
    public RunbookBinding? Find(string id) => Bindings.FirstOrDefault(b => string.Equals(b.Id, id, StringComparison.Ordinal));
}
