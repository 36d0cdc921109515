using AutoRemediate.Core.Tests.Support;
using AutoRemediate.Core.Toil;

namespace AutoRemediate.Core.Tests.Toil;

public sealed class ToilReportFormatTests
{
    [Fact]
    public void Csv_has_one_figure_per_line_and_quotes_rule_names_with_commas()
    {
        var csv = ToilReportCsv.Format(Report("disk full, node 3"));

        var lines = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("section,item,metric,value", lines[0]);
        Assert.Contains("hours,,avoided,0.33", lines);
        Assert.Contains("coverage,occurrences,rate,0.5", lines);
        Assert.Contains("unautomatedRule,\"disk full, node 3\",toilHours,0.5", lines);
        Assert.All(lines, line => Assert.True(line.Count(c => c == ',') >= 3, line));
    }

    [Fact]
    public void Html_encodes_alert_text_and_loads_nothing_external()
    {
        var html = ToilReportHtml.Format(Report("<script>alert(1)</script>"));

        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html, StringComparison.Ordinal);
        Assert.DoesNotContain("src=", html, StringComparison.Ordinal);
        Assert.DoesNotContain("href=", html, StringComparison.Ordinal);
        Assert.Contains("<td>Toil hours avoided</td><td class=\"n\">0.33</td>", html, StringComparison.Ordinal);
    }

    private static ToilReport Report(string unmatchedRule)
    {
        var builder = new ToilReportBuilder(TestToil.Window, ToilReportSettings.Defaults);
        // 20 min avoided = 0.33 h; one unmatched occurrence (30 min = 0.5 h); coverage 1 / 2 = 0.5
        builder.Add(TestToil.Occurrence("a", "checkout-5xx", ToilOutcome.AutoRemediated, TestToil.At(8), effort: 20, binding: "b", runbook: "restart"));
        builder.Add(TestToil.Occurrence("u", unmatchedRule, ToilOutcome.Unmatched, TestToil.At(9)));
        return builder.Build(TestToil.At(23));
    }
}
