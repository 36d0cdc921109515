namespace AutoRemediate.Functions.Functions;

/// <summary>
/// One HTTP function the Functions host routes to the app: a route template exactly as the app maps it (without the
/// leading slash; host.json's <c>routePrefix</c> is empty so the two agree) and the methods mapped on it.
/// </summary>
/// <remarks>
/// Every HTTP function is <c>anonymous</c> at the Functions host on purpose: the app authenticates each request
/// itself (function key compared as a SHA-256 hash, or an Entra ID bearer token, which a host-level key check
/// would refuse), and App Service authentication signs people in for the pages. Only <c>/healthz</c> is open.
/// </remarks>
internal sealed record HttpFunctionDeclaration(string Name, string Route, IReadOnlyList<string> Methods)
{
    public const string AuthLevel = "anonymous";
}
