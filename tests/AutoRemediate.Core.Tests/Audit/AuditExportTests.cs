using AutoRemediate.Core.Audit;
using AutoRemediate.Core.Tests.Support;

namespace AutoRemediate.Core.Tests.Audit;

public sealed class AuditExportTests
{
    [Fact]
    public async Task Json_lines_round_trip_and_the_imported_chain_verifies()
    {
        var chain = TestAudit.Chain(3);
        chain[1] = AuditChain.NextUnkeyed(new AuditHead(1, chain[0].Hash), TestAudit.Entry("s2") with
        {
            Duration = TimeSpan.FromMilliseconds(1500),
            BindingVersion = 2,
            Details = new Dictionary<string, string> { ["verdict.cooldown"] = "pass, \"quoted\"\nnext line" },
            Actor = AuditActor.User("bob", "192.0.2.1"),
        });
        chain[2] = AuditChain.NextUnkeyed(new AuditHead(2, chain[1].Hash), TestAudit.Entry("s3"));
        using var writer = new StringWriter();

        var written = await AuditJsonLines.WriteAsync(chain.ToAsyncEnumerable(), writer);
        var lines = writer.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var imported = await AuditJsonLines.ReadAsync(new StringReader(writer.ToString())).ToListAsync();

        Assert.Equal(3, written);
        Assert.Equal(3, lines.Length);
        Assert.All(lines, line => Assert.EndsWith("\"}", line, StringComparison.Ordinal));
        Assert.Equal(chain.Select(r => r.Hash), imported.Select(AuditHashing.ComputeHash));
        Assert.Equal(chain[1].Details["verdict.cooldown"], imported[1].Details["verdict.cooldown"]);
        Assert.Equal(TimeSpan.FromMilliseconds(1500), imported[1].Duration);
        Assert.True(TestAudit.Verify(imported, TestAudit.HeadOf(chain)).IsIntact);
    }

    [Fact]
    public void Json_lines_parse_error_names_the_line()
    {
        var error = Assert.Throws<FormatException>(() => AuditJsonLines.Parse("{\"v\":1}", 7));

        Assert.StartsWith("Line 7", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Csv_has_a_header_and_quotes_fields_per_rfc_4180()
    {
        var record = AuditChain.NextUnkeyed(AuditHead.Empty(TestAudit.Remediation), TestAudit.Entry(summary: "Restarted \"web\", then\r\nverified"));
        using var writer = new StringWriter();

        var written = await AuditCsv.WriteAsync(new[] { record }.ToAsyncEnumerable(), writer);
        var text = writer.ToString();

        Assert.Equal(1, written);
        Assert.StartsWith("remediationId,sequence,recordId,idempotencyKey,kind,time,actorType,", text, StringComparison.Ordinal);
        Assert.Contains(",\"Restarted \"\"web\"\", then\r\nverified\",", text, StringComparison.Ordinal);
        Assert.Contains(",Received,2026-11-20T03:12:45.0000000Z,System,orchestrator,,", text, StringComparison.Ordinal);
        Assert.EndsWith(record.Hash + ",\r\n", text, StringComparison.Ordinal);
        Assert.Equal(24, AuditCsv.Columns.Count);
        Assert.Equal("keyId", AuditCsv.Columns[^1]);
    }

    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("line\nbreak", "\"line\nbreak\"")]
    [InlineData(null, "")]
    public void Csv_field_is_quoted_only_when_needed(string? value, string expected)
    {
        Assert.Equal(expected, AuditCsv.Field(value));
    }
}
