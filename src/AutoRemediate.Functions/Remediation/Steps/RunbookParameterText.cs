using System.Globalization;

namespace AutoRemediate.Functions.Remediation.Steps;

/// <summary>
/// A binding parameter as invariant text, the same in the runbook's input and in the dry-run plan, so the audited
/// plan shows exactly what a live run would be given (booleans as YAML writes them: <c>true</c>, <c>false</c>).
/// </summary>
internal static class RunbookParameterText
{
    public static string Format(object value) =>
        value is bool flag ? (flag ? "true" : "false") : Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty;
}
