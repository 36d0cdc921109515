namespace AutoRemediate.Durable.Store;

/// <summary>One committed history event: its position in the instance's history and its serialised form.</summary>
/// <remarks>The store treats <see cref="Payload"/> as opaque text; the engine owns its format.</remarks>
public sealed record StoredEvent(int Sequence, string Payload);
