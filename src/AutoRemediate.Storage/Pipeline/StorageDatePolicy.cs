using System.Globalization;
using Azure.Core;
using Azure.Core.Pipeline;

namespace AutoRemediate.Storage.Pipeline;

/// <summary>Stamps x-ms-date on every attempt, so a retried request is not rejected as stale and signatures cover it.</summary>
internal sealed class StorageDatePolicy(TimeProvider timeProvider) : HttpPipelineSynchronousPolicy
{
    public override void OnSendingRequest(HttpMessage message) =>
        message.Request.Headers.SetValue("x-ms-date", timeProvider.GetUtcNow().ToString("R", CultureInfo.InvariantCulture));
}
