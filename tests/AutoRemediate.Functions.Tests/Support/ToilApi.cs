namespace AutoRemediate.Functions.Tests.Support;

/// <summary>HTTP clients for the toil API of a <see cref="ToilApp"/>, with or without the webhook key.</summary>
internal static class ToilApi
{
    public static HttpClient Client(ToilApp app, bool withKey = true)
    {
        var http = app.Factory.CreateClient();
        if (withKey)
        {
            http.DefaultRequestHeaders.Add("x-functions-key", WebhookApp.Key);
        }

        return http;
    }
}
