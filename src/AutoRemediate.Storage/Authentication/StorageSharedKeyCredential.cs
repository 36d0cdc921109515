using System.Security.Cryptography;
using System.Text;

namespace AutoRemediate.Storage.Authentication;

/// <summary>An account name and its decoded key; signs strings for the Shared Key schemes.</summary>
/// <remarks>A class rather than a record so no generated ToString or equality ever exposes the key.</remarks>
internal sealed class StorageSharedKeyCredential
{
    private readonly byte[] _key;

    public StorageSharedKeyCredential(string accountName, string base64Key)
    {
        AccountName = accountName;
        _key = Convert.FromBase64String(base64Key);
    }

    public string AccountName { get; }

    public string Sign(string stringToSign) => Convert.ToBase64String(HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes(stringToSign)));

    public override string ToString() => AccountName;
}
