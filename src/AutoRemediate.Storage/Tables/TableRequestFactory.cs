using Azure.Core;
using Azure.Core.Pipeline;

namespace AutoRemediate.Storage.Tables;

/// <summary>Builds Table service messages: URIs with escaped keys and the headers every request carries.</summary>
internal sealed class TableRequestFactory(HttpPipeline pipeline, Uri serviceEndpoint, string tableName)
{
    public const string Version = "2019-02-02";
    public const string JsonMinimalMetadata = "application/json;odata=minimalmetadata";
    public const string JsonNoMetadata = "application/json;odata=nometadata";

    private readonly string _serviceBase = serviceEndpoint.AbsoluteUri.TrimEnd('/');

    public string ServiceBase => _serviceBase;

    public string TableUri => $"{_serviceBase}/{tableName}";

    public string EntityUri(string partitionKey, string rowKey) =>
        $"{TableUri}(PartitionKey={EscapeKey(partitionKey)},RowKey={EscapeKey(rowKey)})";

    public HttpMessage Create(RequestMethod method, string uri, byte[]? body = null, string? contentType = null, string? ifMatch = null)
    {
        var message = pipeline.CreateMessage();
        var request = message.Request;
        request.Method = method;
        request.Uri.Reset(new Uri(uri));
        request.Headers.SetValue("x-ms-version", Version);
        request.Headers.SetValue("Accept", JsonMinimalMetadata);
        request.Headers.SetValue("DataServiceVersion", "3.0");
        request.Headers.SetValue("MaxDataServiceVersion", "3.0;NetFx");
        if (ifMatch is not null)
        {
            request.Headers.SetValue("If-Match", ifMatch);
        }

        if (body is not null)
        {
            request.Headers.SetValue("Content-Type", contentType ?? "application/json");
            request.Content = RequestContent.Create(body);
        }

        return message;
    }

    /// <summary>A key as it appears in an entity URI: an OData string literal, percent-encoded.</summary>
    internal static string EscapeKey(string key) => Uri.EscapeDataString(TableFilter.Quote(key));
}
