namespace AutoRemediate.Functions.Runbooks;

/// <summary>The resolved binding folder, registered so logs and the catalog agree on where bindings came from.</summary>
/// <param name="Value">The folder path.</param>
internal sealed record BindingFolderPath(string Value);
