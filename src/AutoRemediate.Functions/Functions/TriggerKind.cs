namespace AutoRemediate.Functions.Functions;

/// <summary>The Azure Functions trigger a declared function is bound to.</summary>
internal enum TriggerKind
{
    Queue,
    Timer,
}
