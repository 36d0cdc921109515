using AutoRemediate.Core.Toil;
using AutoRemediate.Functions.Operator;
using AutoRemediate.Storage.Toil;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AutoRemediate.Functions.Toil;

/// <summary>Serves stored reports (JSON, <c>.csv</c>, <c>.html</c>) and runs a window on request.</summary>
internal sealed class ToilReportReader(IToilReportStore reports, TimeProvider time)
{
    // The HTML page has inline style only: nothing else may load or run.
    private const string HtmlPolicy = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    public async Task<IResult> GetAsync(string window, HttpResponse response, CancellationToken cancellationToken)
    {
        var (id, format) = Path.GetExtension(window) switch
        {
            ".csv" => (window[..^4], "csv"),
            ".html" => (window[..^5], "html"),
            ".json" => (window[..^5], "json"),
            _ => (window, "json"),
        };
        if (!ToilWindow.TryParse(id, out var parsed, out var error))
        {
            return OperatorProblems.BadParameter("window", $"{error}, optionally ending in .json, .csv or .html");
        }

        var report = await reports.GetAsync(parsed.Id, cancellationToken);
        if (report is null)
        {
            return OperatorProblems.NotFound("toil report", parsed.Id);
        }

        if (format == "html")
        {
            response.Headers.ContentSecurityPolicy = HtmlPolicy;
            return TypedResults.Content(ToilReportHtml.Format(report), "text/html; charset=utf-8");
        }

        return format == "csv"
            ? TypedResults.Text(ToilReportCsv.Format(report), "text/csv; charset=utf-8")
            : TypedResults.Json(report, ToilReportJson.Options);
    }

    public async Task<Ok<IReadOnlyList<ToilReportHeadline>>> ListAsync(CancellationToken cancellationToken) =>
        TypedResults.Ok(await reports.ListAsync(cancellationToken));

    /// <summary>Recomputes an ended window now, replacing its snapshot; 409 while another host computes it.</summary>
    public async Task<IResult> RunAsync(string window, ToilReportRunner runner, CancellationToken cancellationToken)
    {
        if (!ToilWindow.TryParse(window, out var parsed, out var error))
        {
            return OperatorProblems.BadParameter("window", error);
        }

        if (parsed.End > time.GetUtcNow())
        {
            // A partial window stored as done would make the timer skip the real one.
            return OperatorProblems.BadParameter("window", $"{parsed.Id} has not ended yet (ends {parsed.End:u})");
        }

        var result = await runner.RunAsync(parsed, rerun: true, cancellationToken);
        return result.Report is { } report
            ? TypedResults.Json(report, ToilReportJson.Options)
            : OperatorProblems.Conflict($"another host is computing {parsed.Id}; try again in a few minutes");
    }
}
