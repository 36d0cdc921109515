using System.Globalization;
using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace AutoRemediate.Storage.Queues;

/// <summary>The Queue service's XML: message bodies out, message lists in, with the chosen text encoding.</summary>
internal static class QueueXml
{
    /// <summary>The service's limit on one message, measured on the encoded text.</summary>
    public const int MaxEncodedBytes = 64 * 1024;

    public static byte[] MessageBody(string text, QueueMessageEncoding encoding)
    {
        ArgumentNullException.ThrowIfNull(text);
        var encoded = encoding == QueueMessageEncoding.Base64 ? Convert.ToBase64String(Encoding.UTF8.GetBytes(text)) : CheckXmlText(text);
        if (Encoding.UTF8.GetByteCount(encoded) > MaxEncodedBytes)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"A queue message is limited to 64 KiB once encoded ({encoding}); this one is {Encoding.UTF8.GetByteCount(encoded)} bytes."),
                nameof(text));
        }

        var document = new XElement("QueueMessage", new XElement("MessageText", encoded));
        return Encoding.UTF8.GetBytes(document.ToString(SaveOptions.DisableFormatting));
    }

    public static IEnumerable<XElement> Messages(ReadOnlyMemory<byte> content)
    {
        using var stream = new MemoryStream(content.ToArray());
        return XDocument.Load(stream).Root?.Elements("QueueMessage").ToList() ?? [];
    }

    public static string Text(XElement message, QueueMessageEncoding encoding)
    {
        var raw = message.Element("MessageText")?.Value ?? string.Empty;
        return encoding == QueueMessageEncoding.Base64 ? Encoding.UTF8.GetString(Convert.FromBase64String(raw)) : raw;
    }

    public static string String(XElement message, string name) =>
        message.Element(name)?.Value ?? throw new FormatException($"Queue response message lacks <{name}>.");

    public static DateTimeOffset Date(XElement message, string name) => ParseDate(String(message, name));

    /// <summary>Messages that never expire report an expiry of 9999-12-31; that reads as null.</summary>
    public static DateTimeOffset? Expiry(XElement message)
    {
        var text = message.Element("ExpirationTime")?.Value;
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        var expiry = ParseDate(text);
        return expiry.Year >= 9999 ? null : expiry;
    }

    public static int Int(XElement message, string name) => int.Parse(String(message, name), CultureInfo.InvariantCulture);

    public static DateTimeOffset ParseDate(string text) =>
        DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);

    private static string CheckXmlText(string text)
    {
        try
        {
            return XmlConvert.VerifyXmlChars(text);
        }
        catch (XmlException exception)
        {
            throw new ArgumentException("Message text has characters XML cannot carry; use QueueMessageEncoding.Base64.", nameof(text), exception);
        }
    }
}
