using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Nodes;
using AutoRemediate.Azure.Requests;
using Azure;
using Azure.Core;

namespace AutoRemediate.Azure.Pipeline;

/// <summary>
/// What a dry run answers a change with: 200 and the request's own JSON body with an <c>id</c> (the resource path for
/// ARM, the URL for Key Vault), which is enough for the SDK clients to build their result objects. No operation
/// headers, so nothing is polled; no request ids, since nothing was sent.
/// </summary>
internal sealed class DryRunResponse : Response
{
    private readonly MemoryStream _content;

    private DryRunResponse(byte[] content) => _content = new MemoryStream(content, writable: false);

    public override int Status => 200;

    public override string ReasonPhrase => "OK (dry run: not sent)";

    public override Stream? ContentStream
    {
        get => _content;
        set => throw new NotSupportedException("A dry-run response's content is fixed.");
    }

    public override string ClientRequestId { get; set; } = string.Empty;

    public static DryRunResponse For(ArmRequest request)
    {
        var body = request.Body is not null && JsonNode.Parse(request.Body) is JsonObject json ? json : [];
        body["id"] = request.Audience == AzureAudience.ResourceManager ? request.Uri.AbsolutePath : request.Uri.GetLeftPart(UriPartial.Path);
        return new DryRunResponse(System.Text.Encoding.UTF8.GetBytes(body.ToJsonString()));
    }

    /// <remarks>Keeps the content readable: SDK clients may read it after disposing the message, and there is nothing to release.</remarks>
    public override void Dispose()
    {
    }

    protected override bool ContainsHeader(string name) => name.Equals("Content-Type", StringComparison.OrdinalIgnoreCase);

    protected override IEnumerable<HttpHeader> EnumerateHeaders() => [new HttpHeader("Content-Type", "application/json")];

    protected override bool TryGetHeader(string name, [NotNullWhen(true)] out string? value)
    {
        value = ContainsHeader(name) ? "application/json" : null;
        return value is not null;
    }

    protected override bool TryGetHeaderValues(string name, [NotNullWhen(true)] out IEnumerable<string>? values)
    {
        values = TryGetHeader(name, out var value) ? [value] : null;
        return values is not null;
    }
}
