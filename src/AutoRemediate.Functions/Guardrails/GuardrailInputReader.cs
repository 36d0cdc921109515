using AutoRemediate.Azure.AppService;
using AutoRemediate.Azure.Compute;
using AutoRemediate.Azure.Configuration;
using AutoRemediate.Azure.Errors;
using AutoRemediate.Azure.Requests;
using AutoRemediate.Azure.Resources;
using AutoRemediate.Core.Alerts;
using AutoRemediate.Core.Bindings;
using AutoRemediate.Core.Guardrails;
using AutoRemediate.Core.Guardrails.Policy;
using Azure.Core;
using Microsoft.Extensions.Options;

namespace AutoRemediate.Functions.Guardrails;

/// <summary>
/// Reads the guardrail inputs that live in Azure, inside the evaluation activity: each target's tags (ARM GET),
/// the fleet size behind the targets when the binding limits the fleet share, and the error budget of the binding's
/// SLO. Nothing read here is guessed: what cannot be read is reported with its reason, and the guardrails decide
/// safely on it (unreadable tags block, an unknown fleet or budget asks for approval or applies the gate's action).
/// </summary>
internal sealed class GuardrailInputReader(
    GuardrailPolicy policy,
    IOptions<AzureActuatorOptions> azure,
    IAzureResourceClient resources,
    IAppServiceClient appService,
    IComputeClient compute,
    SloBudgetReader budgets)
{
    public const string Disabled = "Azure access disabled (Azure:Enabled is false)";

    public async Task<GuardrailInputs> ReadAsync(RunbookBinding binding, RemediationPlan plan, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var gate = binding.Guardrails.ErrorBudget;
        if (!azure.Value.Enabled)
        {
            var disabled = new GuardrailInputs { TargetTagsNotChecked = Disabled, FleetSizeUnknownReason = Disabled };
            if (gate is not null)
            {
                disabled.ErrorBudgetUnknownReasons[gate.Slo] = Disabled;
            }

            return disabled;
        }

        var inputs = new GuardrailInputs();
        var fleets = new List<(string? Fleet, int? Size, string? Problem)>();
        var sizes = new Dictionary<string, (int? Size, string? Problem)>(StringComparer.Ordinal);
        foreach (var target in plan.Targets)
        {
            var resource = await ReadTagsAsync(target, inputs, cancellationToken);
            if (binding.Guardrails.BlastRadius.MaxFleetSharePercent is not null)
            {
                fleets.Add(await FleetAsync(target, resource, sizes, cancellationToken));
            }
        }

        (inputs.FleetSize, inputs.FleetSizeUnknownReason) = CombineFleets(fleets);
        if (gate is not null)
        {
            await ReadBudgetAsync(gate.Slo, now, inputs, cancellationToken);
        }

        return inputs;
    }

    private async Task<AzureResource?> ReadTagsAsync(AzureResourceId target, GuardrailInputs inputs, CancellationToken cancellationToken)
    {
        try
        {
            var resource = (await resources.GetAsync(new ResourceIdentifier(target.Original), cancellationToken)).Value;
            inputs.TargetTags[target.Normalized] = resource.Tags;
            return resource;
        }
        catch (AzureNotFoundException)
        {
            inputs.UnreadableTargetTags[target.Normalized] = "the resource does not exist";
        }
        catch (Exception error) when (IsAzureFailure(error))
        {
            inputs.UnreadableTargetTags[target.Normalized] = Reason(error);
        }

        return null;
    }

    /// <summary>The fleet a target belongs to: an App Service site's plan workers, a scale-set VM's scale-set capacity.</summary>
    /// <remarks>
    /// Targets usually share their fleet (instances of one scale set, sites on one plan), so each fleet is read once
    /// per evaluation, its size or failure kept in <paramref name="sizes"/> by lower-case fleet id.
    /// </remarks>
    private async Task<(string? Fleet, int? Size, string? Problem)> FleetAsync(
        AzureResourceId target, AzureResource? resource, Dictionary<string, (int? Size, string? Problem)> sizes, CancellationToken cancellationToken)
    {
        switch (target.ResourceType)
        {
            case "microsoft.web/sites" when resource is not null && AppServiceSites.PlanId(resource) is { } plan:
                return await SizeAsync(plan, () => appService.GetWorkerCountAsync(new ResourceIdentifier(plan), cancellationToken));
            case "microsoft.compute/virtualmachinescalesets/virtualmachines":
                var scaleSet = new ResourceIdentifier(target.Original).Parent!;
                return await SizeAsync(scaleSet.ToString(), () => compute.GetCapacityAsync(scaleSet, cancellationToken));
            default:
                return (null, null, resource is null && target.ResourceType == "microsoft.web/sites"
                    ? "the site could not be read, so its App Service plan is unknown"
                    : $"the fleet of a {target.ResourceType} is not known to AutoRemediate");
        }

        async Task<(string? Fleet, int? Size, string? Problem)> SizeAsync(string fleet, Func<Task<AzureResult<int>>> read)
        {
            var key = fleet.ToLowerInvariant();
            if (!sizes.TryGetValue(key, out var size))
            {
                try
                {
                    size = ((await read()).Value, null);
                }
                catch (Exception error) when (IsAzureFailure(error))
                {
                    size = (null, $"reading the fleet of {target.Name} failed: {Reason(error)}");
                }

                sizes[key] = size;
            }

            return (key, size.Size, size.Problem);
        }
    }

    private static (int? Size, string? Problem) CombineFleets(List<(string? Fleet, int? Size, string? Problem)> fleets)
    {
        if (fleets.Count == 0)
        {
            return (null, null);
        }

        if (fleets.FirstOrDefault(f => f.Problem is not null).Problem is { } problem)
        {
            return (null, problem);
        }

        return fleets.Select(f => f.Fleet).Distinct(StringComparer.Ordinal).Count() == 1
            ? (fleets[0].Size, null)
            : (null, "the targets belong to several fleets");
    }

    private async Task ReadBudgetAsync(string sloName, DateTimeOffset now, GuardrailInputs inputs, CancellationToken cancellationToken)
    {
        var slo = policy.Slos.FirstOrDefault(s => s.Name == sloName);
        if (slo is null)
        {
            // The binding loader refuses undefined SLOs; this only happens if the policy changed under a running host.
            inputs.ErrorBudgetUnknownReasons[sloName] = $"SLO '{sloName}' is not defined in the guardrail policy";
            return;
        }

        var (remaining, problem) = await budgets.ReadAsync(slo, now, cancellationToken);
        if (remaining is { } value)
        {
            inputs.ErrorBudgetRemaining[sloName] = value;
        }
        else
        {
            inputs.ErrorBudgetUnknownReasons[sloName] = problem!;
        }
    }

    /// <summary>Failures of the call, not of our code: Azure's answers, the network and the credential.</summary>
    /// <remarks>
    /// A resource type whose API version cannot be resolved leaves the target as unreadable as after a 403, and its
    /// verdict must say so instead of failing the remediation. Any other ArgumentException is a bug and surfaces.
    /// </remarks>
    internal static bool IsAzureFailure(Exception error) =>
        error is AzureRequestException or global::Azure.RequestFailedException or global::Azure.Identity.AuthenticationFailedException
            or HttpRequestException or ApiVersionUnresolvedException;

    internal static string Reason(Exception error) => error is AzureRequestException azure
        ? $"Azure answered {azure.Status}{(azure.ErrorCode is { } code ? $" {code}" : string.Empty)}"
        : error.Message;
}
