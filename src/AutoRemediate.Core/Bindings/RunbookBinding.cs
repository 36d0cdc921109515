namespace AutoRemediate.Core.Bindings;

/// <summary>
/// One binding from <c>runbooks/*.yaml</c>: which alerts it matches, which runbook it runs with which parameters,
/// and the guardrail and approval settings that apply. Bindings are data; they never execute anything.
/// </summary>
public sealed record RunbookBinding
{
    /// <summary>Unique id across all binding files, e.g. <c>checkout-5xx-restart</c>.</summary>
    public required string Id { get; init; }

    /// <summary>The author's version number (bumped on intentional changes).</summary>
    public required int Version { get; init; }

    /// <summary>Lower-case hex SHA-256 of the file the binding came from; recorded in the audit log with every run.</summary>
    public required string ContentHash { get; init; }

    /// <summary>The file the binding was loaded from, as given to the loader.</summary>
    public required string SourceFile { get; init; }

    /// <summary>The 1-based line of the binding in <see cref="SourceFile"/>.</summary>
    public required int SourceLine { get; init; }

    /// <summary>Team or person accountable for the binding.</summary>
    public required string Owner { get; init; }

    /// <summary>What the binding is for, in words.</summary>
    public string Description { get; init; } = string.Empty;

    /// <summary>Breaks ties between equally specific matches; higher wins. Default 0.</summary>
    public int Priority { get; init; }

    /// <summary>Disabled bindings are loaded and validated but never match.</summary>
    public bool Enabled { get; init; } = true;

    /// <summary>The match rules.</summary>
    public required BindingMatch Match { get; init; }

    /// <summary>The runbook to run and its parameters.</summary>
    public required RunbookInvocation Runbook { get; init; }

    /// <summary>Guardrail settings; omitted values take the documented safe defaults.</summary>
    public GuardrailSettings Guardrails { get; init; } = GuardrailSettings.Defaults;

    /// <summary>When a human must approve before the runbook acts.</summary>
    public ApprovalPolicy Approval { get; init; } = ApprovalPolicy.Defaults;

    /// <summary>How to check, after acting, that the action helped; null when the binding declares no check.</summary>
    public VerificationSettings? Verification { get; init; }

    /// <summary>True (the default) records the planned actions without executing them; a binding must opt out explicitly.</summary>
    public bool DryRun { get; init; } = true;

    /// <summary>Minutes of manual work one successful run saves, for toil accounting; always &gt; 0.</summary>
    public required int ManualEffortMinutes { get; init; }

    /// <summary>"id v3 (file.yaml)", for reasons and audit lines.</summary>
    public string DisplayName => $"'{Id}' v{Version} ({SourceFile})";
}
