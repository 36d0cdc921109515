using AutoRemediate.Core.Alerts;

namespace AutoRemediate.Core.Tests.Alerts;

public sealed class InvalidPayloadTests
{
    [Theory]
    [InlineData("bad-resource-id.json", "data.essentials.alertTargetIDs[0]: '../../etc/passwd' is not an Azure resource id: it must start with /subscriptions/", "/data/essentials/alertTargetIDs/0")]
    [InlineData("cloudevents-missing-source.json", "the body is not a valid CloudEvent: The source property must be specified in each CloudEvent.", null)]
    [InlineData("empty-array.json", "empty Event Grid array: a delivery must contain at least one event", null)]
    [InlineData("empty-body.txt", "body is empty", null)]
    [InlineData("missing-alert-id.json", "data.essentials.alertId is missing", "/data/essentials/alertId")]
    [InlineData("not-utf8.bin", "body is not valid UTF-8 at byte 0 (0xFF) (it starts with a UTF-16 byte order mark; send UTF-8 JSON)", null)]
    [InlineData("truncated.json", "truncated JSON at line 1, byte 94: the body ends inside an unfinished value", null)]
    [InlineData("unknown-monitor-condition.json", "data.essentials.monitorCondition 'Exploded' is not Fired or Resolved", "/data/essentials/monitorCondition")]
    [InlineData("unknown-schema.json", "unknown payload: none of Azure Monitor common alert schema, Event Grid, Alertmanager v4, Grafana (schemaId 'somethingElse' is not 'azureMonitorCommonAlertSchema'; enable the common alert schema on the action group)", "/schemaId")]
    [InlineData("wrong-type-targets.json", "data.essentials.alertTargetIDs must be an array of strings, got a string", "/data/essentials/alertTargetIDs")]
    public void Invalid_sample_is_rejected_with_an_actionable_reason(string file, string reason, string? pointer)
    {
        var rejected = Samples.Rejected(Samples.Normalize(Path.Combine("invalid", file)));

        Assert.Equal(reason, rejected.Reason);
        Assert.Equal(pointer, rejected.Pointer);
        Assert.Equal(Samples.Sha256(Path.Combine("invalid", file)), rejected.BodySha256);
    }

    [Fact]
    public void Every_invalid_sample_has_a_test_case()
    {
        var covered = typeof(InvalidPayloadTests).GetMethod(nameof(Invalid_sample_is_rejected_with_an_actionable_reason))!
            .GetCustomAttributes(typeof(InlineDataAttribute), false).Cast<InlineDataAttribute>()
            .Select(a => (string)a.GetData(null!).Single()[0]).Order();
        var files = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Samples", "alerts", "invalid")).Select(Path.GetFileName).Order();

        Assert.Equal(files, covered);
    }

    [Fact]
    public void Whitespace_only_body_is_rejected_as_empty()
    {
        Assert.Equal("body is empty (whitespace only)", Samples.Rejected(Samples.NormalizeText(" \r\n\t ")).Reason);
    }

    [Fact]
    public void Syntax_error_names_line_and_byte()
    {
        var rejected = Samples.Rejected(Samples.NormalizeText("{\n  \"schemaId\": nope\n}"));

        Assert.StartsWith("invalid JSON at line 2, byte 16: 'nope", rejected.Reason, StringComparison.Ordinal);
        Assert.Contains("is an invalid JSON literal", rejected.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Scalar_body_is_an_unknown_payload()
    {
        Assert.Equal(
            "unknown payload: none of Azure Monitor common alert schema, Event Grid, Alertmanager v4, Grafana (the body is a number, not a JSON object or array)",
            Samples.Rejected(Samples.NormalizeText("42")).Reason);
    }

    [Fact]
    public void Object_of_no_known_shape_is_an_unknown_payload()
    {
        Assert.Equal(
            "unknown payload: none of Azure Monitor common alert schema, Event Grid, Alertmanager v4, Grafana",
            Samples.Rejected(Samples.NormalizeText("""{"hello":"world"}""")).Reason);
    }

    [Fact]
    public void Duplicate_properties_are_rejected_so_identities_cannot_be_smuggled()
    {
        var rejected = Samples.Rejected(Samples.NormalizeText("""{"schemaId":"azureMonitorCommonAlertSchema","schemaId":"x"}"""));

        Assert.StartsWith("invalid JSON at line 1", rejected.Reason, StringComparison.Ordinal);
        Assert.Contains("schemaId", rejected.Reason, StringComparison.Ordinal);
    }
}
