namespace AutoRemediate.Core.Bindings;

/// <summary>Escalate when the same alert fires again <paramref name="Count"/> times within <paramref name="Window"/> after remediations.</summary>
/// <param name="Count">Re-firings that count as flapping.</param>
/// <param name="Window">Sliding window the re-firings are counted in.</param>
public sealed record FlapDetectionSettings(int Count, TimeSpan Window);
