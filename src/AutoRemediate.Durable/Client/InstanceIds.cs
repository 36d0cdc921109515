using System.Buffers;

namespace AutoRemediate.Durable.Client;

/// <summary>Rules for caller-chosen instance ids (they become Azure Table partition keys).</summary>
internal static class InstanceIds
{
    public const int MaxLength = 256;

    private static readonly SearchValues<char> Forbidden = SearchValues.Create("/\\#?");

    public static void Validate(string instanceId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(instanceId);
        if (instanceId.Length > MaxLength)
        {
            throw new ArgumentException($"An instance id has at most {MaxLength} characters.", nameof(instanceId));
        }

        if (instanceId.AsSpan().IndexOfAny(Forbidden) >= 0 || instanceId.Any(char.IsControl))
        {
            throw new ArgumentException("An instance id must not contain '/', '\\', '#', '?' or control characters.", nameof(instanceId));
        }
    }
}
