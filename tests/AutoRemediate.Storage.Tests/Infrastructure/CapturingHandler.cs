using System.Net;

namespace AutoRemediate.Storage.Tests.Infrastructure;

/// <summary>An in-process HTTP handler that records requests and answers each with a fixed status.</summary>
internal sealed class CapturingHandler(HttpStatusCode status = HttpStatusCode.Created) : HttpMessageHandler
{
    public List<HttpRequestMessage> Requests { get; } = [];

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Requests.Add(request);
        return Task.FromResult(new HttpResponseMessage(status) { Content = new StringContent(string.Empty) });
    }
}
