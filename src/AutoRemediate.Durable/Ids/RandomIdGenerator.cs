using System.Globalization;

namespace AutoRemediate.Durable.Ids;

/// <summary>Ids from the injected clock and <see cref="Random.Shared"/>.</summary>
internal sealed class RandomIdGenerator(TimeProvider timeProvider) : IIdGenerator
{
    public string NewInstanceId() => RandomHex(16);

    public string NewInboxId() =>
        timeProvider.GetUtcNow().UtcTicks.ToString("D19", CultureInfo.InvariantCulture) + "-" + RandomHex(6);

    public string NewWorkerSuffix() => RandomHex(4);

    private static string RandomHex(int bytes)
    {
        Span<byte> buffer = stackalloc byte[bytes];
        Random.Shared.NextBytes(buffer);
        return Convert.ToHexStringLower(buffer);
    }
}
