using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;

namespace AutoRemediate.Benchmarks.Storm;

/// <summary>
/// Names a storage request by what it does, from its REST shape alone (so it works for any engine the app runs):
/// "{service} {resource pattern} {operation}", e.g. <c>queue autoremediate-work get</c>,
/// <c>table autoremediateInstances $batch</c>, <c>table autoremediateInstances scan(RowKey,RuntimeStatus) top 100</c>.
/// </summary>
/// <remarks>
/// Resource names have digit runs replaced by <c>#</c> (partitioned queues and containers count as one pattern).
/// A table query is a point read (both keys in the path), a partition query (<c>PartitionKey eq</c> in the filter)
/// or a scan, which lists the properties its filter names, so different background scans stay apart.
/// </remarks>
internal static partial class StorageRequestKind
{
    public static string Classify(StorageService service, string method, PathString path, IQueryCollection query, IHeaderDictionary headers, string? batchBody)
    {
        // Path style: /{account}/{resource...}; the first segment is the account.
        var segments = (path.Value ?? string.Empty).Split('/', StringSplitOptions.RemoveEmptyEntries).Skip(1).ToArray();
        return service switch
        {
            StorageService.Table => "table " + Table(method, segments, query, headers, batchBody),
            StorageService.Queue => "queue " + Queue(method, segments, query),
            _ => "blob " + Blob(method, segments, query, headers),
        };
    }

    private static string Table(string method, string[] segments, IQueryCollection query, IHeaderDictionary headers, string? batchBody)
    {
        if (segments.Length == 0)
        {
            return $"(service) {method}";
        }

        var resource = Uri.UnescapeDataString(segments[0]);
        if (resource == "$batch")
        {
            return $"{BatchTable(batchBody)} $batch";
        }

        var open = resource.IndexOf('(', StringComparison.Ordinal);
        var name = open < 0 ? resource : resource[..open];
        var keys = open < 0 ? string.Empty : resource[(open + 1)..].TrimEnd(')');
        if (name == "Tables")
        {
            return method switch { "POST" => "(tables) create", "DELETE" => "(tables) delete", _ => "(tables) query" };
        }

        var table = Pattern(name);
        var hasKeys = keys.Contains("PartitionKey", StringComparison.Ordinal) || keys.Contains('\'', StringComparison.Ordinal);
        var tunnelled = headers["X-HTTP-Method"].ToString();
        var verb = string.IsNullOrEmpty(tunnelled) ? method : tunnelled;
        var conditional = headers.ContainsKey("If-Match");
        return verb switch
        {
            "GET" when hasKeys => $"{table} point-read",
            "GET" => $"{table} {QueryShape(query)}",
            "POST" => $"{table} insert",
            "PUT" => conditional ? $"{table} replace" : $"{table} upsert-replace",
            "MERGE" or "PATCH" => conditional ? $"{table} merge" : $"{table} upsert-merge",
            "DELETE" => $"{table} delete",
            _ => $"{table} {verb}",
        };
    }

    private static string QueryShape(IQueryCollection query)
    {
        var filter = query["$filter"].ToString();
        var top = query["$top"].ToString();
        var paged = query.ContainsKey("NextPartitionKey") ? " next-page" : string.Empty;
        var topText = top.Length == 0 ? string.Empty : $" top {top}";
        if (filter.Contains("PartitionKey eq", StringComparison.Ordinal))
        {
            return $"partition-query{topText}{paged}";
        }

        var properties = PropertyName().Matches(filter).Select(m => m.Groups[1].Value).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
        return $"scan({string.Join(',', properties)}){topText}{paged}";
    }

    private static string BatchTable(string? body)
    {
        if (body is null)
        {
            return "?";
        }

        // The first sub-request line names the table: "PUT http://host/account/table(PartitionKey=...) HTTP/1.1".
        var match = BatchRequestLine().Match(body);
        return match.Success ? Pattern(Uri.UnescapeDataString(match.Groups[1].Value)) : "?";
    }

    private static string Queue(string method, string[] segments, IQueryCollection query)
    {
        var comp = query["comp"].ToString();
        return segments.Length switch
        {
            0 => comp == "list" ? "(queues) list" : $"(service) {method} {comp}".TrimEnd(),
            1 => $"{Pattern(segments[0])} " + (comp == "metadata"
                ? (method == "PUT" ? "set-metadata" : "get-properties")
                : method switch { "PUT" => "create", "DELETE" => "delete-queue", _ => $"{method}-queue" }),
            2 => $"{Pattern(segments[0])} " + method switch
            {
                "POST" => "put",
                "GET" when query["peekonly"].ToString() == "true" => "peek",
                "GET" => "get",
                "DELETE" => "clear",
                _ => method,
            },
            _ => $"{Pattern(segments[0])} " + method switch { "DELETE" => "delete", "PUT" => "update", _ => method },
        };
    }

    private static string Blob(string method, string[] segments, IQueryCollection query, IHeaderDictionary headers)
    {
        var comp = query["comp"].ToString();
        if (segments.Length == 0)
        {
            return comp == "list" ? "(containers) list" : $"(service) {method} {comp}".TrimEnd();
        }

        var container = Pattern(segments[0]);
        var isContainer = segments.Length == 1;
        if (comp == "lease")
        {
            return $"{container}{(isContainer ? string.Empty : "/*")} lease-{headers["x-ms-lease-action"].ToString().ToLowerInvariant()}";
        }

        if (isContainer)
        {
            return $"{container} " + (comp.Length > 0 ? $"{method.ToLowerInvariant()}-{comp}" : method switch
            {
                "PUT" => "create-container",
                "DELETE" => "delete-container",
                _ => "container-properties",
            });
        }

        return $"{container}/* " + (comp.Length > 0 ? $"{method.ToLowerInvariant()}-{comp}" : method switch
        {
            "GET" => "read",
            "HEAD" => "properties",
            "PUT" => "write",
            "DELETE" => "delete",
            _ => method,
        });
    }

    private static string Pattern(string name) => Digits().Replace(name, "#");

    [GeneratedRegex("[0-9]+", RegexOptions.CultureInvariant)]
    private static partial Regex Digits();

    [GeneratedRegex(@"\b([A-Za-z_][A-Za-z0-9_]*)\s+(?:eq|ne|gt|ge|lt|le)\s", RegexOptions.CultureInvariant)]
    private static partial Regex PropertyName();

    [GeneratedRegex(@"(?m)^(?:POST|PUT|MERGE|PATCH|DELETE|GET) https?://[^/\s]+/[^/\s]+/([^/\s(?]+)", RegexOptions.CultureInvariant)]
    private static partial Regex BatchRequestLine();
}
