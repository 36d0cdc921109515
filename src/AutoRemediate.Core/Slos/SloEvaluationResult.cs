namespace AutoRemediate.Core.Slos;

/// <summary>An evaluation, or why the counts could not be evaluated (then no evaluation).</summary>
/// <param name="Evaluation">The evaluation when every count was valid.</param>
/// <param name="Error">What is wrong with the input, naming the SLO and window.</param>
public sealed record SloEvaluationResult(SloEvaluation? Evaluation, string? Error)
{
    /// <summary>True when there is an evaluation.</summary>
    public bool IsSuccess => Evaluation is not null;
}
