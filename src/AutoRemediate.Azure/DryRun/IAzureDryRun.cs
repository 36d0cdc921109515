namespace AutoRemediate.Azure.DryRun;

/// <summary>Starts dry runs: clients that read live state but only record the changes they would make.</summary>
public interface IAzureDryRun
{
    /// <summary>A new session with its own record of planned requests.</summary>
    AzureDryRunSession Begin();
}
