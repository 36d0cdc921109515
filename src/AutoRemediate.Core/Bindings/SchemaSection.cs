namespace AutoRemediate.Core.Bindings;

/// <summary>The keys one mapping in a binding file may have; mirrors a definition in <c>runbooks/bindings.schema.json</c>.</summary>
/// <param name="Name">The section name, equal to the schema's <c>$defs</c> entry (or "file" for the root).</param>
/// <param name="Keys">Every allowed key.</param>
/// <param name="Required">Keys that must be present.</param>
internal sealed record SchemaSection(string Name, IReadOnlyList<string> Keys, IReadOnlyList<string> Required);
