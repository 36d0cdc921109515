using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using AutoRemediate.AzureFakes.Server;
using AutoRemediate.AzureFakes.State;

namespace AutoRemediate.AzureFakes.Handlers;

/// <summary>The ARM routes: provider metadata, any resource's GET, web apps, plans and container apps; compute goes to <see cref="ComputeHandler"/>.</summary>
internal sealed partial class ArmHandler(FakeAzureState state, OperationResponses operations, ComputeHandler compute)
{
    public FakeResponse Handle(FakeCall call)
    {
        if (call.QueryValue("api-version") is null)
        {
            return FakeResponse.Error(400, "MissingApiVersionParameter", "The api-version query parameter (?api-version=) is required for all requests.");
        }

        if (operations.TryPoll(call) is { } poll)
        {
            return poll;
        }

        if (ProviderPattern().Match(call.Path) is { Success: true } provider && call.Method == "GET")
        {
            return Provider(provider.Groups["ns"].Value);
        }

        if (SiteRestartPattern().Match(call.Path) is { Success: true } site && call.Method == "POST")
        {
            return Restart(site.Groups["id"].Value);
        }

        if (RevisionRestartPattern().Match(call.Path) is { Success: true } revision && call.Method == "POST")
        {
            return Restart($"{revision.Groups["id"].Value}/revisions/{revision.Groups["rev"].Value}");
        }

        if (compute.Handle(call) is { } computed)
        {
            return computed;
        }

        if (!state.Resources.TryGetValue(call.Path, out var resource))
        {
            return FakeResponse.NotFound(call.Path);
        }

        if (call.Method == "GET" && state.ResourceOperations.TryGetValue(call.Path, out var running) && running.Result is null)
        {
            running.Poll();
        }

        var type = resource["type"]!.GetValue<string>();
        return (call.Method, type) switch
        {
            ("GET", _) => FakeResponse.Ok(resource.DeepClone()),
            ("PUT", "Microsoft.Web/serverfarms") => PutPlan(resource, call),
            ("PATCH", "Microsoft.App/containerApps") => PatchContainerApp(resource, call),
            ("PUT", "Microsoft.Web/certificates") => ReimportCertificate(resource, call),
            _ => FakeResponse.Error(405, "MethodNotAllowed", $"{call.Method} is not supported on {type} by the fake."),
        };
    }

    private FakeResponse Provider(string ns)
    {
        var types = state.Resources.Values
            .Select(r => r["type"]!.GetValue<string>())
            .Where(t => t.StartsWith(ns + "/", StringComparison.OrdinalIgnoreCase))
            .Select(t => t[(ns.Length + 1)..])
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Select(t => (JsonNode)new JsonObject { ["resourceType"] = t, ["apiVersions"] = new JsonArray("2099-01-01-preview", "2024-01-01", "2021-04-01") });
        return FakeResponse.Ok(new JsonObject
        {
            ["id"] = $"/subscriptions/{FakeAzureState.SubscriptionId}/providers/{ns}",
            ["namespace"] = ns,
            ["registrationState"] = "Registered",
            ["resourceTypes"] = new JsonArray([.. types]),
        });
    }

    private FakeResponse Restart(string id)
    {
        if (!state.Resources.ContainsKey(id))
        {
            return FakeResponse.NotFound(id);
        }

        state.Restarts[id] = state.Restarts.GetValueOrDefault(id) + 1;
        return new FakeResponse(200, null);
    }

    private static FakeResponse PutPlan(JsonObject plan, FakeCall call)
    {
        var capacity = call.Json?["sku"]?["capacity"]?.GetValue<int>();
        if (capacity is null || call.Json?["location"] is null)
        {
            return FakeResponse.Error(400, "InvalidRequestContent", "A plan PUT needs location and sku.capacity.");
        }

        plan["sku"]!["capacity"] = capacity;
        plan["properties"]!["numberOfWorkers"] = capacity;
        return FakeResponse.Ok(plan.DeepClone());
    }

    private FakeResponse ReimportCertificate(JsonObject certificate, FakeCall call)
    {
        var secret = call.Json?["properties"]?["keyVaultSecretName"]?.GetValue<string>();
        if (call.Json?["properties"]?["keyVaultId"] is null || secret is null || call.Json["location"] is null)
        {
            return FakeResponse.Error(400, "BadRequest", "A Key Vault certificate import needs location, properties.keyVaultId and properties.keyVaultSecretName.");
        }

        // App Service fetches the secret's current version at import time.
        var current = state.CertificateVersions(secret)[^1];
        var properties = certificate["properties"]!.AsObject();
        properties["thumbprint"] = current.Thumbprint;
        properties["expirationDate"] = current.Expires.ToString("O", System.Globalization.CultureInfo.InvariantCulture);
        return FakeResponse.Ok(certificate.DeepClone());
    }

    private FakeResponse PatchContainerApp(JsonObject app, FakeCall call)
    {
        var template = call.Json?["properties"]?["template"]?.AsObject();
        if (template?["containers"] is not JsonArray { Count: > 0 })
        {
            // Real Container Apps replace the whole template: one without containers is rejected here.
            return FakeResponse.Error(400, "ContainerAppInvalidTemplate", "properties.template.containers must not be empty.");
        }

        var properties = app["properties"]!.AsObject();
        properties["template"] = template.DeepClone();
        properties["provisioningState"] = "InProgress";
        return operations.Accept(call, 202, null, locationOnly: true, onSucceeded: () => properties["provisioningState"] = "Succeeded");
    }

    [GeneratedRegex("^/subscriptions/[^/]+/providers/(?<ns>[^/]+)$", RegexOptions.IgnoreCase)]
    private static partial Regex ProviderPattern();

    [GeneratedRegex("^(?<id>.+/providers/Microsoft\\.Web/sites/[^/]+(/slots/[^/]+)?)/restart$", RegexOptions.IgnoreCase)]
    private static partial Regex SiteRestartPattern();

    [GeneratedRegex("^(?<id>.+/providers/Microsoft\\.App/containerApps/[^/]+)/revisions/(?<rev>[^/]+)/restart$", RegexOptions.IgnoreCase)]
    private static partial Regex RevisionRestartPattern();
}
