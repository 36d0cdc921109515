using AutoRemediate.Functions.Roles;
using AutoRemediate.Runbooks.Hosting;
using AutoRemediate.Core.Approvals;
using Microsoft.DurableTask;
using AutoRemediate.Functions.Teams;
using AutoRemediate.Storage.Approvals;
using Microsoft.Extensions.Options;

namespace AutoRemediate.Functions.Approvals;

/// <summary>Registers the approval step (store, tokens, Teams, pages, activities) when <c>Approvals:Enabled</c> is true.</summary>
internal static class ApprovalRegistration
{
    public static bool IsEnabled(IConfiguration configuration) =>
        configuration.GetValue<bool>($"{ApprovalOptions.SectionName}:{nameof(ApprovalOptions.Enabled)}");

    public static DurableTasksBuilder AddApprovals(this DurableTasksBuilder engine, IConfiguration configuration)
    {
        if (!IsEnabled(configuration))
        {
            return engine;
        }

        var services = engine.Services;
        services.AddOptions<ApprovalOptions>().Bind(configuration.GetSection(ApprovalOptions.SectionName)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<ApprovalOptions>, ApprovalOptionsValidator>();
        services.AddAzureTableApprovalStore(configuration[$"{ApprovalOptions.SectionName}:{nameof(ApprovalOptions.TableName)}"] ?? ApprovalOptions.DefaultTableName);
        services.AddSingleton(sp => new ApprovalTokenSigner(ApprovalOptionsValidator.KeyRing(sp.GetRequiredService<IOptions<ApprovalOptions>>().Value)));
        services.AddTeamsWebhook(configuration);
        // Transient like the typed HttpClient it wraps, so handler rotation keeps working.
        services.AddTransient<PagingWebhookClient>();
        services.AddSingleton<ApprovalUrls>();
        services.AddSingleton<ApproverIdentityResolver>();
        services.AddTransient<IApprovalService, ApprovalService>();
        services.AddSingleton<ApprovalViewer>();
        services.AddSingleton<ApprovalRefusalAudit>();
        services.AddOperatorRoles(configuration);
        services.AddTransient<ApprovalDecisionHandler>();
        return engine
            .AddActivity<RequestApprovalActivity>(RequestApprovalActivity.Name)
            .AddActivity<ExpireApprovalActivity>(ExpireApprovalActivity.Name);
    }

    public static void MapApprovalsIfEnabled(this WebApplication app)
    {
        if (IsEnabled(app.Configuration))
        {
            app.MapApprovals();
        }
    }
}
