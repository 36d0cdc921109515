namespace AutoRemediate.Core.Bindings;

/// <summary>
/// Allow and deny lists of ARM id prefixes (a subscription, a resource group or a resource), lower-case.
/// Deny wins; a non-empty allow list admits only targets under one of its entries.
/// </summary>
/// <param name="Allow">Prefixes a target must be under (empty: everything is allowed).</param>
/// <param name="Deny">Prefixes no target may be under.</param>
public sealed record ScopeRules(IReadOnlyList<string> Allow, IReadOnlyList<string> Deny)
{
    /// <summary>No allow list and no deny list.</summary>
    public static ScopeRules Unrestricted { get; } = new([], []);
}
