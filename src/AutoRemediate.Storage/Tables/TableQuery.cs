namespace AutoRemediate.Storage.Tables;

/// <summary>A table query; build <see cref="Filter"/> with <see cref="TableFilter"/>.</summary>
/// <param name="Filter">An OData filter, or null for every entity.</param>
/// <param name="Select">Properties to return (keys and ETag always come back), or null for all.</param>
/// <param name="Top">The most entities per page (the service caps a page at 1,000).</param>
public sealed record TableQuery(string? Filter = null, IReadOnlyList<string>? Select = null, int? Top = null);
