using System.Text.RegularExpressions;

namespace AutoRemediate.Functions.Operator;

/// <summary>The shape an id in an operator route must have to be looked up; anything else is simply unknown (404).</summary>
internal static partial class RemediationIds
{
    public static bool IsPlausible(string id) => PlausibleId().IsMatch(id);

    [GeneratedRegex("^[A-Za-z0-9_-]{1,128}$", RegexOptions.CultureInvariant)]
    private static partial Regex PlausibleId();
}
