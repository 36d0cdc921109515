using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace AutoRemediate.Functions.Toil;

/// <summary>Checks what data annotations cannot: table names and cron schedules, every problem in one message.</summary>
internal sealed partial class ToilOptionsValidator : IValidateOptions<ToilOptions>
{
    public ValidateOptionsResult Validate(string? name, ToilOptions options)
    {
        var problems = new List<string>();
        Table(problems, "Toil:LedgerTableName", options.LedgerTableName);
        Table(problems, "Toil:ReportTableName", options.ReportTableName);
        Cron(problems, "Toil:DailySchedule", options.DailySchedule);
        Cron(problems, "Toil:WeeklySchedule", options.WeeklySchedule);
        if (string.Equals(options.LedgerTableName, options.ReportTableName, StringComparison.OrdinalIgnoreCase))
        {
            problems.Add("Toil:LedgerTableName and Toil:ReportTableName must differ");
        }

        if (!string.IsNullOrWhiteSpace(options.PublicBaseUrl)
            && (!Uri.TryCreate(options.PublicBaseUrl, UriKind.Absolute, out var url) || url.Scheme is not ("https" or "http")))
        {
            problems.Add("Toil:PublicBaseUrl must be an absolute http(s) URL");
        }

        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(string.Join("; ", problems));
    }

    private static void Table(List<string> problems, string setting, string value)
    {
        if (!TableName().IsMatch(value ?? string.Empty))
        {
            problems.Add($"{setting} '{value}': a table name is 3-63 letters and digits, starting with a letter");
        }
    }

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9]{2,62}$", RegexOptions.CultureInvariant)]
    private static partial Regex TableName();

    private static void Cron(List<string> problems, string setting, string value)
    {
        if (!CronSchedule.TryParse(value, out _, out var error))
        {
            problems.Add($"{setting} '{value}': {error}");
        }
    }
}
