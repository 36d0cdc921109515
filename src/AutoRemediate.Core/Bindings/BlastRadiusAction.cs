namespace AutoRemediate.Core.Bindings;

/// <summary>What to do when a run would touch more than the allowed share of the fleet.</summary>
public enum BlastRadiusAction
{
    /// <summary>Refuse the run.</summary>
    Block,

    /// <summary>Run in sequential batches that each stay within the share.</summary>
    Split,
}
