using System.Globalization;
using System.Text.Json;
using System.Xml;
using System.Xml.Linq;
using Azure;

namespace AutoRemediate.Storage.Errors;

/// <summary>Turns an error response into the typed exception callers branch on.</summary>
internal static class StorageErrorFactory
{
    public static StorageRequestException FromResponse(Response response, string operation, string resource)
    {
        response.Headers.TryGetValue("x-ms-error-code", out var headerCode);
        response.Headers.TryGetValue("x-ms-request-id", out var requestId);
        var body = response.Content?.ToString() ?? string.Empty;
        return Create(response.Status, headerCode, requestId, body, operation, resource, failedIndex: null);
    }

    public static StorageRequestException Create(
        int status, string? headerCode, string? requestId, string body, string operation, string resource, int? failedIndex, Exception? innerException = null)
    {
        var (bodyCode, bodyMessage) = ParseBody(body);
        var code = string.IsNullOrEmpty(headerCode) ? bodyCode : headerCode;
        if (failedIndex is null && bodyMessage is not null)
        {
            failedIndex = ParseFailedIndex(bodyMessage);
        }

        var indexText = failedIndex is null ? string.Empty : FormattableString.Invariant($" at operation {failedIndex}");
        var detail = bodyMessage is null ? "." : $": {FirstLine(bodyMessage)}";
        var request = requestId is null ? string.Empty : $" (request id {requestId})";
        var message = FormattableString.Invariant($"{operation} on '{resource}' failed with {status} {code ?? "(no error code)"}{indexText}{detail}{request}");

        return Classify(status, code, message, requestId, failedIndex, innerException);
    }

    public static StorageRequestException Transport(Exception exception, string operation, string resource) =>
        new(string.Create(CultureInfo.InvariantCulture, $"{operation} on '{resource}' failed without a response: {exception.Message}"), 0, null, null, exception);

    private static StorageRequestException Classify(int status, string? code, string message, string? requestId, int? index, Exception? inner) => status switch
    {
        404 => new StorageNotFoundException(message, status, code, requestId, inner) { FailedOperationIndex = index },
        409 => new StorageConflictException(message, status, code, requestId, inner) { FailedOperationIndex = index },
        412 => new StoragePreconditionFailedException(message, status, code, requestId, inner) { FailedOperationIndex = index },
        429 or 503 => new StorageThrottledException(message, status, code, requestId, inner) { FailedOperationIndex = index },
        500 when code == "ServerBusy" => new StorageThrottledException(message, status, code, requestId, inner) { FailedOperationIndex = index },
        _ => new StorageRequestException(message, status, code, requestId, inner) { FailedOperationIndex = index },
    };

    /// <summary>Batch errors name the failing operation as "index:message"; other errors carry no index.</summary>
    internal static int? ParseFailedIndex(string message)
    {
        var colon = message.IndexOf(':', StringComparison.Ordinal);
        return colon > 0 && int.TryParse(message.AsSpan(0, colon), NumberStyles.None, CultureInfo.InvariantCulture, out var index)
            ? index
            : null;
    }

    private static (string? Code, string? Message) ParseBody(string body)
    {
        var trimmed = body.TrimStart();
        if (trimmed.StartsWith('{'))
        {
            return ParseJson(trimmed);
        }

        return trimmed.StartsWith('<') ? ParseXml(trimmed) : (null, null);
    }

    private static (string? Code, string? Message) ParseJson(string body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            if (!document.RootElement.TryGetProperty("odata.error", out var error)
                && !document.RootElement.TryGetProperty("error", out error))
            {
                return (null, null);
            }

            var code = error.TryGetProperty("code", out var c) ? c.GetString() : null;
            string? message = null;
            if (error.TryGetProperty("message", out var m))
            {
                message = m.ValueKind == JsonValueKind.Object && m.TryGetProperty("value", out var v) ? v.GetString() : m.ToString();
            }

            return (code, message);
        }
        catch (JsonException)
        {
            return (null, null);
        }
    }

    private static (string? Code, string? Message) ParseXml(string body)
    {
        try
        {
            var root = XElement.Parse(body);
            return (root.Element("Code")?.Value ?? root.Element("code")?.Value, root.Element("Message")?.Value ?? root.Element("message")?.Value);
        }
        catch (XmlException)
        {
            return (null, null);
        }
    }

    private static string FirstLine(string text)
    {
        var newline = text.IndexOfAny(['\r', '\n']);
        return newline < 0 ? text : text[..newline];
    }
}
