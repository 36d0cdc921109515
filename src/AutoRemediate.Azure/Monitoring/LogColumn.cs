namespace AutoRemediate.Azure.Monitoring;

/// <summary>A column of a Log Analytics result table.</summary>
/// <param name="Name">The column name.</param>
/// <param name="Type">The Kusto type, e.g. <c>string</c>, <c>datetime</c>, <c>long</c>, <c>real</c>.</param>
public sealed record LogColumn(string Name, string Type);
