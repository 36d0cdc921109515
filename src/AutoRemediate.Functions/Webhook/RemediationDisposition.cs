using System.Text.Json.Serialization;

namespace AutoRemediate.Functions.Webhook;

/// <summary>What the webhook did with one alert; the <c>status</c> of a receipt.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<RemediationDisposition>))]
internal enum RemediationDisposition
{
    /// <summary>A firing alert started a new remediation.</summary>
    [JsonStringEnumMemberName("started")]
    Started,

    /// <summary>The body that started the remediation arrived again (a sender retry); nothing was done.</summary>
    [JsonStringEnumMemberName("redelivered")]
    Redelivered,

    /// <summary>The alert fired again while its remediation runs; <c>AlertRefired</c> was raised into it.</summary>
    [JsonStringEnumMemberName("refired")]
    Refired,

    /// <summary>The alert resolved while its remediation runs; <c>AlertResolved</c> was raised into it.</summary>
    [JsonStringEnumMemberName("resolved")]
    Resolved,

    /// <summary>A resolved alert with no remediation (it never fired here, or was purged); nothing was started.</summary>
    [JsonStringEnumMemberName("resolvedWithoutRemediation")]
    ResolvedWithoutRemediation,

    /// <summary>The remediation has already ended; the notification is only acknowledged.</summary>
    [JsonStringEnumMemberName("ended")]
    Ended,
}
