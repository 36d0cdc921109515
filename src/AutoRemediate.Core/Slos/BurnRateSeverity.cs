namespace AutoRemediate.Core.Slos;

/// <summary>How urgently a firing burn-rate rule wants a human.</summary>
public enum BurnRateSeverity
{
    /// <summary>Wake someone up: the budget is going fast.</summary>
    Page,

    /// <summary>Open a ticket: the budget is going slowly but surely.</summary>
    Ticket,
}
