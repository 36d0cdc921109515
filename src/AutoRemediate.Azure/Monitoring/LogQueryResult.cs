namespace AutoRemediate.Azure.Monitoring;

/// <summary>The tables a Log Analytics query returned.</summary>
/// <param name="Tables">The result tables, the query's result first.</param>
/// <param name="PartialError">Set when the service returned partial results with an error (e.g. a limit was hit).</param>
public sealed record LogQueryResult(IReadOnlyList<LogTable> Tables, string? PartialError);
