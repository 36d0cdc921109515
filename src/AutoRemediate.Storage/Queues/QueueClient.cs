using System.Globalization;
using AutoRemediate.Storage.Errors;
using AutoRemediate.Storage.Pipeline;
using Azure.Core;
using Azure.Core.Pipeline;

namespace AutoRemediate.Storage.Queues;

/// <summary>
/// One queue over the Queue service REST API (XML). Obtain it from <see cref="StorageClientFactory"/>.
/// </summary>
/// <remarks>
/// Message text is encoded per <see cref="Encoding"/> (base64 by default, which the Azure Functions queue trigger
/// expects). A send retried after a lost response can enqueue the message twice; queue consumers are
/// at-least-once anyway.
/// </remarks>
public sealed class QueueClient
{
    /// <summary>Pass as time-to-live for a message that never expires.</summary>
    public static readonly TimeSpan InfiniteTimeToLive = Timeout.InfiniteTimeSpan;

    /// <summary>The longest visibility delay or timeout the service accepts.</summary>
    public static readonly TimeSpan MaxVisibilityTimeout = TimeSpan.FromDays(7);

    private const string Version = "2018-03-28";
    private readonly HttpPipeline _pipeline;
    private readonly string _queueUri;

    internal QueueClient(HttpPipeline pipeline, Uri serviceEndpoint, string name, QueueMessageEncoding encoding)
    {
        _pipeline = pipeline;
        Name = name;
        Encoding = encoding;
        _queueUri = $"{serviceEndpoint.AbsoluteUri.TrimEnd('/')}/{name}";
    }

    /// <summary>The queue's name.</summary>
    public string Name { get; }

    /// <summary>How message text is encoded on the wire.</summary>
    public QueueMessageEncoding Encoding { get; }

    /// <summary>Creates the queue; false when it already existed.</summary>
    public async Task<bool> CreateIfNotExistsAsync(CancellationToken cancellationToken = default)
    {
        using var message = Create(RequestMethod.Put, _queueUri);
        var response = await StorageRequestSender.SendAsync(_pipeline, message, "Queue.Create", Name, cancellationToken).ConfigureAwait(false);
        return response.Status == 201;
    }

    /// <summary>Deletes the queue and its messages; false when it did not exist.</summary>
    public async Task<bool> DeleteAsync(CancellationToken cancellationToken = default)
    {
        using var message = Create(RequestMethod.Delete, _queueUri);
        var response = await StorageRequestSender.SendRawAsync(_pipeline, message, "Queue.Delete", Name, cancellationToken).ConfigureAwait(false);
        return response.Status switch
        {
            < 300 => true,
            404 => false,
            _ => throw StorageErrorFactory.FromResponse(response, "Queue.Delete", Name),
        };
    }

    /// <summary>
    /// Sends a message, invisible for <paramref name="visibilityDelay"/> (0 to 7 days), living for
    /// <paramref name="timeToLive"/> (default 7 days; <see cref="InfiniteTimeToLive"/> for never).
    /// </summary>
    public async Task<QueueSendReceipt> SendMessageAsync(string text, TimeSpan? visibilityDelay = null, TimeSpan? timeToLive = null, CancellationToken cancellationToken = default)
    {
        var body = QueueXml.MessageBody(text, Encoding);
        var query = new List<string>();
        if (visibilityDelay is { } delay)
        {
            query.Add("visibilitytimeout=" + Seconds(delay, nameof(visibilityDelay), allowZero: true));
        }

        if (timeToLive is { } ttl)
        {
            query.Add("messagettl=" + (ttl == InfiniteTimeToLive ? "-1" : TimeToLiveSeconds(ttl)));
        }

        using var message = Create(RequestMethod.Post, $"{_queueUri}/messages" + (query.Count > 0 ? "?" + string.Join('&', query) : string.Empty), body);
        var response = await StorageRequestSender.SendAsync(_pipeline, message, "Queue.Put", Name, cancellationToken).ConfigureAwait(false);
        var sent = QueueXml.Messages(response.Content.ToMemory()).Single();
        return new QueueSendReceipt(
            QueueXml.String(sent, "MessageId"),
            QueueXml.String(sent, "PopReceipt"),
            QueueXml.Date(sent, "InsertionTime"),
            QueueXml.Expiry(sent),
            QueueXml.Date(sent, "TimeNextVisible"));
    }

    /// <summary>Receives up to <paramref name="maxMessages"/> (1-32) messages, hiding them for <paramref name="visibilityTimeout"/> (default 30 s).</summary>
    public async Task<IReadOnlyList<QueueMessage>> ReceiveMessagesAsync(int maxMessages = 1, TimeSpan? visibilityTimeout = null, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxMessages, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(maxMessages, 32);
        var uri = $"{_queueUri}/messages?numofmessages={maxMessages.ToString(CultureInfo.InvariantCulture)}";
        if (visibilityTimeout is { } timeout)
        {
            uri += "&visibilitytimeout=" + Seconds(timeout, nameof(visibilityTimeout), allowZero: false);
        }

        using var message = Create(RequestMethod.Get, uri);
        var response = await StorageRequestSender.SendAsync(_pipeline, message, "Queue.Get", Name, cancellationToken).ConfigureAwait(false);
        return QueueXml.Messages(response.Content.ToMemory())
            .Select(m => new QueueMessage(
                QueueXml.String(m, "MessageId"),
                QueueXml.String(m, "PopReceipt"),
                QueueXml.Text(m, Encoding),
                QueueXml.Int(m, "DequeueCount"),
                QueueXml.Date(m, "InsertionTime"),
                QueueXml.Expiry(m),
                QueueXml.Date(m, "TimeNextVisible")))
            .ToList();
    }

    /// <summary>Looks at up to <paramref name="maxMessages"/> (1-32) visible messages without receiving them.</summary>
    public async Task<IReadOnlyList<PeekedQueueMessage>> PeekMessagesAsync(int maxMessages = 1, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxMessages, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(maxMessages, 32);
        using var message = Create(RequestMethod.Get, $"{_queueUri}/messages?peekonly=true&numofmessages={maxMessages.ToString(CultureInfo.InvariantCulture)}");
        var response = await StorageRequestSender.SendAsync(_pipeline, message, "Queue.Peek", Name, cancellationToken).ConfigureAwait(false);
        return QueueXml.Messages(response.Content.ToMemory())
            .Select(m => new PeekedQueueMessage(
                QueueXml.String(m, "MessageId"),
                QueueXml.Text(m, Encoding),
                QueueXml.Int(m, "DequeueCount"),
                QueueXml.Date(m, "InsertionTime"),
                QueueXml.Expiry(m)))
            .ToList();
    }

    /// <summary>
    /// Hides a received message for <paramref name="visibilityTimeout"/> from now (0 makes it visible at once) and
    /// optionally replaces its text. Throws <see cref="StorageNotFoundException"/> (or a 400 PopReceiptMismatch
    /// <see cref="StorageRequestException"/>) when the pop receipt is stale.
    /// </summary>
    public async Task<QueueUpdateReceipt> UpdateMessageAsync(
        string messageId, string popReceipt, TimeSpan visibilityTimeout, string? newText = null, CancellationToken cancellationToken = default)
    {
        var uri = $"{MessageUri(messageId, popReceipt)}&visibilitytimeout={Seconds(visibilityTimeout, nameof(visibilityTimeout), allowZero: true)}";
        using var message = Create(RequestMethod.Put, uri, newText is null ? null : QueueXml.MessageBody(newText, Encoding));
        var response = await StorageRequestSender.SendAsync(_pipeline, message, "Queue.Update", $"{Name}/{messageId}", cancellationToken).ConfigureAwait(false);
        response.Headers.TryGetValue("x-ms-popreceipt", out var newReceipt);
        response.Headers.TryGetValue("x-ms-time-next-visible", out var nextVisible);
        return new QueueUpdateReceipt(
            newReceipt ?? throw new StorageRequestException($"Queue.Update on '{Name}' returned no pop receipt.", response.Status, null, null),
            QueueXml.ParseDate(nextVisible ?? throw new StorageRequestException($"Queue.Update on '{Name}' returned no next-visible time.", response.Status, null, null)));
    }

    /// <summary>Deletes a received message; throws <see cref="StorageNotFoundException"/> when the pop receipt is stale or the message gone.</summary>
    public async Task DeleteMessageAsync(string messageId, string popReceipt, CancellationToken cancellationToken = default)
    {
        using var message = Create(RequestMethod.Delete, MessageUri(messageId, popReceipt));
        await StorageRequestSender.SendAsync(_pipeline, message, "Queue.DeleteMessage", $"{Name}/{messageId}", cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The service's approximate message count (visible and invisible), for scale decisions.</summary>
    public async Task<int> GetApproximateMessageCountAsync(CancellationToken cancellationToken = default)
    {
        using var message = Create(RequestMethod.Get, $"{_queueUri}?comp=metadata");
        var response = await StorageRequestSender.SendAsync(_pipeline, message, "Queue.Count", Name, cancellationToken).ConfigureAwait(false);
        return response.Headers.TryGetValue("x-ms-approximate-messages-count", out var count)
            ? int.Parse(count, CultureInfo.InvariantCulture)
            : throw new StorageRequestException($"Queue.Count on '{Name}' returned no message count.", response.Status, null, null);
    }

    private string MessageUri(string messageId, string popReceipt)
    {
        ArgumentException.ThrowIfNullOrEmpty(messageId);
        ArgumentException.ThrowIfNullOrEmpty(popReceipt);
        return $"{_queueUri}/messages/{Uri.EscapeDataString(messageId)}?popreceipt={Uri.EscapeDataString(popReceipt)}";
    }

    private HttpMessage Create(RequestMethod method, string uri, byte[]? body = null)
    {
        var message = _pipeline.CreateMessage();
        message.Request.Method = method;
        message.Request.Uri.Reset(new Uri(uri));
        message.Request.Headers.SetValue("x-ms-version", Version);
        if (body is not null)
        {
            message.Request.Headers.SetValue("Content-Type", "application/xml");
            message.Request.Content = RequestContent.Create(body);
        }

        return message;
    }

    private static string Seconds(TimeSpan value, string name, bool allowZero)
    {
        if (value < (allowZero ? TimeSpan.Zero : TimeSpan.FromSeconds(1)) || value > MaxVisibilityTimeout)
        {
            throw new ArgumentOutOfRangeException(name, value, $"Must be between {(allowZero ? "0" : "1")} second(s) and 7 days.");
        }

        return ((long)Math.Ceiling(value.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
    }

    private static string TimeToLiveSeconds(TimeSpan value) =>
        value >= TimeSpan.FromSeconds(1)
            ? ((long)Math.Ceiling(value.TotalSeconds)).ToString(CultureInfo.InvariantCulture)
            : throw new ArgumentOutOfRangeException(nameof(value), value, "A time-to-live must be at least 1 second, or QueueClient.InfiniteTimeToLive.");
}
