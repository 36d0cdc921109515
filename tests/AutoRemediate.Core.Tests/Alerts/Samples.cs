using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using AutoRemediate.Core.Alerts;

namespace AutoRemediate.Core.Tests.Alerts;

/// <summary>Reads the sample payloads copied next to the test assembly and runs them through the normaliser.</summary>
internal static class Samples
{
    private static readonly AlertNormalizer Normalizer = new();

    public static byte[] Bytes(string file) =>
        File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Samples", "alerts", file));

    public static string Sha256(string file) => Convert.ToHexStringLower(SHA256.HashData(Bytes(file)));

    public static AlertNormalizationResult Normalize(string file) => Normalizer.Normalize(Bytes(file));

    public static AlertNormalizationResult Normalize(JsonNode json) => Normalizer.Normalize(Encoding.UTF8.GetBytes(json.ToJsonString()));

    public static AlertNormalizationResult NormalizeText(string text) => Normalizer.Normalize(Encoding.UTF8.GetBytes(text));

    public static Alert Single(string file) => Assert.Single(Accepted(Normalize(file)).Alerts);

    public static AlertsAccepted Accepted(AlertNormalizationResult result) =>
        result as AlertsAccepted ?? throw new Xunit.Sdk.XunitException($"expected alerts, got {result}");

    public static AlertPayloadRejected Rejected(AlertNormalizationResult result) => Assert.IsType<AlertPayloadRejected>(result);

    /// <summary>The sample as a mutable JSON tree, for variations of real payloads.</summary>
    public static JsonNode Json(string file) => JsonNode.Parse(Bytes(file))!;
}
