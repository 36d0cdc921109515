namespace AutoRemediate.Core.Guardrails;

/// <summary>
/// A named freeze or maintenance window, defined globally (not in bindings). It applies to a binding when
/// <see cref="AppliesToAllBindings"/> is set or the binding lists its name in <c>guardrails.freezeWindows</c>,
/// and to a plan when <see cref="Scope"/> is empty or a target lies under one of its prefixes.
/// </summary>
/// <param name="Name">The name bindings refer to.</param>
/// <param name="Kind">Freeze or maintenance.</param>
/// <param name="Schedule">When it is active.</param>
public sealed record ChangeWindow(string Name, ChangeWindowKind Kind, WindowSchedule Schedule)
{
    /// <summary>True for windows every binding honours (e.g. a company-wide freeze).</summary>
    public bool AppliesToAllBindings { get; init; }

    /// <summary>Lower-case ARM id prefixes the window covers; empty covers everything.</summary>
    public IReadOnlyList<string> Scope { get; init; } = [];
}
