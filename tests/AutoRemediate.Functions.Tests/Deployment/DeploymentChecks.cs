namespace AutoRemediate.Functions.Tests.Deployment;

/// <summary>
/// The deployment consistency rules as plain functions, so the tests can run them on the real files and on
/// deliberately broken copies. Each returns one readable line per problem; none means consistent.
/// </summary>
internal static class DeploymentChecks
{
    /// <summary>Set by the Functions platform or read only by the Functions host, never by the app.</summary>
    public static readonly IReadOnlySet<string> PlatformSettings = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "FUNCTIONS_WORKER_RUNTIME", "FUNCTIONS_EXTENSION_VERSION", "FUNCTIONS_CUSTOMHANDLER_PORT",
        "APPLICATIONINSIGHTS_CONNECTION_STRING", "APPLICATIONINSIGHTS_AUTHENTICATION_STRING",
        "WEBSITE_RUN_FROM_PACKAGE", "WEBSITE_RUN_FROM_PACKAGE_BLOB_MI_RESOURCE_ID",
    };

    public static IEnumerable<string> SettingsMissingFromSample(AppSettingsInventory app, IEnumerable<string> sampleNames)
    {
        var sample = sampleNames.Select(app.SettingFor).OfType<string>().ToHashSet(StringComparer.OrdinalIgnoreCase);
        return app.Settings.Where(s => !sample.Contains(s) && !PlatformSettings.Contains(s)).Order(StringComparer.Ordinal)
            .Select(s => $"{s} is read by the app but local.settings.sample.json does not list it with its default");
    }

    public static IEnumerable<string> SettingsNobodyReads(AppSettingsInventory app, IEnumerable<string> names, string file) =>
        names.Where(n => app.SettingFor(n) is null && !PlatformSettings.Contains(n)).Order(StringComparer.Ordinal)
            .Select(n => $"{file} sets {n}, which neither the app nor the Functions platform reads");

    /// <summary>
    /// A setting the app reads must be set by the deployment or have a documented default (listed in the sample),
    /// and the ones the deployment must decide (identity, storage, secrets) must be set by it.
    /// </summary>
    public static IEnumerable<string> SettingsUnsetInDeployment(
        AppSettingsInventory app, IEnumerable<string> bicepNames, IEnumerable<string> sampleNames, IEnumerable<string> requiredInAzure)
    {
        var bicep = bicepNames.Select(app.SettingFor).OfType<string>().ToHashSet(StringComparer.OrdinalIgnoreCase);
        var sample = sampleNames.Select(app.SettingFor).OfType<string>().ToHashSet(StringComparer.OrdinalIgnoreCase);
        return app.Settings.Where(s => !bicep.Contains(s) && !sample.Contains(s) && !PlatformSettings.Contains(s))
            .Select(s => $"{s} has no documented default and main.bicep does not set it (bicep/modules/functionApp.bicep appSettings)")
            .Concat(requiredInAzure.Where(s => !bicep.Contains(s)).Select(s => $"{s} must be set by main.bicep in Azure but is not"))
            .Order(StringComparer.Ordinal);
    }

    public static IEnumerable<string> RoleMismatches(IEnumerable<string> roleActions, IEnumerable<string> runbookActions)
    {
        var role = roleActions.ToHashSet(StringComparer.OrdinalIgnoreCase);
        var used = runbookActions.ToHashSet(StringComparer.OrdinalIgnoreCase);
        return used.Where(a => !role.Contains(a)).Select(a => $"a runbook calls {a} but the runbook role (bicep/modules/runbookRole.bicep) does not grant it")
            .Concat(role.Where(a => !used.Contains(a)).Select(a => $"the runbook role grants {a} but no registered runbook declares it"))
            .Order(StringComparer.Ordinal);
    }
}
