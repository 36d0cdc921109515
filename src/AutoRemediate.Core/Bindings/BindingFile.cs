namespace AutoRemediate.Core.Bindings;

/// <summary>A binding file's name and bytes; the host reads the files, the loader stays free of I/O.</summary>
/// <param name="Path">The path used in error messages, e.g. <c>runbooks/app-service-restart.yaml</c>.</param>
/// <param name="Content">The file bytes (UTF-8); hashed as the binding's content version.</param>
public sealed record BindingFile(string Path, ReadOnlyMemory<byte> Content);
