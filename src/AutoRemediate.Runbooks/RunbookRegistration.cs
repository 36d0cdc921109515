using AutoRemediate.Runbooks.Hosting;
using AutoRemediate.Azure;
using Microsoft.DurableTask;
using AutoRemediate.Runbooks.Actions;
using AutoRemediate.Runbooks.Certificates;
using AutoRemediate.Runbooks.QueueDrain;
using AutoRemediate.Runbooks.Restart;
using AutoRemediate.Runbooks.ScaleOut;
using AutoRemediate.Runbooks.Verification;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace AutoRemediate.Runbooks;

/// <summary>Registers the Azure actuators, the coded runbooks and their activities.</summary>
public static class RunbookRegistration
{
    /// <summary>
    /// Adds the Azure clients (settings under <c>Azure</c>; the credential is created on first use, so a host that
    /// never runs a runbook never asks for a token) and every built-in runbook with its activities.
    /// </summary>
    public static DurableTasksBuilder AddRunbooks(this DurableTasksBuilder engine, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(engine);
        ArgumentNullException.ThrowIfNull(configuration);
        engine.Services.AddAzureActuators(configuration.GetSection("Azure"));
        engine.Services.AddSingleton<RunbookCatalog>();
        engine.Services.AddSingleton<RunbookActuators>();
        engine.AddDrainQueueRunbook(configuration);
        engine.AddRotateCertificateRunbook();
        engine.Services.AddSingleton<IRunbook, RestartRunbook>();
        engine.Services.AddSingleton<IRunbook, ScaleOutRunbook>();
        return engine
            .AddActivity<VerifyActivity>(VerifyActivity.Name)
            .AddActivity<RestartActivity>(RestartActivity.Name)
            .AddActivity<ScaleSetInstancesActivity>(ScaleSetInstancesActivity.Name)
            .AddActivity<LatestRevisionActivity>(LatestRevisionActivity.Name)
            .AddActivity<ReadCapacityActivity>(ReadCapacityActivity.Name)
            .AddActivity<SetCapacityActivity>(SetCapacityActivity.Name);
    }

    /// <summary>
    /// Adds a runbook of your own to the catalog bindings choose from, by its <see cref="IRunbook.Name"/>; declare its
    /// activities on the returned builder (<c>.AddActivity&lt;RecycleSlotActivity&gt;(RecycleSlotActivity.Name)</c>). The
    /// runbook is a singleton: it must hold no state of a run. Two runbooks with one name stop start-up.
    /// </summary>
    /// <typeparam name="TRunbook">The runbook.</typeparam>
    /// <param name="engine">The builder from <c>services.AddDurableTasks()</c>.</param>
    public static DurableTasksBuilder AddRunbook<TRunbook>(this DurableTasksBuilder engine)
        where TRunbook : class, IRunbook
    {
        ArgumentNullException.ThrowIfNull(engine);
        engine.Services.AddSingleton<IRunbook, TRunbook>();
        return engine;
    }
}
