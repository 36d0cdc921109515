namespace AutoRemediate.Core.Audit;

/// <summary>Who acted.</summary>
/// <remarks>WARNING: the member name is part of the canonical form; never rename or remove a member.</remarks>
public enum AuditActorType
{
    /// <summary>The automation itself (an orchestration, activity or watchdog).</summary>
    System = 1,

    /// <summary>A person (operator, approver), identified by their sign-in.</summary>
    User = 2,

    /// <summary>Another system calling the API with its own identity (a webhook sender, a pipeline).</summary>
    Service = 3,
}
