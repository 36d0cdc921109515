namespace AutoRemediate.Functions.Tests.Deployment;

/// <summary>
/// The settings the app reads directly (<c>configuration["…"]</c>, <c>GetValue</c>, <c>section.Value</c>) rather
/// than through an options class, by the type that reads them. <see cref="ConfigurationReadSites"/> finds every such
/// call in the app's assemblies, and a test fails when a type reads configuration directly but is not listed here.
/// </summary>
internal static class RawSettingReads
{
    public static readonly IReadOnlyDictionary<string, string[]> ByReader = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["AutoRemediate.Functions.Composition.StorageSettings"] =
        [
            "AzureWebJobsStorage", "AzureWebJobsStorage:accountName", "AzureWebJobsStorage:tableServiceUri",
            "AzureWebJobsStorage:queueServiceUri", "AzureWebJobsStorage:credential", "AzureWebJobsStorage:clientId",
        ],
        ["AutoRemediate.Functions.Engine.EngineComposition"] = ["AzureWebJobsStorage", "AzureWebJobsStorage:accountName"],
        ["AutoRemediate.Functions.Hosting.HostingEnvironment"] = ["FUNCTIONS_CUSTOMHANDLER_PORT"],
        ["AutoRemediate.Functions.Approvals.ApprovalRegistration"] = ["Approvals:Enabled", "Approvals:TableName"],
        ["AutoRemediate.Functions.Runbooks.BindingFolder"] = ["Runbooks:Path"],
        ["AutoRemediate.Functions.Runbooks.GuardrailPolicyFile"] = ["GuardrailPolicy:Path"],
        ["AutoRemediate.Functions.Toil.ToilRegistration"] = ["Toil:LedgerTableName", "Toil:ReportTableName"],
    };

    public static IEnumerable<string> Keys => ByReader.Values.SelectMany(keys => keys);
}
