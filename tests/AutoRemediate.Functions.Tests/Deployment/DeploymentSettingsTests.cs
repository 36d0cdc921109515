using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;
using AutoRemediate.Functions.Functions;

namespace AutoRemediate.Functions.Tests.Deployment;

/// <summary>
/// Every setting the app reads is documented in local.settings.sample.json and set by main.bicep or defaulted, and
/// neither file sets anything the app does not read. A failure names the setting and the file to fix.
/// </summary>
public sealed partial class DeploymentSettingsTests
{
    /// <summary>What only the deployment can know: the account, the identity, the secrets, the public address.</summary>
    private static readonly string[] RequiredInAzure =
    [
        "AzureWebJobsStorage__accountName", "AzureWebJobsStorage__credential", "AzureWebJobsStorage__clientId",
        "Durable__TaskHub", "Webhook__KeyHashes", "Approvals__SigningKeys", "Approvals__ActiveKeyId", "Audit__Keys", "Audit__ActiveKeyId",
        "Approvals__PublicBaseUrl", "Teams__WebhookUrl", "Azure__ManagedIdentityClientId",
    ];

    private static readonly Lazy<AppSettingsInventory> App = new(AppSettingsInventory.Discover);

    private static string FunctionAppModule => Path.Combine(BicepParser.BicepFolder, "modules", "functionApp.bicep");

    [Fact]
    public void Inventory_finds_options_bound_settings_collections_and_raw_reads()
    {
        var app = App.Value;

        var found = $"settings: {string.Join(", ", app.Settings.Order())}; collections: {string.Join(", ", app.Collections.Order())}";
        Assert.True(app.Settings.Contains("Webhook__MaxBodyBytes"), found);
        Assert.True(app.Settings.Contains("Durable__MaxQueuePollingInterval"), found);
        Assert.True(app.Collections.Contains("Webhook__KeyHashes"), found);
        Assert.True(app.Settings.Contains("AzureWebJobsStorage__accountName"), found);
    }

    [Fact]
    public void Every_setting_the_app_reads_is_in_the_sample_settings()
    {
        Assert.Empty(DeploymentChecks.SettingsMissingFromSample(App.Value, SampleNames()));
    }

    [Fact]
    public void Sample_settings_list_nothing_the_app_does_not_read()
    {
        Assert.Empty(DeploymentChecks.SettingsNobodyReads(App.Value, SampleNames(), "local.settings.sample.json"));
    }

    [Fact]
    public void Every_setting_is_set_by_the_template_or_has_a_documented_default()
    {
        Assert.Empty(DeploymentChecks.SettingsUnsetInDeployment(App.Value, BicepNames(FunctionAppModule), SampleNames(), RequiredInAzure));
    }

    [Fact]
    public void Template_sets_nothing_the_app_or_platform_does_not_read()
    {
        var names = BicepNames(FunctionAppModule);

        Assert.Contains("Durable__TaskHub", names);
        Assert.Empty(DeploymentChecks.SettingsNobodyReads(App.Value, names, "main.bicep"));
    }

    [Fact]
    public void Every_app_setting_a_function_trigger_names_is_set_by_the_template()
    {
        var names = BicepNames(FunctionAppModule);
        var named = FunctionCatalog.All.SelectMany(f => SettingReference().Matches(f.Target).Select(m => (f.Name, Setting: m.Groups[1].Value))).ToList();

        Assert.Contains(("ToilDailyReport", "Toil__DailySchedule"), named);
        Assert.Empty(named.Where(n => !names.Contains(n.Setting)).Select(n => $"{n.Name} names %{n.Setting}%, which the Functions host resolves only from app settings, but main.bicep does not set it"));
    }

    [Fact]
    public void Every_direct_configuration_read_in_the_app_is_listed()
    {
        var assemblies = new[] { typeof(Program).Assembly, typeof(global::AutoRemediate.Runbooks.RunbookCatalog).Assembly, typeof(global::AutoRemediate.Storage.StorageClientFactory).Assembly, typeof(global::AutoRemediate.Azure.Configuration.AzureActuatorOptions).Assembly };

        var readers = ConfigurationReadSites.ReaderTypes(assemblies);

        Assert.Empty(readers.Except(RawSettingReads.ByReader.Keys).Select(t => $"{t} reads configuration directly; list its keys in RawSettingReads"));
        Assert.Empty(RawSettingReads.ByReader.Keys.Except(readers).Select(t => $"{t} no longer reads configuration directly; remove it from RawSettingReads"));
    }

    [Fact]
    public void Template_copy_without_a_required_setting_is_reported()
    {
        var complete = DeploymentChecks.SettingsUnsetInDeployment(App.Value, BicepNames(FunctionAppModule), SampleNames(), RequiredInAzure).ToList();
        var copy = BicepTemplateTests.WriteTemp(File.ReadAllLines(FunctionAppModule).Where(l => !l.Contains("'Durable__TaskHub'", StringComparison.Ordinal)));

        var problems = DeploymentChecks.SettingsUnsetInDeployment(App.Value, BicepNames(copy), SampleNames(), RequiredInAzure).ToList();

        Assert.Equal([.. complete, "Durable__TaskHub must be set by main.bicep in Azure but is not"], problems);
    }

    [Fact]
    public void Template_copy_setting_something_unread_is_reported()
    {
        var copy = BicepTemplateTests.WriteTemp(File.ReadAllLines(FunctionAppModule)
            .Select(l => l.Contains("'Durable__TaskHub'", StringComparison.Ordinal) ? l + "\n  { name: 'Durable__TaskHubb', value: taskHub }" : l));

        var problems = DeploymentChecks.SettingsNobodyReads(App.Value, BicepNames(copy), "main.bicep").ToList();

        Assert.Equal(["main.bicep sets Durable__TaskHubb, which neither the app nor the Functions platform reads"], problems);
    }

    [Fact]
    public void Setting_read_by_the_app_but_missing_from_sample_and_template_is_reported()
    {
        var app = App.Value.With("Dashboard__Title");

        Assert.Contains("Dashboard__Title is read by the app but local.settings.sample.json does not list it with its default", DeploymentChecks.SettingsMissingFromSample(app, SampleNames()));
        Assert.Contains(DeploymentChecks.SettingsUnsetInDeployment(app, BicepNames(FunctionAppModule), SampleNames(), []), p => p.StartsWith("Dashboard__Title has no documented default", StringComparison.Ordinal));
    }

    [GeneratedRegex("%([^%]+)%", RegexOptions.CultureInvariant)]
    private static partial Regex SettingReference();

    private static List<string> BicepNames(string path) => [.. BicepParser.Parse(path).AppSettingNames()];

    private static List<string> SampleNames()
    {
        using var sample = JsonDocument.Parse(File.ReadAllText(Path.Combine(BicepParser.Root, "local.settings.sample.json")));
        return [.. sample.RootElement.GetProperty("Values").EnumerateObject().Select(p => p.Name)];
    }
}
