using Azure.Core;
using Azure.Core.Pipeline;

namespace AutoRemediate.Benchmarks.EngineV2;

/// <summary>Counts every storage request the engine's Blob, Queue and Table clients send.</summary>
internal sealed class RequestCounter : HttpPipelineSynchronousPolicy
{
    private long _count;

    public long Count => Interlocked.Read(ref _count);

    public override void OnSendingRequest(HttpMessage message) => Interlocked.Increment(ref _count);
}
