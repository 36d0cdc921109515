using System.Security.Cryptography;
using System.Text;

namespace AutoRemediate.Runbooks.QueueDrain;

/// <summary>Identifies a message body in ledgers and audit records without putting its content there.</summary>
internal static class QueueDrainBody
{
    public static string Sha256(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    public static int Size(string text) => Encoding.UTF8.GetByteCount(text);
}
