namespace AutoRemediate.Core.Bindings;

/// <summary>Raised by <see cref="BindingLoadResult.EnsureSuccess"/> when the binding files have errors; lists all of them.</summary>
public sealed class BindingCatalogException : AutoRemediateException
{
    /// <summary>Creates the exception from the loader's errors.</summary>
    public BindingCatalogException(IReadOnlyList<BindingError> errors)
        : base(Describe(errors))
    {
        Errors = errors;
    }

    /// <summary>Every error found, in file and line order.</summary>
    public IReadOnlyList<BindingError> Errors { get; }

    private static string Describe(IReadOnlyList<BindingError> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        return $"{errors.Count} error(s) in binding files:{Environment.NewLine}{string.Join(Environment.NewLine, errors)}";
    }
}
