namespace AutoRemediate.Functions.Tests.Support;

/// <summary>HTTP clients for the toil API of a <see cref="ToilApp"/>, signed in as <see cref="OperatorClient.Operator"/> or anonymous.</summary>
internal static class ToilApi
{
    public static HttpClient Client(ToilApp app, bool signedIn = true)
    {
        var http = app.Factory.CreateClient();
        return signedIn ? OperatorClient.SignIn(http) : http;
    }
}
