using DurableTask.Core.Middleware;

namespace AutoRemediate.Server.Engine;

/// <summary>
/// A delegate DurableTask.Core runs around every orchestration turn or activity execution of this process's worker,
/// registered through <see cref="DurableEngineBuilder.UseOrchestrationMiddleware"/> or
/// <see cref="DurableEngineBuilder.UseActivityMiddleware"/>.
/// </summary>
/// <param name="Kind">Which dispatcher runs it.</param>
/// <param name="Middleware">
/// The delegate: it gets the dispatch context (the orchestration instance, the runtime state, the work item and, once
/// <c>next</c> returned, the turn's <c>OrchestratorExecutionResult</c>; for an activity its <c>TaskScheduledEvent</c>)
/// and must call <c>next</c> exactly once.
/// </param>
/// <remarks>
/// An orchestration middleware wraps the execution of the orchestrator code only: the turn's checkpoint (history,
/// messages) is written after it returns, so a process killed in between runs the turn again elsewhere.
/// </remarks>
public sealed record DispatchMiddleware(DispatchMiddlewareKind Kind, Func<DispatchMiddlewareContext, Func<Task>, Task> Middleware);
