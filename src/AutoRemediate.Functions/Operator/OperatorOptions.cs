namespace AutoRemediate.Functions.Operator;

/// <summary>The operator API's settings (section <c>Operator</c>); validated at start-up.</summary>
internal sealed class OperatorOptions
{
    public const string SectionName = "Operator";
    public const int MaxIdentityLength = 256;

    /// <summary>Take the operator from App Service Authentication's <c>X-MS-CLIENT-PRINCIPAL</c> header. Only behind App Service Authentication, which strips client-sent copies.</summary>
    public bool TrustAppServiceAuthentication { get; set; }

    /// <summary>
    /// The operator identity every request gets when not trusting App Service Authentication: local development only.
    /// Honoured in the Development environment alone; start-up fails if it is set in any other. Without either, operator routes answer 401.
    /// </summary>
    public string? LocalIdentity { get; set; }

    /// <summary>
    /// The roles <see cref="LocalIdentity"/> holds, comma-separated (Viewer, Operator, Approver, Admin; e.g. <c>Admin</c>).
    /// Development only, like the identity; empty gives none, so every route answers 403 naming the role it needs.
    /// </summary>
    public string? LocalRoles { get; set; }
}
