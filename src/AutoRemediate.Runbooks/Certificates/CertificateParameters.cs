using System.Globalization;
using AutoRemediate.Azure.Configuration;

namespace AutoRemediate.Runbooks.Certificates;

/// <summary>
/// Reads a <see cref="CertificateTarget"/> from a Key Vault <c>CertificateNearExpiry</c> event (its <c>Id</c>, or
/// <c>VaultName</c> and <c>ObjectName</c>) and the binding's <c>consumers</c>, <c>pollInterval</c> and <c>pollTimeout</c>.
/// </summary>
/// <remarks>Pure: runs in orchestration code.</remarks>
internal static class CertificateParameters
{
    public static readonly TimeSpan DefaultPollInterval = TimeSpan.FromSeconds(30);
    public static readonly TimeSpan DefaultPollTimeout = TimeSpan.FromMinutes(30);

    public static (CertificateTarget? Target, string? Problem) Read(RunbookInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var data = input.Alert.CustomProperties;
        var name = data.GetValueOrDefault("ObjectName");
        Uri? vault = null;
        if (data.GetValueOrDefault("Id") is { } id && Uri.TryCreate(id, UriKind.Absolute, out var idUri) && idUri.Scheme == Uri.UriSchemeHttps)
        {
            vault = new Uri(idUri.GetLeftPart(UriPartial.Authority) + "/");
            name ??= idUri.AbsolutePath.Trim('/').Split('/') is ["certificates", var fromId, ..] ? fromId : null;
        }
        else if (data.GetValueOrDefault("VaultName") is { Length: > 0 } vaultName)
        {
            vault = new Uri($"https://{vaultName}.{KeyVaultHosts.PublicCloudSuffix}/");
        }

        if (vault is null || string.IsNullOrWhiteSpace(name) || data.GetValueOrDefault("ObjectType") is { } type && type != "Certificate")
        {
            return (null, "rotate-certificate needs a Key Vault certificate event (data.Id or data.VaultName and data.ObjectName, ObjectType Certificate).");
        }

        var consumers = (input.Parameters.GetValueOrDefault("consumers") ?? string.Empty)
            .Split([',', ' ', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (consumers.FirstOrDefault(c => !c.Contains("/providers/Microsoft.Web/certificates/", StringComparison.OrdinalIgnoreCase)) is { } bad)
        {
            return (null, $"rotate-certificate consumers must be App Service certificate ids (…/providers/Microsoft.Web/certificates/…), got '{bad}'.");
        }

        var interval = Duration(input, "pollInterval", DefaultPollInterval);
        var timeout = Duration(input, "pollTimeout", DefaultPollTimeout);
        if (interval is not { } i || timeout is not { } t || i < TimeSpan.FromSeconds(1) || t < i)
        {
            return (null, "rotate-certificate pollInterval must be at least 1 second and pollTimeout at least pollInterval (e.g. 00:00:30, 00:30:00).");
        }

        return (new CertificateTarget(vault, name, consumers, i, t), null);
    }

    private static TimeSpan? Duration(RunbookInput input, string name, TimeSpan fallback) =>
        input.Parameters.GetValueOrDefault(name) is not { Length: > 0 } text ? fallback
        : TimeSpan.TryParse(text, CultureInfo.InvariantCulture, out var value) ? value
        : null;
}
