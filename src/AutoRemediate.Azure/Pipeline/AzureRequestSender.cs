using Azure;
using Azure.Core;
using AutoRemediate.Azure.Errors;
using AutoRemediate.Azure.Requests;

namespace AutoRemediate.Azure.Pipeline;

/// <summary>Sends an <see cref="ArmRequest"/> through its audience's pipeline and buffers the answer; error statuses throw typed exceptions.</summary>
internal sealed class AzureRequestSender(AzurePipelines pipelines, TimeProvider timeProvider)
{
    public async Task<ArmResponse> SendAsync(ArmRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var pipeline = pipelines.For(request.Audience);
        using var message = pipeline.CreateMessage();
        message.Request.Method = RequestMethod.Parse(request.Method);
        message.Request.Uri.Reset(request.Uri);
        message.Request.Headers.SetValue("Accept", "application/json");
        if (request.Body is not null)
        {
            message.Request.Headers.SetValue("Content-Type", "application/json");
            message.Request.Content = RequestContent.Create(BinaryData.FromString(request.Body));
        }

        try
        {
            await pipeline.SendAsync(message, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is RequestFailedException or IOException or HttpRequestException or AggregateException
            || (exception is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            throw AzureErrorFactory.Transport(request, exception);
        }

        var response = Read(message.Response, request.Uri);
        return response.Status < 400 ? response : throw AzureErrorFactory.FromResponse(request, response);
    }

    private ArmResponse Read(Response response, Uri requestUri) =>
        new(response.Status, BinaryData.FromBytes(response.Content.ToArray()), ResponseHeaderValues.RequestIds(response))
        {
            AsyncOperation = ResponseHeaderValues.AbsoluteUri(response, "Azure-AsyncOperation", requestUri),
            Location = ResponseHeaderValues.AbsoluteUri(response, "Location", requestUri),
            RetryAfter = ResponseHeaderValues.RetryAfter(response, timeProvider.GetUtcNow()),
            RateLimitRemaining = ResponseHeaderValues.RateLimitRemaining(response),
        };
}
