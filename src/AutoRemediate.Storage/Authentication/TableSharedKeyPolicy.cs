using AutoRemediate.Storage.Configuration;
using Azure.Core;
using Azure.Core.Pipeline;

namespace AutoRemediate.Storage.Authentication;

/// <summary>
/// Signs Table service requests. The Table service's strings differ from Blob/Queue: SharedKey is
/// VERB, Content-MD5, Content-Type, Date, CanonicalizedResource; SharedKeyLite is Date, CanonicalizedResource;
/// neither includes x-ms- headers, and the resource keeps only the <c>comp</c> query parameter.
/// </summary>
internal sealed class TableSharedKeyPolicy(StorageSharedKeyCredential credential, TableAuthenticationScheme scheme) : HttpPipelineSynchronousPolicy
{
    public override void OnSendingRequest(HttpMessage message)
    {
        var request = message.Request;
        var uri = request.Uri.ToUri();
        // With x-ms-date present, the Table service signs its value in the Date position.
        var date = Header(request, "x-ms-date") is { Length: > 0 } msDate ? msDate : Header(request, "Date");
        var resource = CanonicalizedResource(credential.AccountName, uri);
        var stringToSign = scheme == TableAuthenticationScheme.SharedKeyLite
            ? $"{date}\n{resource}"
            : $"{request.Method.Method}\n{Header(request, "Content-MD5")}\n{Header(request, "Content-Type")}\n{date}\n{resource}";
        var name = scheme == TableAuthenticationScheme.SharedKeyLite ? "SharedKeyLite" : "SharedKey";
        request.Headers.SetValue("Authorization", $"{name} {credential.AccountName}:{credential.Sign(stringToSign)}");
    }

    /// <summary>
    /// "/account" + the encoded path; path-style endpoints (Azurite) put the account in the path too, so it appears twice.
    /// </summary>
    internal static string CanonicalizedResource(string accountName, Uri uri)
    {
        var resource = $"/{accountName}{uri.AbsolutePath}";
        var comp = SharedKeyQuery.Parse(uri.Query).FirstOrDefault(p => p.Name == "comp");
        return comp.Name is null ? resource : $"{resource}?comp={comp.Value}";
    }

    private static string Header(Request request, string name) => request.Headers.TryGetValue(name, out var value) ? value : string.Empty;
}
