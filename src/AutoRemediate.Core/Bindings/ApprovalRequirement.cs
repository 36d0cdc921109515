namespace AutoRemediate.Core.Bindings;

/// <summary>When a binding requires human approval.</summary>
public enum ApprovalRequirement
{
    /// <summary>Only when a guardrail asks for approval or one of the binding's conditions holds (the default).</summary>
    WhenGuardrailsAsk,

    /// <summary>Every run needs approval.</summary>
    Always,

    /// <summary>Never wait for a human; a guardrail asking for approval then blocks the run instead.</summary>
    Never,
}
