using AutoRemediate.Core.Audit;
using Microsoft.Extensions.DependencyInjection;

namespace AutoRemediate.Functions.Tests.Support;

/// <summary>
/// The real audit log, except that appending a record of one kind first stalls: a way to make a stage's work
/// overrun its deadline without touching the orchestration.
/// </summary>
internal sealed class StallingAuditLog(IAuditLog inner, AuditRecordKind stallOn, TimeSpan stall) : IAuditLog
{
    /// <summary>Wraps the app's registered audit log so that appending <paramref name="kind"/> stalls.</summary>
    public static void Install(IServiceCollection services, AuditRecordKind kind, TimeSpan stall)
    {
        var audit = services.Last(d => d.ServiceType == typeof(IAuditLog));
        services.Remove(audit);
        services.AddSingleton<IAuditLog>(sp => new StallingAuditLog(
            audit.ImplementationFactory is { } factory ? (IAuditLog)factory(sp) : (IAuditLog)audit.ImplementationInstance!,
            kind,
            stall));
    }

    public async Task<AuditRecord> AppendAsync(AuditEntry entry, CancellationToken cancellationToken = default)
    {
        if (entry.Kind == stallOn)
        {
            await Task.Delay(stall, cancellationToken);
        }

        return await inner.AppendAsync(entry, cancellationToken);
    }

    public IAsyncEnumerable<AuditRecord> ReadChainAsync(string remediationId, CancellationToken cancellationToken = default) =>
        inner.ReadChainAsync(remediationId, cancellationToken);

    public IAsyncEnumerable<AuditRecord> QueryByResourceAsync(string resourceId, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken = default) =>
        inner.QueryByResourceAsync(resourceId, from, to, cancellationToken);

    public IAsyncEnumerable<AuditRecord> QueryByTimeAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken = default) =>
        inner.QueryByTimeAsync(from, to, cancellationToken);

    public Task<AuditVerificationReport> VerifyAsync(string remediationId, CancellationToken cancellationToken = default) =>
        inner.VerifyAsync(remediationId, cancellationToken);

    public Task<AuditDayReport> VerifyDayAsync(DateOnly day, CancellationToken cancellationToken = default) =>
        inner.VerifyDayAsync(day, cancellationToken);
}
