namespace AutoRemediate.Functions.Webhook;

/// <summary>A request body read within the limits, or the refusal (413/415) to answer instead.</summary>
internal sealed record WebhookBody(byte[]? Bytes, IResult? Refusal)
{
    public static WebhookBody Read(byte[] bytes) => new(bytes, null);

    public static WebhookBody Refused(IResult refusal) => new(null, refusal);
}
