using System.Buffers;
using System.Globalization;
using AutoRemediate.Core.Text;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace AutoRemediate.Functions.Webhook;

/// <summary>
/// Reads a webhook body: JSON content types only (or none: the format is detected from the content), and never
/// more than <see cref="WebhookOptions.MaxBodyBytes"/>, whatever Content-Length claims.
/// </summary>
internal sealed class WebhookBodyReader(IOptions<WebhookOptions> options)
{
    private const int ChunkBytes = 16 * 1024;

    public async Task<WebhookBody> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (ContentTypeProblem(request.ContentType) is { } problem)
        {
            return WebhookBody.Refused(WebhookProblems.UnsupportedMediaType(problem));
        }

        var limit = options.Value.MaxBodyBytes;
        if (request.ContentLength > limit)
        {
            return WebhookBody.Refused(TooLarge(request.ContentLength.Value, limit));
        }

        using var buffer = new MemoryStream();
        var chunk = ArrayPool<byte>.Shared.Rent(ChunkBytes);
        try
        {
            int read;
            while ((read = await request.Body.ReadAsync(chunk.AsMemory(0, ChunkBytes), cancellationToken)) > 0)
            {
                if (buffer.Length + read > limit)
                {
                    return WebhookBody.Refused(TooLarge(buffer.Length + read, limit));
                }

                buffer.Write(chunk, 0, read);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }

        return WebhookBody.Read(buffer.ToArray());
    }

    private static IResult TooLarge(long seen, int limit) =>
        WebhookProblems.TooLarge(string.Create(CultureInfo.InvariantCulture,
            $"the body is at least {seen:N0} bytes; the limit is {limit:N0} (Webhook:MaxBodyBytes)"));

    private static string? ContentTypeProblem(string? contentType)
    {
        // Senders that omit the header still get their body parsed: the normaliser detects the format by content.
        if (string.IsNullOrWhiteSpace(contentType))
        {
            return null;
        }

        if (!MediaTypeHeaderValue.TryParse(contentType, out var media) || media.MediaType.Value is not { } type)
        {
            return $"'{UntrustedText.Echo(contentType)}' is not a valid Content-Type";
        }

        var json = type.Equals("application/json", StringComparison.OrdinalIgnoreCase)
            || (type.StartsWith("application/", StringComparison.OrdinalIgnoreCase) && type.EndsWith("+json", StringComparison.OrdinalIgnoreCase));
        if (!json)
        {
            return $"Content-Type '{UntrustedText.Echo(type)}' is not accepted; send application/json (or application/*+json)";
        }

        var charset = media.Charset.Value;
        return charset is null || charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase) || charset.Equals("utf8", StringComparison.OrdinalIgnoreCase)
            ? null
            : $"charset '{UntrustedText.Echo(charset)}' is not accepted; send UTF-8 JSON";
    }
}
