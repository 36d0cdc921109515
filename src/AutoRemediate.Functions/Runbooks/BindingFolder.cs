using AutoRemediate.Core.Bindings;

namespace AutoRemediate.Functions.Runbooks;

/// <summary>
/// Where the binding files live and how they are read: the host does the file I/O so the loader stays pure.
/// The setting <c>Runbooks:Path</c> names the folder; by default it is the <c>runbooks</c> folder copied next to
/// the app binary at build time, so development (<c>dotnet run</c>) and deployment read the same files.
/// </summary>
internal static class BindingFolder
{
    public const string SettingName = "Runbooks:Path";

    public static string Resolve(IConfiguration configuration) =>
        configuration[SettingName] is { Length: > 0 } configured ? configured : Path.Combine(AppContext.BaseDirectory, "runbooks");

    /// <summary>
    /// Loads every <c>*.yaml</c> of <paramref name="folder"/>; a missing or empty folder is an error, not an empty catalog.
    /// Bindings may name the runbooks in <paramref name="knownRunbooks"/> (default: the built-in ones).
    /// </summary>
    public static BindingLoadResult Load(string folder, PolicyNames? policy = null, IEnumerable<string>? knownRunbooks = null)
    {
        if (!Directory.Exists(folder))
        {
            return new BindingLoadResult(null, [new BindingError(folder, 1, 1, $"binding folder does not exist (set {SettingName})")]);
        }

        var files = Directory.EnumerateFiles(folder, "*.yaml")
            .Order(StringComparer.Ordinal)
            .Select(path => new BindingFile(path, File.ReadAllBytes(path)))
            .ToArray();
        if (files.Length == 0)
        {
            // An empty folder would leave every alert unmatched; that is a deployment mistake, not a configuration.
            return new BindingLoadResult(null, [new BindingError(folder, 1, 1, "binding folder holds no *.yaml files")]);
        }

        return new BindingLoader(knownRunbooks ?? BindingLoader.BuiltInRunbooks, policy).Load(files);
    }
}
