using System.Text.Json;
using Azure;
using AutoRemediate.Azure.Pipeline;
using AutoRemediate.Azure.Requests;

namespace AutoRemediate.Azure.Errors;

/// <summary>Turns error responses into typed exceptions, reading the <c>{"error":{"code","message"}}</c> body ARM, Key Vault and Log Analytics share.</summary>
internal static class AzureErrorFactory
{
    public static AzureRequestException FromResponse(ArmRequest request, ArmResponse response)
    {
        var (code, serviceMessage) = ReadError(response.Content);
        var message = $"{request.Method} {request.Uri.AbsolutePath} failed with {response.Status} {code}: {serviceMessage} (request id {response.RequestIds.RequestId ?? "none"})";
        return response.Status switch
        {
            404 => new AzureNotFoundException(message, response.Status, code, serviceMessage, response.RequestIds),
            409 => new AzureConflictException(message, response.Status, code, serviceMessage, response.RequestIds),
            429 => new AzureThrottledException(message, response.Status, code, serviceMessage, response.RequestIds, response.RetryAfter),
            _ => new AzureRequestException(message, response.Status, code, serviceMessage, response.RequestIds),
        };
    }

    /// <summary>
    /// Maps an SDK client's <see cref="RequestFailedException"/> to the same typed errors the REST clients throw, from
    /// its raw response: status, the error body's code and message, request ids and Retry-After.
    /// </summary>
    /// <param name="what">The call, as "METHOD path", for the message.</param>
    /// <param name="exception">The SDK's exception.</param>
    /// <param name="now">The time a Retry-After date is measured against.</param>
    public static AzureRequestException FromRequestFailed(string what, RequestFailedException exception, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(exception);
        if (exception.GetRawResponse() is not { } response)
        {
            return new AzureRequestException(
                $"{what} failed without a response after retries: {exception.Message}", exception.Status, exception.ErrorCode, null, AzureRequestIds.None, exception);
        }

        var (code, serviceMessage) = ReadError(response.Content);
        code ??= exception.ErrorCode;
        var ids = ResponseHeaderValues.RequestIds(response);
        var message = $"{what} failed with {response.Status} {code}: {serviceMessage} (request id {ids.RequestId ?? "none"})";
        return response.Status switch
        {
            404 => new AzureNotFoundException(message, response.Status, code, serviceMessage, ids),
            409 => new AzureConflictException(message, response.Status, code, serviceMessage, ids),
            429 => new AzureThrottledException(message, response.Status, code, serviceMessage, ids, ResponseHeaderValues.RetryAfter(response, now)),
            _ => new AzureRequestException(message, response.Status, code, serviceMessage, ids, exception),
        };
    }

    public static AzureRequestException Transport(ArmRequest request, Exception exception) => new(
        $"{request.Method} {request.Uri.AbsolutePath} failed without a response after retries: {exception.Message}",
        0, null, null, AzureRequestIds.None, exception);

    public static AzureOperationFailedException OperationFailed(ArmRequest request, string status, JsonElement error, AzureRequestIds ids) =>
        OperationFailed($"{request.Method} {request.Uri.AbsolutePath}", status, error, ids);

    public static AzureOperationFailedException OperationFailed(string what, string status, JsonElement error, AzureRequestIds ids)
    {
        var code = error.ValueKind == JsonValueKind.Object && error.TryGetProperty("code", out var c) ? c.GetString() : null;
        var text = error.ValueKind == JsonValueKind.Object && error.TryGetProperty("message", out var m) ? m.GetString() : null;
        return new AzureOperationFailedException(
            $"{what} ended {status}: {code}: {text} (request id {ids.RequestId ?? "none"})",
            200, code, text, ids, status);
    }

    /// <summary>Reads code and message from an error body; both <see langword="null"/> when it is not one.</summary>
    public static (string? Code, string? Message) ReadError(BinaryData content)
    {
        try
        {
            using var document = JsonDocument.Parse(content);
            var root = document.RootElement;
            var error = root.ValueKind == JsonValueKind.Object && root.TryGetProperty("error", out var nested) ? nested : root;
            return error.ValueKind != JsonValueKind.Object
                ? (null, null)
                : (error.TryGetProperty("code", out var code) ? code.GetString() : null,
                   error.TryGetProperty("message", out var message) ? message.GetString() : null);
        }
        catch (JsonException)
        {
            return (null, null);
        }
    }
}
