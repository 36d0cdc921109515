namespace AutoRemediate.Functions.Toil;

/// <summary>What one attempt to compute a window's report did.</summary>
internal enum ToilRunStatus
{
    /// <summary>This host computed and stored the report.</summary>
    Generated,

    /// <summary>Another host holds the window, or its report is already done; nothing was computed.</summary>
    Skipped,
}
