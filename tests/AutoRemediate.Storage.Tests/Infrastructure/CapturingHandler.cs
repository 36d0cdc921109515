using System.Net;

namespace AutoRemediate.Storage.Tests.Infrastructure;

/// <summary>An in-process HTTP handler that records requests (and their bodies) and answers each with a fixed status.</summary>
internal sealed class CapturingHandler(HttpStatusCode status = HttpStatusCode.Created) : HttpMessageHandler
{
    public List<HttpRequestMessage> Requests { get; } = [];

    /// <summary>Each request's body as sent, read before the client disposes it.</summary>
    public List<string> Bodies { get; } = [];

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Requests.Add(request);
        Bodies.Add(request.Content is null ? string.Empty : await request.Content.ReadAsStringAsync(cancellationToken));
        return new HttpResponseMessage(status) { Content = new StringContent(string.Empty) };
    }
}
