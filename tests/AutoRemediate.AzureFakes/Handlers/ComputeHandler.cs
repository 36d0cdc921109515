using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using AutoRemediate.AzureFakes.Server;
using AutoRemediate.AzureFakes.State;

namespace AutoRemediate.AzureFakes.Handlers;

/// <summary>VM restart and the scale set routes: instances with their instance view, restart of instances, capacity.</summary>
internal sealed partial class ComputeHandler(FakeAzureState state, OperationResponses operations)
{
    /// <summary>Instances per page of the instance list (then a nextLink).</summary>
    public int PageSize { get; set; } = 50;

    public FakeResponse? Handle(FakeCall call)
    {
        if (VmRestartPattern().Match(call.Path) is { Success: true } vm && call.Method == "POST")
        {
            var id = vm.Groups["id"].Value;
            if (!state.Resources.ContainsKey(id))
            {
                return FakeResponse.NotFound(id);
            }

            state.Restarts[id] = state.Restarts.GetValueOrDefault(id) + 1;
            return operations.Accept(call, 202, null, locationOnly: false);
        }

        var scaleSet = ScaleSetPattern().Match(call.Path);
        if (!scaleSet.Success || !state.ScaleSets.TryGetValue(scaleSet.Groups["id"].Value, out var set))
        {
            return scaleSet.Success ? FakeResponse.NotFound(scaleSet.Groups["id"].Value) : null;
        }

        var rest = scaleSet.Groups["rest"].Value;
        return (call.Method, rest) switch
        {
            ("POST", "/restart") => RestartInstances(set, call),
            ("GET", "/virtualMachines") => ListInstances(set, call),
            ("GET", _) when rest.StartsWith("/virtualMachines/", StringComparison.OrdinalIgnoreCase) => GetInstance(set, rest["/virtualMachines/".Length..]),
            ("PATCH", "") => SetCapacity(set, call),
            _ => null,
        };
    }

    private FakeResponse RestartInstances(FakeScaleSet set, FakeCall call)
    {
        var now = state.Clock.GetUtcNow();
        var requested = call.Json?["instanceIds"]?.AsArray().Select(n => n!.GetValue<string>()).ToList();
        // As in Azure, no instance ids means every instance.
        var ids = requested is { Count: > 0 } ? requested.Select(Parse).ToList() : [.. set.Instances];
        if (ids.Any(id => id is null || !set.Has(id.Value)))
        {
            return FakeResponse.Error(400, "InvalidParameter", "Instance ids must name existing instances.");
        }

        if (ids.Any(id => set.IsRestarting(id!.Value, now)))
        {
            return FakeResponse.Error(409, "OperationNotAllowed", "An instance is already restarting.");
        }

        var instances = ids.Select(id => id!.Value).ToList();
        set.BeginRestart(instances, now, state.InstanceRestartDuration);
        foreach (var instance in instances)
        {
            var key = $"{set.Id}/virtualMachines/{instance}";
            state.Restarts[key] = state.Restarts.GetValueOrDefault(key) + 1;
        }

        return operations.Accept(call, 202, null, locationOnly: false, ready: () => instances.All(i => !set.IsRestarting(i, state.Clock.GetUtcNow())));
    }

    private FakeResponse ListInstances(FakeScaleSet set, FakeCall call)
    {
        var skip = int.TryParse(call.QueryValue("$skiptoken"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var token) ? token : 0;
        var page = set.Instances.Skip(skip).Take(PageSize).Select(i => (JsonNode)Instance(set, i)).ToList();
        var body = new JsonObject { ["value"] = new JsonArray([.. page]) };
        if (skip + PageSize < set.Instances.Count)
        {
            body["nextLink"] = $"{call.BaseUri.AbsoluteUri.TrimEnd('/')}{set.Id}/virtualMachines?api-version={call.QueryValue("api-version")}&$expand=instanceView&$skiptoken={skip + PageSize}";
        }

        return FakeResponse.Ok(body);
    }

    private FakeResponse GetInstance(FakeScaleSet set, string instanceId) =>
        Parse(instanceId) is { } id && set.Has(id) ? FakeResponse.Ok(Instance(set, id)) : FakeResponse.NotFound($"{set.Id}/virtualMachines/{instanceId}");

    private FakeResponse SetCapacity(FakeScaleSet set, FakeCall call)
    {
        if (call.Json?["sku"]?["capacity"]?.GetValue<int>() is not { } capacity)
        {
            return FakeResponse.Error(400, "InvalidParameter", "sku.capacity is required.");
        }

        set.Resize(capacity);
        var resource = state.Resources[set.Id];
        resource["sku"]!["capacity"] = capacity;
        var properties = resource["properties"]!.AsObject();
        properties["provisioningState"] = "Updating";
        return operations.Accept(call, 200, resource.DeepClone(), locationOnly: false, onSucceeded: () => properties["provisioningState"] = "Succeeded");
    }

    private JsonObject Instance(FakeScaleSet set, int instance)
    {
        var restarting = set.IsRestarting(instance, state.Clock.GetUtcNow());
        var id = instance.ToString(CultureInfo.InvariantCulture);
        return new JsonObject
        {
            ["instanceId"] = id,
            ["name"] = $"{set.Id[(set.Id.LastIndexOf('/') + 1)..]}_{id}",
            ["id"] = $"{set.Id}/virtualMachines/{id}",
            ["properties"] = new JsonObject
            {
                ["provisioningState"] = restarting ? "Updating" : "Succeeded",
                ["instanceView"] = new JsonObject
                {
                    ["statuses"] = new JsonArray(
                        new JsonObject { ["code"] = restarting ? "ProvisioningState/updating" : "ProvisioningState/succeeded" },
                        new JsonObject { ["code"] = restarting ? "PowerState/starting" : "PowerState/running" }),
                    ["vmHealth"] = new JsonObject { ["status"] = new JsonObject { ["code"] = restarting ? "HealthState/unknown" : "HealthState/healthy" } },
                },
            },
        };
    }

    private static int? Parse(string? id) => int.TryParse(id, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : null;

    [GeneratedRegex("^(?<id>.+/providers/Microsoft\\.Compute/virtualMachines/[^/]+)/restart$", RegexOptions.IgnoreCase)]
    private static partial Regex VmRestartPattern();

    [GeneratedRegex("^(?<id>.+/providers/Microsoft\\.Compute/virtualMachineScaleSets/[^/]+)(?<rest>/.*)?$", RegexOptions.IgnoreCase)]
    private static partial Regex ScaleSetPattern();
}
