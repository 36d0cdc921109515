using System.Text;
using System.Text.Json.Nodes;
using AutoRemediate.Core.Alerts;

namespace AutoRemediate.Core.Tests.Alerts;

public sealed class HostilePayloadTests
{
    private static readonly string[] ValidSamples = Directory
        .GetFiles(Path.Combine(AppContext.BaseDirectory, "Samples", "alerts"), "*.json")
        .Select(Path.GetFileName)
        .Order(StringComparer.Ordinal)
        .ToArray()!;

    [Fact]
    public void Deep_nesting_is_rejected_with_the_depth_limit()
    {
        var body = new string('[', 10_000) + new string(']', 10_000);

        var rejected = Samples.Rejected(Samples.NormalizeText(body));

        Assert.StartsWith("JSON is nested deeper than 64 levels at line 1", rejected.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Huge_string_field_is_rejected_with_its_length()
    {
        var json = Samples.Json("azure-monitor-metric-appservice-5xx-fired.json");
        json["data"]!["essentials"]!["alertRule"] = new string('x', 100_000);

        var rejected = Samples.Rejected(Samples.Normalize(json));

        Assert.Equal("data.essentials.alertRule is 100,000 characters long; the limit is 1,024", rejected.Reason);
    }

    [Fact]
    public void Oversized_body_is_rejected_before_parsing()
    {
        var rejected = new AlertNormalizer().Normalize(new byte[5 * 1024 * 1024]);

        Assert.Equal("body is 5,242,880 bytes; the limit is 4,194,304", Assert.IsType<AlertPayloadRejected>(rejected).Reason);
    }

    public static TheoryData<string> EssentialFields() =>
        ["alertId", "alertRule", "severity", "signalType", "monitorCondition", "monitoringService", "alertTargetIDs", "firedDateTime", "description"];

    [Theory]
    [MemberData(nameof(EssentialFields))]
    public void Wrong_types_in_any_essentials_field_are_rejected_not_thrown(string field)
    {
        foreach (var replacement in new JsonNode?[] { 42, true, new JsonArray(1, 2), new JsonObject { ["a"] = 1 } })
        {
            var json = Samples.Json("azure-monitor-metric-appservice-5xx-fired.json");
            json["data"]!["essentials"]![field] = replacement;

            var rejected = Samples.Rejected(Samples.Normalize(json));

            Assert.Contains($"data.essentials.{field}", rejected.Reason, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Every_node_of_every_sample_replaced_by_wrong_types_never_throws()
    {
        var outcomes = 0;
        foreach (var file in ValidSamples)
        {
            var paths = new List<string>();
            Collect(Samples.Json(file), "$", paths);
            foreach (var path in paths)
            {
                foreach (var replacement in new Func<JsonNode?>[] { () => null, () => 7, () => "x", () => new JsonArray(), () => new JsonObject() })
                {
                    var json = Samples.Json(file);
                    Replace(json, path, replacement());
                    var result = Samples.Normalize(json);
                    Assert.NotNull(result);
                    outcomes++;
                }
            }
        }

        Assert.True(outcomes > 500, $"only {outcomes} mutations ran");
    }

    [Fact]
    public void Random_byte_corruption_never_throws()
    {
        var random = new Random(20261122);
        var normalizer = new AlertNormalizer();
        foreach (var file in ValidSamples)
        {
            var original = Samples.Bytes(file);
            for (var round = 0; round < 200; round++)
            {
                var body = (byte[])original.Clone();
                for (var flips = random.Next(1, 6); flips > 0; flips--)
                {
                    body[random.Next(body.Length)] = (byte)random.Next(256);
                }

                var truncated = body.AsSpan(0, random.Next(body.Length + 1));
                Assert.NotNull(normalizer.Normalize(truncated));
            }
        }
    }

    [Fact]
    public void Body_sha256_is_the_hash_of_the_raw_bytes_including_a_bom()
    {
        var raw = Encoding.UTF8.GetPreamble().Concat(Samples.Bytes("grafana-unified-latency-firing.json")).ToArray();

        var accepted = Samples.Accepted(new AlertNormalizer().Normalize(raw));

        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(raw)), accepted.BodySha256);
        Assert.Equal(accepted.BodySha256, Assert.Single(accepted.Alerts).BodySha256);
    }

    private static void Collect(JsonNode? node, string path, List<string> paths)
    {
        paths.Add(path);
        switch (node)
        {
            case JsonObject obj:
                foreach (var (key, child) in obj)
                {
                    Collect(child, $"{path}.{key}", paths);
                }

                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    Collect(array[i], $"{path}[{i}]", paths);
                }

                break;
        }
    }

    private static void Replace(JsonNode root, string path, JsonNode? replacement)
    {
        if (path == "$")
        {
            return;
        }

        foreach (var node in root.DescendantsAndSelf())
        {
            if (node?.GetPath() == path)
            {
                switch (node.Parent)
                {
                    case JsonObject parent:
                        parent[node.GetPropertyName()] = replacement;
                        return;
                    case JsonArray parent:
                        parent[node.GetElementIndex()] = replacement;
                        return;
                }
            }
        }
    }
}
