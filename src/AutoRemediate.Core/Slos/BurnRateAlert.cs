namespace AutoRemediate.Core.Slos;

/// <summary>A burn-rate rule that fired, with the figures of both its windows.</summary>
/// <param name="Rule">The rule.</param>
/// <param name="Long">Its long window's figures (burn rate ≥ factor).</param>
/// <param name="Short">Its short window's figures (burn rate ≥ factor).</param>
public sealed record BurnRateAlert(BurnRateRule Rule, WindowBurn Long, WindowBurn Short);
