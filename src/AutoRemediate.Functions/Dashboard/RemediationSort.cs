using AutoRemediate.Functions.Operator;

namespace AutoRemediate.Functions.Dashboard;

/// <summary>
/// The remediation list's order (<c>sort</c> and <c>order</c> in the query string). Every order is total: equal keys
/// fall back to newest first and then to the instance id, so a page boundary never splits or repeats a tie. Missing
/// values (an unmatched alert has no runbook) sort last in either direction.
/// </summary>
internal sealed record RemediationSort(string Key, bool Descending) : IComparer<RemediationListItem>
{
    public const string Created = "created";
    public const string Severity = "severity";
    public const string Stage = "stage";
    public const string Runbook = "runbook";
    public const string Resource = "resource";

    /// <summary>The sortable columns and the direction a first click on each chooses (most recent, most severe first).</summary>
    public static readonly IReadOnlyList<(string Key, bool Descending)> Keys =
        [(Created, true), (Severity, false), (Stage, false), (Runbook, false), (Resource, false)];

    /// <summary>Newest first.</summary>
    public static RemediationSort Default { get; } = new(Created, true);

    public static (RemediationSort? Sort, string? Problem) Parse(string? key, string? order)
    {
        var column = Keys.FirstOrDefault(k => k.Key == (key ?? Created));
        if (column.Key is null)
        {
            return (null, $"sort: '{Shorten(key!)}' is not one of {string.Join(", ", Keys.Select(k => k.Key))}");
        }

        return order switch
        {
            null => (new RemediationSort(column.Key, column.Descending), null),
            "asc" or "desc" => (new RemediationSort(column.Key, order == "desc"), null),
            _ => (null, $"order: '{Shorten(order)}' is not one of asc, desc"),
        };
    }

    public string Order => Descending ? "desc" : "asc";

    /// <summary>The value this order compares first, as text (the page cursor carries it); null when missing.</summary>
    public string? ValueOf(RemediationListItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return Key switch
        {
            Severity => item.Severity?.ToString(System.Globalization.CultureInfo.InvariantCulture),
            Stage => item.Stage,
            Runbook => item.Runbook,
            Resource => item.Resources is [var first, ..] ? first : item.Resource,
            _ => null,
        };
    }

    public int Compare(RemediationListItem? x, RemediationListItem? y)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        return Compare(ValueOf(x), x.CreatedAt, x.InstanceId, ValueOf(y), y.CreatedAt, y.InstanceId);
    }

    /// <summary>Compares two positions in this order; the page cursor is such a position.</summary>
    public int Compare(string? xValue, DateTimeOffset xCreated, string xId, string? yValue, DateTimeOffset yCreated, string yId)
    {
        var first = Key == Created ? 0 : CompareValues(xValue, yValue);
        if (first != 0)
        {
            return first;
        }

        // Created sorts in the chosen direction; every other column breaks its ties newest first.
        var newestFirst = Key != Created || Descending;
        var created = newestFirst ? yCreated.CompareTo(xCreated) : xCreated.CompareTo(yCreated);
        return created != 0 ? created : newestFirst ? string.CompareOrdinal(yId, xId) : string.CompareOrdinal(xId, yId);
    }

    private int CompareValues(string? x, string? y)
    {
        if (x is null || y is null)
        {
            return x is null ? (y is null ? 0 : 1) : -1;
        }

        var result = Key == Severity ? int.Parse(x, System.Globalization.CultureInfo.InvariantCulture).CompareTo(int.Parse(y, System.Globalization.CultureInfo.InvariantCulture))
            : string.Compare(x, y, StringComparison.OrdinalIgnoreCase) is var text and not 0 ? text : string.CompareOrdinal(x, y);
        return Descending ? -result : result;
    }

    private static string Shorten(string text) => text.Length > 40 ? text[..40] + "…" : text;
}
