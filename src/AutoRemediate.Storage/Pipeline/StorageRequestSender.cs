using Azure;
using Azure.Core;
using Azure.Core.Pipeline;
using AutoRemediate.Storage.Errors;

namespace AutoRemediate.Storage.Pipeline;

/// <summary>Sends a message and converts failures (error statuses, exhausted retries) into typed exceptions.</summary>
internal static class StorageRequestSender
{
    /// <summary>Sends and returns the response when its status is below 300; throws the typed exception otherwise.</summary>
    public static async Task<Response> SendAsync(HttpPipeline pipeline, HttpMessage message, string operation, string resource, CancellationToken cancellationToken)
    {
        var response = await SendRawAsync(pipeline, message, operation, resource, cancellationToken).ConfigureAwait(false);
        return response.Status < 300 ? response : throw StorageErrorFactory.FromResponse(response, operation, resource);
    }

    /// <summary>Sends and returns whatever the service answered; only transport failures throw.</summary>
    public static async Task<Response> SendRawAsync(HttpPipeline pipeline, HttpMessage message, string operation, string resource, CancellationToken cancellationToken)
    {
        StorageOperation.Set(message, operation);
        try
        {
            await pipeline.SendAsync(message, cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException exception)
        {
            throw StorageErrorFactory.Transport(exception, operation, resource);
        }
        catch (AggregateException exception)
        {
            // Azure.Core's retry policy aggregates the attempts' exceptions once it gives up.
            throw StorageErrorFactory.Transport(exception, operation, resource);
        }

        return message.Response;
    }
}
