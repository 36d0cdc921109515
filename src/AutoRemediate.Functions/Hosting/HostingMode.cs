namespace AutoRemediate.Functions.Hosting;

/// <summary>How the process is driven.</summary>
public enum HostingMode
{
    /// <summary>The process polls its own work queue and runs its own timers (local runs, tests, containers).</summary>
    SelfHosted,

    /// <summary>
    /// The Azure Functions host drives the process: it forwards HTTP requests and POSTs queue and timer
    /// invocations to the port named by <c>FUNCTIONS_CUSTOMHANDLER_PORT</c>.
    /// </summary>
    CustomHandler,
}
