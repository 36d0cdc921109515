using System.Collections.Frozen;

namespace AutoRemediate.Core.Bindings;

/// <summary>The <c>guardrails</c> section; omitted values keep <see cref="GuardrailSettings.Defaults"/>.</summary>
internal sealed partial class BindingFileParser
{
    private static readonly FrozenDictionary<string, BlastRadiusAction> BlastActions = new Dictionary<string, BlastRadiusAction>(StringComparer.Ordinal)
    {
        ["block"] = BlastRadiusAction.Block,
        ["split"] = BlastRadiusAction.Split,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, ErrorBudgetAction> BudgetActions = new Dictionary<string, ErrorBudgetAction>(StringComparer.Ordinal)
    {
        ["requireApproval"] = ErrorBudgetAction.RequireApproval,
        ["block"] = ErrorBudgetAction.Block,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private GuardrailSettings? ParseGuardrails(YamlSection section)
    {
        var before = errors.Errors.Count;
        var defaults = GuardrailSettings.Defaults;

        var flap = defaults.FlapDetection;
        if (section.Section("flapDetection", BindingSchema.FlapDetection) is { } flapSection)
        {
            flap = new FlapDetectionSettings(flapSection.Int("count", 1, 100) ?? flap.Count, flapSection.Duration("window") ?? flap.Window);
        }

        var blast = defaults.BlastRadius;
        if (section.Section("blastRadius", BindingSchema.BlastRadius) is { } blastSection)
        {
            blast = new BlastRadiusSettings(
                blastSection.Int("maxTargetsPerRun", 1, 10_000) ?? blast.MaxTargetsPerRun,
                blastSection.Int("maxFleetSharePercent", 1, 100),
                blastSection.Enum("onExceed", BlastActions) ?? blast.OnExceed);
        }

        ErrorBudgetGate? budget = null;
        if (section.Section("errorBudget", BindingSchema.ErrorBudget) is { } budgetSection)
        {
            var slo = budgetSection.String("slo");
            var threshold = budgetSection.Number("threshold", 0, 1, "the fraction of error budget remaining");
            var action = budgetSection.Enum("action", BudgetActions) ?? ErrorBudgetAction.RequireApproval;
            budget = slo is null || threshold is null ? null : new ErrorBudgetGate(slo.Value.Value, threshold.Value, action);
            if (slo is { } named && policy is not null && !policy.Slos.Contains(named.Value))
            {
                errors.Add(named.At, $"SLO '{named.Value}' is not defined in the guardrail policy ({policy.Source}){Defined(policy.Slos)}");
            }
        }

        var breaker = section.Section("circuitBreaker", BindingSchema.CircuitBreaker) is { } breakerSection
            ? breakerSection.Int("failureThreshold", 1, 100)
            : null;

        var scope = section.Scope("scope");
        var windows = section.StringList("freezeWindows") ?? [];
        if (policy is not null)
        {
            foreach (var (name, at) in windows.Where(w => !policy.Windows.Contains(w.Value)))
            {
                errors.Add(at, $"window '{name}' is not defined in the guardrail policy ({policy.Source}){Defined(policy.Windows)}");
            }
        }

        var settings = new GuardrailSettings
        {
            Cooldown = section.Duration("cooldown") ?? defaults.Cooldown,
            MaxRunsPerHour = section.Int("maxRunsPerHour", 1, 1000) ?? defaults.MaxRunsPerHour,
            FlapDetection = flap,
            BlastRadius = blast,
            ErrorBudget = budget,
            CircuitBreakerThreshold = breaker ?? defaults.CircuitBreakerThreshold,
            Scope = scope,
            FreezeWindows = [.. windows.Select(w => w.Value)],
        };
        return errors.Errors.Count > before ? null : settings;
    }

    private static string Defined(IReadOnlySet<string> names) =>
        names.Count == 0 ? "; it defines none" : $"; defined: {string.Join(", ", names.Order(StringComparer.Ordinal))}";
}
