using AutoRemediate.Core.Toil;

namespace AutoRemediate.Functions.Toil;

/// <summary>The answer of <c>GET /api/toil</c>: the manual entries done in [from, to), oldest first.</summary>
internal sealed record ManualToilList(DateTimeOffset From, DateTimeOffset To, int TotalMinutes, IReadOnlyList<ManualToilEntry> Entries);
