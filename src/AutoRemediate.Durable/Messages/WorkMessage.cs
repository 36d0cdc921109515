using System.Text.Json.Serialization;

namespace AutoRemediate.Durable.Messages;

/// <summary>A message on the work queue: a request to run something for one instance.</summary>
/// <remarks>
/// WARNING: queued messages outlive deployments (timers wait up to 7 days per hop). The <c>kind</c>
/// discriminators and the property names are a stored format: rename one and messages in flight no longer parse.
/// </remarks>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "kind")]
[JsonDerivedType(typeof(OrchestrationTurnMessage), "turn")]
[JsonDerivedType(typeof(ActivityExecutionMessage), "activity")]
[JsonDerivedType(typeof(TimerMessage), "timer")]
internal abstract record WorkMessage(string InstanceId);
