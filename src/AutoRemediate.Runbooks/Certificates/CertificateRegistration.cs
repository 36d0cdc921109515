using AutoRemediate.Runbooks.Hosting;
using Microsoft.DurableTask;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace AutoRemediate.Runbooks.Certificates;

/// <summary>Registers the rotate-certificate runbook and its activities.</summary>
internal static class CertificateRegistration
{
    public static DurableTasksBuilder AddRotateCertificateRunbook(this DurableTasksBuilder engine)
    {
        engine.Services.TryAddSingleton(TimeProvider.System);
        engine.Services.TryAddSingleton<CertificateRotationWorker>();
        engine.Services.AddSingleton<IRunbook, RotateCertificateRunbook>();
        return engine
            .AddActivity<CertificateInspectActivity>(CertificateInspectActivity.Name)
            .AddActivity<CertificatePlanActivity>(CertificatePlanActivity.Name)
            .AddActivity<CertificateBeginActivity>(CertificateBeginActivity.Name)
            .AddActivity<CertificateCheckActivity>(CertificateCheckActivity.Name)
            .AddActivity<CertificateVerifyActivity>(CertificateVerifyActivity.Name)
            .AddActivity<CertificateRefreshActivity>(CertificateRefreshActivity.Name);
    }
}
