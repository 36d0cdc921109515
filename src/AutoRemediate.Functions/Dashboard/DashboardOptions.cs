using System.ComponentModel.DataAnnotations;

namespace AutoRemediate.Functions.Dashboard;

/// <summary>The dashboard's settings (section <c>Dashboard</c>), validated at start-up. Who may use it is the operator identity (<c>Operator</c>).</summary>
internal sealed class DashboardOptions
{
    public const string SectionName = "Dashboard";
    public const int DefaultRefreshSeconds = 10;
    public const int DefaultPageSize = 25;
    public const string DefaultSignInPath = "/.auth/login/aad";

    /// <summary>How often the remediation and approval lists refresh themselves in the browser; 0 turns it off.</summary>
    [Range(0, 3600)]
    public int RefreshSeconds { get; set; } = DefaultRefreshSeconds;

    /// <summary>Remediations per page of the list.</summary>
    [Range(1, Operator.RemediationListQuery.MaxPageSize)]
    public int PageSize { get; set; } = DefaultPageSize;

    /// <summary>Where an unauthenticated visitor is sent to sign in, behind App Service Authentication (its login path for the configured provider).</summary>
    [RegularExpression("^/[A-Za-z0-9/._-]*$", ErrorMessage = "Dashboard:SignInPath must be a local path such as /.auth/login/aad.")]
    public string SignInPath { get; set; } = DefaultSignInPath;
}
