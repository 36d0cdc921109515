namespace AutoRemediate.Core.Guardrails;

/// <summary>
/// Freeze windows block automated changes; maintenance windows suppress remediation (alerts during planned work
/// are expected) — both with outcome Block, distinguished by the reason. A window a binding names but that is not
/// defined, or one whose time zone is unknown, blocks: when in doubt, don't change production.
/// </summary>
internal sealed class ChangeWindowGuardrail : IGuardrail
{
    public string Name => "change-windows";

    public GuardrailVerdict Evaluate(GuardrailRequest request, IReadOnlyList<GuardrailVerdict> earlier)
    {
        var context = request.Context;
        var named = request.Binding.Guardrails.FreezeWindows;
        var problems = named
            .Where(n => !context.Windows.Any(w => string.Equals(w.Name, n, StringComparison.Ordinal)))
            .Select(n => $"binding refers to window '{n}', which is not defined; blocking to be safe")
            .ToList();

        var applicable = context.Windows
            .Where(w => w.AppliesToAllBindings || named.Contains(w.Name, StringComparer.Ordinal))
            .Where(w => w.Scope.Count == 0 || request.Plan.Targets.Any(t => w.Scope.Any(t.IsWithin)))
            .ToArray();

        foreach (var window in applicable)
        {
            bool active;
            try
            {
                active = window.Schedule.IsActive(context.Now);
            }
            catch (Exception error) when (error is TimeZoneNotFoundException or InvalidTimeZoneException)
            {
                problems.Add($"window '{window.Name}' uses an unknown time zone ({error.Message}); blocking to be safe");
                continue;
            }

            if (active)
            {
                problems.Add(window.Kind == ChangeWindowKind.Freeze
                    ? $"freeze window '{window.Name}' ({window.Schedule.Describe()}) is active; automated changes are frozen"
                    : $"suppressed: maintenance window '{window.Name}' ({window.Schedule.Describe()}) is active; alerts during planned maintenance are expected");
            }
        }

        if (problems.Count > 0)
        {
            return new(Name, GuardrailOutcome.Block, string.Join("; ", problems));
        }

        return applicable.Length == 0
            ? new(Name, GuardrailOutcome.Pass, "no freeze or maintenance window applies")
            : new(Name, GuardrailOutcome.Pass, $"no applicable window is active (checked {string.Join(", ", applicable.Select(w => $"'{w.Name}'"))})");
    }
}
