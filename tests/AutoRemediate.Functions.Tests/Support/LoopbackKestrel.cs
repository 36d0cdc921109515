using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;

namespace AutoRemediate.Functions.Tests.Support;

internal static class LoopbackKestrel
{
    /// <summary>Serves the app on real Kestrel at 127.0.0.1:<paramref name="port"/>, for a browser.</summary>
    /// <remarks>
    /// The endpoint goes into Kestrel's options rather than through <c>UseKestrel(port)</c>: that overload rewrites the
    /// server addresses after the app has been built, racing Kestrel's own bind, and now and then fails with
    /// "Addresses cannot be modified after the server has started".
    /// </remarks>
    public static void StartOnLoopback(this WebApplicationFactory<Program> factory, int port)
    {
        factory.UseKestrel(options => options.Listen(IPAddress.Loopback, port));
        factory.StartServer();
    }
}
