namespace AutoRemediate.Functions.SelfCheck;

/// <summary>The self-check's input: how long it waits for the <c>continue</c> event before giving up.</summary>
internal sealed record SelfCheckInput(int EventTimeoutSeconds);
