using AutoRemediate.Runbooks.Hosting;
using AutoRemediate.Functions.Guardrails;
using Microsoft.DurableTask;
using AutoRemediate.Functions.Remediation.Steps;
using AutoRemediate.Functions.Runbooks;
using AutoRemediate.Storage.Audit;
using AutoRemediate.Storage.Guardrails;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace AutoRemediate.Functions.Remediation;

/// <summary>Registers the remediation orchestration, its activities and what they need: catalog, audit log, guardrail state.</summary>
/// <remarks>
/// Approvals come from the approvals feature (<c>Approvals:Enabled</c>, see ApprovalRegistration); when it is off,
/// remediations needing approval escalate.
/// </remarks>
internal static class RemediationRegistration
{
    public static DurableTasksBuilder AddRemediation(this DurableTasksBuilder engine, IConfiguration configuration)
    {
        var services = engine.Services;
        services.AddBindingCatalog(configuration);
        // Table names are settings (AuditLog:TableName, AuditLog:IndexTableName, GuardrailState:TableName) so
        // several installations, or tests, can share one storage account without sharing state.
        services.AddAzureAuditLog(options => configuration.GetSection("AuditLog").Bind(options));
        services.AddAzureGuardrailState(options => configuration.GetSection("GuardrailState").Bind(options));
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<GuardrailEvaluator>();
        services.TryAddSingleton<GuardrailInputReader>();
        services.TryAddSingleton<SloBudgetReader>();
        services.AddOptions<RemediationOptions>()
            .Bind(configuration.GetSection(RemediationOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        return engine
            .AddOrchestrator<RemediationOrchestrator>(RemediationOrchestration.Name)
            .AddActivity<AppendAuditActivity>(AppendAuditActivity.Name)
            .AddActivity<MatchBindingActivity>(MatchBindingActivity.Name)
            .AddActivity<EvaluateGuardrailsActivity>(EvaluateGuardrailsActivity.Name)
            .AddActivity<StartRunActivity>(StartRunActivity.Name)
            .AddActivity<DryRunActionActivity>(DryRunActionActivity.Name)
            .AddActivity<PrepareRunbookActivity>(PrepareRunbookActivity.Name)
            .AddActivity<FinishRunActivity>(FinishRunActivity.Name)
            .AddActivity<RecordRefiringActivity>(RecordRefiringActivity.Name)
            .AddActivity<RequestRemediationApprovalActivity>(RequestRemediationApprovalActivity.Name)
            .AddActivity<CancelRemediationApprovalActivity>(CancelRemediationApprovalActivity.Name);
    }
}
