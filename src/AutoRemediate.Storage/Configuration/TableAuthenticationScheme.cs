namespace AutoRemediate.Storage.Configuration;

/// <summary>How table requests are signed when an account key is used.</summary>
public enum TableAuthenticationScheme
{
    /// <summary>SharedKey: signs verb, Content-MD5, Content-Type, date and resource.</summary>
    SharedKey,

    /// <summary>SharedKeyLite: signs only date and resource (some proxies rewrite content headers).</summary>
    SharedKeyLite,
}
