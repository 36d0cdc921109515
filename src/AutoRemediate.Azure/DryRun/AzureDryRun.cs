namespace AutoRemediate.Azure.DryRun;

/// <inheritdoc />
internal sealed class AzureDryRun(AzureClientFactory factory) : IAzureDryRun
{
    public AzureDryRunSession Begin() => new(factory);
}
