namespace AutoRemediate.Functions.Toil;

/// <summary>The body of <c>POST /api/toil</c>.</summary>
internal sealed record ManualToilBody(string? Who, string? What, int? Minutes, string? Category, DateTimeOffset? At);
