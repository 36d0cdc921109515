using System.Security.Cryptography;
using System.Text;

namespace AutoRemediate.Durable.Replay;

/// <summary>Name-based UUIDs (RFC 4122 version 5, SHA-1): the same name always gives the same GUID.</summary>
/// <remarks>WARNING: orchestrations persist these GUIDs (e.g. as resource tags); changing the namespace or the
/// name format changes the GUIDs replay produces for instances in flight.</remarks>
internal static class DeterministicGuid
{
    /// <summary>The namespace of GUIDs from <see cref="TaskOrchestrationContext.NewGuid"/>.</summary>
    public static readonly Guid OrchestrationNamespace = new("9e952958-5e33-4daf-827f-2fa12937b875");

    public static Guid Create(Guid namespaceId, string name)
    {
        Span<byte> namespaceBytes = stackalloc byte[16];
        namespaceId.TryWriteBytes(namespaceBytes, bigEndian: true, out _);
        var nameBytes = Encoding.UTF8.GetBytes(name);
        var input = new byte[16 + nameBytes.Length];
        namespaceBytes.CopyTo(input);
        nameBytes.CopyTo(input, 16);

        // SHA-1 is what RFC 4122 prescribes for version 5; this is an identifier, not a security hash.
#pragma warning disable CA5350
        var hash = SHA1.HashData(input);
#pragma warning restore CA5350
        hash[6] = (byte)((hash[6] & 0x0F) | 0x50);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash.AsSpan(0, 16), bigEndian: true);
    }
}
