using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using AutoRemediate.Functions.Composition;
using AutoRemediate.Functions.Hosting;

namespace AutoRemediate.Functions.Functions;

/// <summary>
/// The functions the Azure Functions host must know: the HTTP routes the app maps (read from its endpoint data
/// sources, so a new endpoint needs no list) and the queue and timer functions of <see cref="FunctionCatalog"/>.
/// Publishing writes one <c>{Name}/function.json</c> per function from this.
/// </summary>
internal static class FunctionManifest
{
    /// <summary>
    /// Settings under which the app maps every route it can map in production: features that map routes only when
    /// switched on are switched on here. A new feature flag that gates routes belongs in this list.
    /// </summary>
    internal static readonly IReadOnlyDictionary<string, string?> AllRoutesSettings = new Dictionary<string, string?>
    {
        [HostingEnvironment.CustomHandlerPortVariable] = string.Empty,
        [StorageSettings.SettingName] = "UseDevelopmentStorage=true",
        ["Approvals:Enabled"] = "true",
    };

    public static IReadOnlyList<HttpFunctionDeclaration> DiscoverHttpFunctions()
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.Configuration.AddInMemoryCollection(AllRoutesSettings);
        builder.AddAutoRemediate();
        var app = builder.Build();
        app.MapAutoRemediate();
        return FromEndpoints(((IEndpointRouteBuilder)app).DataSources.SelectMany(source => source.Endpoints));
    }

    public static IReadOnlyList<HttpFunctionDeclaration> FromEndpoints(IEnumerable<Endpoint> endpoints) =>
        [.. endpoints.OfType<RouteEndpoint>()
            .GroupBy(endpoint => endpoint.RoutePattern.RawText!.Trim('/'), StringComparer.Ordinal)
            .Select(route => new HttpFunctionDeclaration(
                NameOf(route.Key),
                route.Key,
                [.. route.SelectMany(endpoint => endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? [])
                    .Select(method => method.ToLowerInvariant()).Distinct().Order(StringComparer.Ordinal)]))
            .OrderBy(function => function.Name, StringComparer.Ordinal)];

    /// <summary><c>api/remediations/{id}/timeline</c> → <c>ApiRemediationsByIdTimeline</c>: stable, and a valid function name.</summary>
    public static string NameOf(string route)
    {
        var name = new StringBuilder();
        foreach (var segment in route.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            var parameter = segment.StartsWith('{');
            var text = parameter ? "By-" + segment.Trim('{', '}', '*').Split(':', '=', '?')[0] : segment;
            foreach (var word in text.Split('-', '_', '.'))
            {
                if (word.Length > 0)
                {
                    name.Append(char.ToUpper(word[0], CultureInfo.InvariantCulture)).Append(word.AsSpan(1));
                }
            }
        }

        return name.Length == 0 ? "Root" : name.ToString();
    }

    public static JsonObject FunctionJson(HttpFunctionDeclaration function) => Bindings(
        new JsonObject
        {
            ["type"] = "httpTrigger",
            ["direction"] = "in",
            ["name"] = "req",
            ["authLevel"] = HttpFunctionDeclaration.AuthLevel,
            ["methods"] = new JsonArray([.. function.Methods.Select(method => JsonValue.Create(method))]),
            ["route"] = function.Route,
        },
        new JsonObject { ["type"] = "http", ["direction"] = "out", ["name"] = "res" });

    public static JsonObject FunctionJson(FunctionDeclaration function) => Bindings(function.Trigger switch
    {
        TriggerKind.Queue => new JsonObject
        {
            ["type"] = "queueTrigger",
            ["direction"] = "in",
            ["name"] = function.BindingName,
            ["queueName"] = function.Target,
            ["connection"] = StorageSettings.SettingName,
        },
        TriggerKind.Timer => new JsonObject
        {
            ["type"] = "timerTrigger",
            ["direction"] = "in",
            ["name"] = function.BindingName,
            ["schedule"] = function.Target,
        },
        _ => throw new ArgumentOutOfRangeException(nameof(function), function.Trigger, "unknown trigger"),
    });

    /// <summary>Writes <c>{Name}/function.json</c> for every function into <paramref name="folder"/>; returns their names.</summary>
    public static IReadOnlyList<string> Write(string folder, IReadOnlyList<HttpFunctionDeclaration> httpFunctions)
    {
        var files = httpFunctions.Select(f => (f.Name, Json: FunctionJson(f)))
            .Concat(FunctionCatalog.All.Select(f => (f.Name, Json: FunctionJson(f))))
            .ToList();
        if (files.GroupBy(f => f.Name, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1) is { } clash)
        {
            throw new InvalidOperationException($"Two functions would be named '{clash.Key}'; rename a route or a catalog function.");
        }

        var options = new JsonSerializerOptions { WriteIndented = true };
        foreach (var (name, json) in files)
        {
            Directory.CreateDirectory(Path.Combine(folder, name));
            File.WriteAllText(Path.Combine(folder, name, "function.json"), json.ToJsonString(options) + "\n");
        }

        return [.. files.Select(f => f.Name)];
    }

    private static JsonObject Bindings(params JsonObject[] bindings) =>
        new() { ["bindings"] = new JsonArray([.. bindings]) };
}
