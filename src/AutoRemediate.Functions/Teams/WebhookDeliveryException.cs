namespace AutoRemediate.Functions.Teams;

/// <summary>A webhook post that failed after its retries. The message names the target kind, never its URL.</summary>
internal sealed class WebhookDeliveryException : Exception
{
    public WebhookDeliveryException(string target, int? status, int attempts, Exception? innerException = null)
        : base($"Posting to the {target} webhook failed after {attempts} attempt(s): {(status is { } s ? $"HTTP {s}" : "no response")}.", innerException)
    {
        Target = target;
        Status = status;
        Attempts = attempts;
    }

    public WebhookDeliveryException()
        : this("unknown", null, 0)
    {
    }

    public WebhookDeliveryException(string message)
        : base(message)
    {
        Target = "unknown";
    }

    public WebhookDeliveryException(string message, Exception innerException)
        : base(message, innerException)
    {
        Target = "unknown";
    }

    /// <summary>"Teams" or "paging".</summary>
    public string Target { get; }

    /// <summary>The last HTTP status, or null when no response arrived.</summary>
    public int? Status { get; }

    /// <summary>How many attempts were made.</summary>
    public int Attempts { get; }

    /// <summary>True when retrying later may help (throttling, server errors, network).</summary>
    public bool IsTransient => Status is null or 408 or 429 or >= 500;
}
