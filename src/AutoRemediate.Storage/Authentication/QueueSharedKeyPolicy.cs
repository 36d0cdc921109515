using System.Text;
using Azure.Core;
using Azure.Core.Pipeline;

namespace AutoRemediate.Storage.Authentication;

/// <summary>
/// Signs Queue service requests with SharedKey: the Blob/Queue string to sign (standard headers, canonicalized
/// x-ms- headers, and the resource with every query parameter).
/// </summary>
internal sealed class QueueSharedKeyPolicy(StorageSharedKeyCredential credential) : HttpPipelineSynchronousPolicy
{
    private static readonly string[] SignedHeaders =
    [
        "Content-Encoding", "Content-Language", "Content-Length", "Content-MD5", "Content-Type", "Date",
        "If-Modified-Since", "If-Match", "If-None-Match", "If-Unmodified-Since", "Range",
    ];

    public override void OnSendingRequest(HttpMessage message)
    {
        var request = message.Request;
        var builder = new StringBuilder().Append(request.Method.Method).Append('\n');
        foreach (var header in SignedHeaders)
        {
            builder.Append(header == "Content-Length" ? ContentLength(request) : Header(request, header)).Append('\n');
        }

        foreach (var header in request.Headers
                     .Where(h => h.Name.StartsWith("x-ms-", StringComparison.OrdinalIgnoreCase))
                     .Select(h => (Name: h.Name.ToLowerInvariant(), Value: h.Value.Trim()))
                     .OrderBy(h => h.Name, StringComparer.Ordinal))
        {
            builder.Append(header.Name).Append(':').Append(header.Value).Append('\n');
        }

        builder.Append(CanonicalizedResource(credential.AccountName, request.Uri.ToUri()));
        request.Headers.SetValue("Authorization", $"SharedKey {credential.AccountName}:{credential.Sign(builder.ToString())}");
    }

    internal static string CanonicalizedResource(string accountName, Uri uri)
    {
        var builder = new StringBuilder().Append('/').Append(accountName).Append(uri.AbsolutePath);
        foreach (var group in SharedKeyQuery.Parse(uri.Query).GroupBy(p => p.Name).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var values = group.Select(p => p.Value).Order(StringComparer.Ordinal);
            builder.Append('\n').Append(group.Key).Append(':').AppendJoin(',', values);
        }

        return builder.ToString();
    }

    // Version 2015-02-21 and later sign an empty string, not "0", for an empty body.
    private static string ContentLength(Request request) =>
        request.Content is not null && request.Content.TryComputeLength(out var length) && length > 0
            ? length.ToString(System.Globalization.CultureInfo.InvariantCulture)
            : string.Empty;

    private static string Header(Request request, string name) => request.Headers.TryGetValue(name, out var value) ? value : string.Empty;
}
