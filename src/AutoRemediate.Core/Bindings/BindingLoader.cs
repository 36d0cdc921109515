using System.Collections.Frozen;

namespace AutoRemediate.Core.Bindings;

/// <summary>
/// Loads and validates binding files into a <see cref="BindingCatalog"/>. Every error in every file is reported
/// with file:line:column; with any error the result has no catalog (all-or-nothing).
/// </summary>
public sealed class BindingLoader
{
    private readonly FrozenSet<string> knownRunbooks;
    private readonly PolicyNames? policy;

    /// <summary>
    /// Creates a loader that accepts the given runbook names (e.g. <see cref="BuiltInRunbooks"/>) and, with
    /// <paramref name="policy"/>, only the change windows and SLOs it defines.
    /// </summary>
    public BindingLoader(IEnumerable<string> knownRunbooks, PolicyNames? policy = null)
    {
        ArgumentNullException.ThrowIfNull(knownRunbooks);
        this.knownRunbooks = knownRunbooks.ToFrozenSet(StringComparer.Ordinal);
        this.policy = policy;
    }

    /// <summary>The runbooks AutoRemediate ships: restart, scale-out, rotate-certificate, drain-queue.</summary>
    public static IReadOnlyCollection<string> BuiltInRunbooks { get; } =
        new[] { "restart", "scale-out", "rotate-certificate", "drain-queue" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Parses all files; duplicate ids are checked across files in path order.</summary>
    public BindingLoadResult Load(IEnumerable<BindingFile> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        var errors = new List<BindingError>();
        var bindings = new List<RunbookBinding>();
        var seen = new Dictionary<string, BindingError>(StringComparer.Ordinal);

        foreach (var file in files.OrderBy(f => f.Path, StringComparer.Ordinal))
        {
            var parser = new BindingFileParser(file, knownRunbooks, policy);
            foreach (var (binding, idAt) in parser.Parse())
            {
                var here = new BindingError(file.Path, (int)idAt.Line, (int)idAt.Column, string.Empty);
                if (seen.TryGetValue(binding.Id, out var first))
                {
                    errors.Add(here with { Message = $"duplicate binding id '{binding.Id}': already defined at {first.File}:{first.Line}:{first.Column}" });
                    continue;
                }

                seen[binding.Id] = here;
                bindings.Add(binding);
            }

            errors.AddRange(parser.Errors);
        }

        var sorted = errors
            .OrderBy(e => e.File, StringComparer.Ordinal)
            .ThenBy(e => e.Line)
            .ThenBy(e => e.Column)
            .ToArray();
        return sorted.Length == 0
            ? new BindingLoadResult(new BindingCatalog(bindings), [])
            : new BindingLoadResult(null, sorted);
    }
}
