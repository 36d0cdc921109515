namespace AutoRemediate.Core.Guardrails.Policy;

/// <summary>Where an SLO's bad and total event counts over its window are read from.</summary>
public abstract record SloBudgetSource
{
    /// <summary>A short description for verdicts and logs.</summary>
    public abstract string Describe();
}
