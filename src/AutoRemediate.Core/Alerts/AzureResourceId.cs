using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;

namespace AutoRemediate.Core.Alerts;

/// <summary>
/// A validated Azure Resource Manager id. <see cref="Original"/> keeps the sender's spelling for display and
/// audit; <see cref="Normalized"/> (lower-case, invariant) is what matching, scope checks and counters use,
/// because ARM ids are case-insensitive and senders disagree on casing ("resourceGroups" vs "resourcegroups").
/// Equality is by <see cref="Normalized"/>. JSON form: the original text.
/// </summary>
[JsonConverter(typeof(AzureResourceIdJsonConverter))]
public sealed record AzureResourceId
{
    /// <summary>Longest id accepted; ARM itself stays well below this, so longer input is hostile or broken.</summary>
    public const int MaxLength = 2048;

    private AzureResourceId(string original, string subscriptionId, string? resourceGroup, string resourceType, string name)
    {
        Original = original;
        Normalized = original.ToLowerInvariant();
        SubscriptionId = subscriptionId;
        ResourceGroup = resourceGroup;
        ResourceType = resourceType;
        Name = name;
    }

    /// <summary>The id exactly as received.</summary>
    public string Original { get; }

    /// <summary>The id lower-cased; use for matching and as a storage key component.</summary>
    public string Normalized { get; }

    /// <summary>The subscription GUID, lower-case.</summary>
    public string SubscriptionId { get; }

    /// <summary>The resource group name, lower-case, or null for subscription-level ids.</summary>
    public string? ResourceGroup { get; }

    /// <summary>
    /// The lower-case resource type, e.g. <c>microsoft.web/sites</c> or <c>microsoft.web/sites/slots</c>;
    /// <c>microsoft.resources/subscriptions</c> and <c>microsoft.resources/resourcegroups</c> for scopes.
    /// </summary>
    public string ResourceType { get; }

    /// <summary>The last name segment as received, e.g. <c>checkout-api-prod</c>.</summary>
    public string Name { get; }

    /// <summary>Parses and validates an ARM id; <paramref name="error"/> explains a rejection.</summary>
    public static bool TryParse(
        string? text,
        [NotNullWhen(true)] out AzureResourceId? id,
        [NotNullWhen(false)] out string? error)
    {
        id = null;
        error = Validate(text, out var parts);
        if (error is not null)
        {
            return false;
        }

        id = new AzureResourceId(text!, parts.Subscription, parts.ResourceGroup, parts.ResourceType, parts.Name);
        return true;
    }

    /// <summary>
    /// True when this id is <paramref name="normalizedPrefix"/> or lies below it on a segment boundary,
    /// so "/…/resourcegroups/rg-prod" covers "/…/resourcegroups/rg-prod/…" but not "/…/resourcegroups/rg-prod2".
    /// </summary>
    public bool IsWithin(string normalizedPrefix)
    {
        ArgumentNullException.ThrowIfNull(normalizedPrefix);
        var prefix = normalizedPrefix.TrimEnd('/');
        return Normalized.Equals(prefix, StringComparison.Ordinal)
            || (Normalized.StartsWith(prefix, StringComparison.Ordinal) && Normalized.Length > prefix.Length
                && Normalized[prefix.Length] == '/');
    }

    /// <inheritdoc />
    public bool Equals(AzureResourceId? other) => other is not null && string.Equals(Normalized, other.Normalized, StringComparison.Ordinal);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Normalized);

    /// <inheritdoc />
    public override string ToString() => Original;

    private static string? Validate(string? text, out (string Subscription, string? ResourceGroup, string ResourceType, string Name) parts)
    {
        parts = default;
        if (string.IsNullOrEmpty(text))
        {
            return "an empty string is not an Azure resource id";
        }

        if (text.Length > MaxLength)
        {
            return $"a {text.Length}-character string is not an Azure resource id (the limit is {MaxLength})";
        }

        var shown = text.Length > 120 ? string.Concat(text.AsSpan(0, 120), "…") : text;
        string Bad(string why) => $"'{shown}' is not an Azure resource id: {why}";

        if (!text.StartsWith("/subscriptions/", StringComparison.OrdinalIgnoreCase))
        {
            return Bad("it must start with /subscriptions/");
        }

        var segments = text[1..].TrimEnd('/').Split('/');
        foreach (var segment in segments)
        {
            if (segment.Length == 0)
            {
                return Bad("it contains an empty segment ('//')");
            }

            if (segment is "." or "..")
            {
                return Bad("it contains a '.' or '..' segment");
            }

            if (segment.Any(c => char.IsControl(c) || c is '\\' or '?' or '#'))
            {
                return Bad($"segment '{segment}' contains a control character, '\\', '?' or '#'");
            }
        }

        if (segments.Length < 2 || !Guid.TryParseExact(segments[1], "D", out _))
        {
            return Bad($"'{(segments.Length < 2 ? string.Empty : segments[1])}' is not a subscription id (a GUID)");
        }

        var subscription = segments[1].ToLowerInvariant();
        var index = 2;
        string? group = null;
        if (segments.Length > index && segments[index].Equals("resourceGroups", StringComparison.OrdinalIgnoreCase))
        {
            if (segments.Length == index + 1)
            {
                return Bad("resourceGroups is not followed by a resource group name");
            }

            group = segments[index + 1].ToLowerInvariant();
            index += 2;
        }

        if (segments.Length == index)
        {
            parts = group is null
                ? (subscription, null, "microsoft.resources/subscriptions", segments[1])
                : (subscription, group, "microsoft.resources/resourcegroups", segments[index - 1]);
            return null;
        }

        if (!segments[index].Equals("providers", StringComparison.OrdinalIgnoreCase))
        {
            return Bad($"expected 'providers' or 'resourceGroups' but found '{segments[index]}'");
        }

        var remaining = segments.Length - index - 1;
        if (remaining < 3 || remaining % 2 == 0)
        {
            return Bad("after 'providers' it needs a namespace followed by type/name pairs, e.g. Microsoft.Web/sites/my-app");
        }

        var providerNamespace = segments[index + 1];
        if (!providerNamespace.Contains('.', StringComparison.Ordinal))
        {
            return Bad($"'{providerNamespace}' is not a resource provider namespace (like Microsoft.Web)");
        }

        var types = new List<string> { providerNamespace.ToLowerInvariant() };
        for (var i = index + 2; i < segments.Length; i += 2)
        {
            types.Add(segments[i].ToLowerInvariant());
        }

        parts = (subscription, group, string.Join('/', types), segments[^1]);
        return null;
    }
}
