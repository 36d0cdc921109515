namespace AutoRemediate.Storage.Queues;

/// <summary>How message text is put in the XML request body.</summary>
public enum QueueMessageEncoding
{
    /// <summary>UTF-8 bytes, base64-encoded: any text is safe, and Azure Functions queue triggers decode it by default.</summary>
    Base64,

    /// <summary>XML-escaped text as-is: smaller, readable in tools, but characters XML 1.0 forbids are rejected.</summary>
    XmlText,
}
