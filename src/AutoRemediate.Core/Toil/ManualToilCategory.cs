namespace AutoRemediate.Core.Toil;

/// <summary>Manual toil log entries of one category in a window.</summary>
public sealed record ManualToilCategory(string Category, int Entries, double Hours);
