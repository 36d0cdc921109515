using System.Buffers.Text;
using System.Text.Json;

namespace AutoRemediate.Core.Guardrails.State;

/// <summary>
/// The snapshot's concurrency token: the version of every row the snapshot read ("" for a row that did not exist),
/// as base64url JSON. Opaque to callers; only meaningful to the store that issued it.
/// </summary>
internal static class GuardrailStateToken
{
    public static string Encode(IEnumerable<GuardrailRowKey> keys, IReadOnlyDictionary<GuardrailRowKey, StoredGuardrailRow> rows)
    {
        var entries = keys.Distinct().Select(k => new[] { ((int)k.Kind).ToString(System.Globalization.CultureInfo.InvariantCulture), k.Name, k.Item, rows.TryGetValue(k, out var row) ? row.ETag : string.Empty });
        return Base64Url.EncodeToString(JsonSerializer.SerializeToUtf8Bytes(entries));
    }

    /// <summary>The versions by row; throws <see cref="ArgumentException"/> for a token this store did not issue.</summary>
    public static Dictionary<GuardrailRowKey, string> Decode(string token)
    {
        try
        {
            var entries = JsonSerializer.Deserialize<string[][]>(Base64Url.DecodeFromChars(token)) ?? [];
            return entries.ToDictionary(
                e => new GuardrailRowKey((GuardrailRowKind)int.Parse(e[0], System.Globalization.CultureInfo.InvariantCulture), e[1], e[2]),
                e => e[3]);
        }
        catch (Exception e) when (e is FormatException or JsonException or IndexOutOfRangeException or ArgumentException)
        {
            throw new ArgumentException($"'{Shorten(token)}' is not a guardrail state token issued by this store.", nameof(token), e);
        }
    }

    private static string Shorten(string token) => token.Length <= 40 ? token : string.Concat(token.AsSpan(0, 40), "…");
}
