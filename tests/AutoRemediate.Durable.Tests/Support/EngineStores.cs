using AutoRemediate.Durable.Store;

namespace AutoRemediate.Durable.Tests.Support;

/// <summary>A store and queue pair the engine runs against.</summary>
public sealed record EngineStores(IInstanceStore Store, IWorkQueue Queue);
