namespace AutoRemediate.Functions.Functions;

/// <summary>
/// One non-HTTP function the app exposes to the Azure Functions host: its name (the invocation route), trigger,
/// the binding name its payload arrives under, and the trigger's target — a queue name or an NCRONTAB schedule,
/// either of which may use <c>%AppSetting%</c> expressions the Functions host resolves.
/// </summary>
internal sealed record FunctionDeclaration(string Name, TriggerKind Trigger, string BindingName, string Target);
