namespace AutoRemediate.Core.Bindings;

/// <summary>
/// The outcome of loading binding files. Loading is all-or-nothing: with any error there is no catalog, so the
/// host keeps running with its previous catalog instead of silently dropping a broken binding.
/// </summary>
/// <param name="Catalog">The loaded catalog, or null when <paramref name="Errors"/> is not empty.</param>
/// <param name="Errors">Every problem found in every file, sorted by file, line and column.</param>
public sealed record BindingLoadResult(BindingCatalog? Catalog, IReadOnlyList<BindingError> Errors)
{
    /// <summary>True when the files loaded without errors.</summary>
    public bool IsSuccess => Catalog is not null && Errors.Count == 0;

    /// <summary>The catalog, or a <see cref="BindingCatalogException"/> listing every error.</summary>
    public BindingCatalog EnsureSuccess() => IsSuccess ? Catalog! : throw new BindingCatalogException(Errors);
}
