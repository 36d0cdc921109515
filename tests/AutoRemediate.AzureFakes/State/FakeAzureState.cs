using System.Text.Json.Nodes;

namespace AutoRemediate.AzureFakes.State;

/// <summary>
/// What the fake Azure holds: resources, restart counts, scale set instances, certificates, scripted metrics and
/// log query results. Seed it before a test and inspect it after; every member is thread-safe.
/// </summary>
public sealed class FakeAzureState
{
    /// <summary>The subscription every seeded resource lives in.</summary>
    public const string SubscriptionId = "00000000-0000-0000-0000-00000000a2e0";

    /// <summary>The resource group every seeded resource lives in.</summary>
    public const string ResourceGroup = "rg-remediate";

    internal FakeAzureState(TimeProvider clock) => Clock = clock;

    /// <summary>How long a restarted scale set instance stays restarting (on the server's clock).</summary>
    public TimeSpan InstanceRestartDuration { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Polls an operation answers in progress when no <see cref="Faults.OperationRule"/> shapes it.</summary>
    public int DefaultOperationPolls { get; set; } = 1;

    /// <summary>When set, ARM responses carry <c>x-ms-ratelimit-remaining-subscription-*</c> with this value.</summary>
    public int? RateLimitRemaining { get; set; }

    internal Lock Gate { get; } = new();

    internal TimeProvider Clock { get; }

    internal Dictionary<string, JsonObject> Resources { get; } = new(StringComparer.OrdinalIgnoreCase);

    internal Dictionary<string, int> Restarts { get; } = new(StringComparer.OrdinalIgnoreCase);

    internal Dictionary<string, FakeScaleSet> ScaleSets { get; } = new(StringComparer.OrdinalIgnoreCase);

    internal Dictionary<string, FakeCertificate> Certificates { get; } = new(StringComparer.OrdinalIgnoreCase);

    internal Dictionary<string, FakeOperation> Operations { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The operation running on a resource, by resource id: a GET of the resource counts as a poll of it.</summary>
    internal Dictionary<string, FakeOperation> ResourceOperations { get; } = new(StringComparer.OrdinalIgnoreCase);

    internal Dictionary<string, (string Unit, List<FakeMetricPoint> Points)> Metrics { get; } = new(StringComparer.OrdinalIgnoreCase);

    internal List<(string Workspace, string QueryContains, JsonObject Table)> LogResults { get; } = [];

    /// <summary>The id of a resource in the fake subscription and group.</summary>
    public static string ResourceId(string providerType, string name) =>
        $"/subscriptions/{SubscriptionId}/resourceGroups/{ResourceGroup}/providers/{providerType}/{name}";

    /// <summary>Adds any resource (the generic GET serves it); returns its id.</summary>
    public string AddResource(string id, string type, JsonObject? properties = null, IReadOnlyDictionary<string, string>? tags = null, JsonObject? sku = null)
    {
        var json = new JsonObject
        {
            ["id"] = id,
            ["name"] = id[(id.LastIndexOf('/') + 1)..],
            ["type"] = type,
            ["location"] = "westeurope",
            ["tags"] = new JsonObject((tags ?? new Dictionary<string, string>()).Select(t => KeyValuePair.Create(t.Key, (JsonNode?)t.Value))),
            ["properties"] = properties ?? new JsonObject { ["provisioningState"] = "Succeeded" },
        };
        if (sku is not null)
        {
            json["sku"] = sku;
        }

        lock (Gate)
        {
            Resources[id] = json;
        }

        return id;
    }

    /// <summary>Adds a web app (or Function App) and its deployment slots; returns the site id.</summary>
    public string AddWebApp(string name, params string[] slots)
    {
        var id = AddResource(ResourceId("Microsoft.Web/sites", name), "Microsoft.Web/sites", new JsonObject { ["state"] = "Running" });
        foreach (var slot in slots)
        {
            AddResource($"{id}/slots/{slot}", "Microsoft.Web/sites/slots", new JsonObject { ["state"] = "Running" });
        }

        return id;
    }

    /// <summary>Adds a virtual machine; returns its id.</summary>
    public string AddVirtualMachine(string name) => AddResource(ResourceId("Microsoft.Compute/virtualMachines", name), "Microsoft.Compute/virtualMachines");

    /// <summary>Adds a scale set with <paramref name="capacity"/> instances (ids 0, 1, …); returns its id.</summary>
    public string AddScaleSet(string name, int capacity) => AddScaleSetAt(ResourceId("Microsoft.Compute/virtualMachineScaleSets", name), capacity);

    /// <summary>Adds a scale set under any id (e.g. the one a sample alert names) with <paramref name="capacity"/> instances.</summary>
    public string AddScaleSetAt(string scaleSetId, int capacity)
    {
        var id = AddResource(
            scaleSetId, "Microsoft.Compute/virtualMachineScaleSets",
            sku: new JsonObject { ["name"] = "Standard_D2s_v5", ["tier"] = "Standard", ["capacity"] = capacity });
        lock (Gate)
        {
            var scaleSet = new FakeScaleSet(id);
            scaleSet.Resize(capacity);
            ScaleSets[id] = scaleSet;
        }

        return id;
    }

    /// <summary>Adds an App Service plan with <paramref name="workers"/> workers; returns its id.</summary>
    public string AddAppServicePlan(string name, int workers) => AddResource(
        ResourceId("Microsoft.Web/serverfarms", name), "Microsoft.Web/serverfarms",
        new JsonObject { ["numberOfWorkers"] = workers, ["maximumNumberOfWorkers"] = 30 },
        sku: new JsonObject { ["name"] = "P1v3", ["tier"] = "PremiumV3", ["capacity"] = workers });

    /// <summary>Adds a container app with one container, the given min replicas and revisions; returns its id.</summary>
    public string AddContainerApp(string name, int minReplicas, params string[] revisions)
    {
        var template = new JsonObject
        {
            ["containers"] = new JsonArray(new JsonObject { ["name"] = name, ["image"] = "contoso/app:1" }),
            ["scale"] = new JsonObject { ["minReplicas"] = minReplicas, ["maxReplicas"] = 10 },
        };
        var id = AddResource(ResourceId("Microsoft.App/containerApps", name), "Microsoft.App/containerApps", new JsonObject { ["template"] = template });
        foreach (var revision in revisions)
        {
            AddResource($"{id}/revisions/{revision}", "Microsoft.App/containerApps/revisions", new JsonObject { ["active"] = true });
        }

        return id;
    }

    /// <summary>Adds a certificate whose current version expires at <paramref name="expires"/>; new versions last <paramref name="validityMonths"/>.</summary>
    public void AddCertificate(string name, DateTimeOffset expires, int validityMonths = 12)
    {
        var policy = new JsonObject
        {
            ["key_props"] = new JsonObject { ["exportable"] = true, ["kty"] = "RSA", ["key_size"] = 2048, ["reuse_key"] = false },
            ["secret_props"] = new JsonObject { ["contentType"] = "application/x-pkcs12" },
            ["x509_props"] = new JsonObject { ["subject"] = $"CN={name}", ["validity_months"] = validityMonths },
            ["issuer"] = new JsonObject { ["name"] = "Self" },
            ["attributes"] = new JsonObject { ["enabled"] = true },
        };
        lock (Gate)
        {
            var certificate = new FakeCertificate(name, policy);
            certificate.Versions.Add(new FakeCertificateVersion(NewVersion(), expires.AddMonths(-validityMonths), expires.AddMonths(-validityMonths), expires));
            Certificates[name] = certificate;
        }
    }

    /// <summary>
    /// Adds an App Service certificate imported from Key Vault certificate <paramref name="keyVaultCertificate"/> (added
    /// first); it serves that certificate's current version until a PUT re-imports it. Returns its id.
    /// </summary>
    public string AddAppServiceCertificate(string name, string keyVaultCertificate)
    {
        FakeCertificateVersion current;
        lock (Gate)
        {
            current = Certificates[keyVaultCertificate].Versions[^1];
        }

        return AddResource(ResourceId("Microsoft.Web/certificates", name), "Microsoft.Web/certificates", new JsonObject
        {
            ["keyVaultId"] = ResourceId("Microsoft.KeyVault/vaults", "kv-fake"),
            ["keyVaultSecretName"] = keyVaultCertificate,
            ["serverFarmId"] = ResourceId("Microsoft.Web/serverfarms", "plan-fake"),
            ["thumbprint"] = current.Thumbprint,
            ["expirationDate"] = current.Expires.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
        });
    }

    /// <summary>Scripts a metric's series for a resource.</summary>
    public void SetMetric(string resourceId, string metricName, string unit, IEnumerable<FakeMetricPoint> points)
    {
        lock (Gate)
        {
            Metrics[$"{resourceId}|{metricName}"] = (unit, [.. points.OrderBy(p => p.TimeStamp)]);
        }
    }

    /// <summary>Scripts the table a Log Analytics query containing <paramref name="queryContains"/> returns.</summary>
    /// <param name="workspaceId">The workspace id.</param>
    /// <param name="queryContains">A substring of the query text.</param>
    /// <param name="columns">Column names and Kusto types.</param>
    /// <param name="rows">Cell values (string, number, bool or null) per row.</param>
    public void SetLogQueryResult(string workspaceId, string queryContains, IReadOnlyList<(string Name, string Type)> columns, IEnumerable<object?[]> rows)
    {
        ArgumentNullException.ThrowIfNull(columns);
        var table = new JsonObject
        {
            ["name"] = "PrimaryResult",
            ["columns"] = new JsonArray([.. columns.Select(c => (JsonNode)new JsonObject { ["name"] = c.Name, ["type"] = c.Type })]),
            ["rows"] = new JsonArray([.. rows.Select(row => (JsonNode)new JsonArray([.. row.Select(cell => JsonValueOf(cell))]))]),
        };
        lock (Gate)
        {
            LogResults.Add((workspaceId, queryContains, table));
        }
    }

    /// <summary>How many times a site, slot, VM or revision (by id) was restarted.</summary>
    public int RestartCount(string id)
    {
        lock (Gate)
        {
            return Restarts.GetValueOrDefault(id);
        }
    }

    /// <summary>A copy of a resource's JSON as GET serves it (null when absent).</summary>
    public JsonObject? Resource(string id)
    {
        lock (Gate)
        {
            return Resources.TryGetValue(id, out var json) ? json.DeepClone().AsObject() : null;
        }
    }

    /// <summary>The instance ids of a scale set restarting now (server clock).</summary>
    public IReadOnlyList<string> RestartingInstances(string scaleSetId)
    {
        lock (Gate)
        {
            return [.. ScaleSets[scaleSetId].Restarting(Clock.GetUtcNow()).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture))];
        }
    }

    /// <summary>The most instances of a scale set that were ever restarting at the same time.</summary>
    public int MaxConcurrentRestarting(string scaleSetId)
    {
        lock (Gate)
        {
            return ScaleSets[scaleSetId].MaxConcurrentRestarting;
        }
    }

    /// <summary>A certificate's versions, oldest first.</summary>
    public IReadOnlyList<FakeCertificateVersion> CertificateVersions(string name)
    {
        lock (Gate)
        {
            return [.. Certificates[name].Versions];
        }
    }

    internal static string NewVersion() => Guid.NewGuid().ToString("N");

    private static JsonNode? JsonValueOf(object? cell) => cell switch
    {
        null => null,
        string text => JsonValue.Create(text),
        bool flag => JsonValue.Create(flag),
        DateTimeOffset time => JsonValue.Create(time.UtcDateTime.ToString("O", System.Globalization.CultureInfo.InvariantCulture)),
        _ => JsonValue.Create(Convert.ToDouble(cell, System.Globalization.CultureInfo.InvariantCulture)),
    };
}
