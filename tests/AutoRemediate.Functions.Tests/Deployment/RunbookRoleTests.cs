namespace AutoRemediate.Functions.Tests.Deployment;

/// <summary>The runbook role grants exactly the Azure actions the registered runbooks declare.</summary>
public sealed class RunbookRoleTests
{
    private static readonly Lazy<AppSettingsInventory> App = new(AppSettingsInventory.Discover);

    private static string RoleModule => Path.Combine(BicepParser.BicepFolder, "modules", "runbookRole.bicep");

    [Fact]
    public void Runbook_role_grants_exactly_the_actions_the_registered_runbooks_declare()
    {
        Assert.Empty(DeploymentChecks.RoleMismatches(RoleActions(RoleModule), App.Value.RunbookActions));
    }

    [Fact]
    public void Runbook_action_missing_from_the_role_is_reported()
    {
        var runbookActions = App.Value.RunbookActions.Append("Microsoft.Web/sites/stop/action");

        var problems = DeploymentChecks.RoleMismatches(RoleActions(RoleModule), runbookActions).ToList();

        Assert.Contains("a runbook calls Microsoft.Web/sites/stop/action but the runbook role (bicep/modules/runbookRole.bicep) does not grant it", problems);
    }

    [Fact]
    public void Role_action_no_runbook_declares_is_reported()
    {
        var copy = BicepTemplateTests.WriteTemp(File.ReadAllLines(RoleModule)
            .Select(l => l == "var dataActions = [" ? "var dataActions = [\n  'Microsoft.KeyVault/vaults/secrets/getSecret/action'" : l));

        var problems = DeploymentChecks.RoleMismatches(RoleActions(copy), App.Value.RunbookActions).ToList();

        Assert.Contains("the runbook role grants Microsoft.KeyVault/vaults/secrets/getSecret/action but no registered runbook declares it", problems);
    }

    private static List<string> RoleActions(string path)
    {
        var role = BicepParser.Parse(path);
        return [.. role.StringArrayVariable("controlActions"), .. role.StringArrayVariable("dataActions")];
    }
}
