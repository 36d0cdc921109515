using System.Net.Http.Json;

namespace AutoRemediate.Functions.Tests.Support;

/// <summary>Plays the Azure Functions host's part for a timer trigger: POSTs the invocation payload to the handler.</summary>
internal sealed class FunctionsHostEmulator(AppFactory app)
{
    private readonly HttpClient _http = app.CreateClient();

    public async Task<HttpResponseMessage> InvokeAsync(string function, object payload, CancellationToken cancellationToken = default) =>
        await _http.PostAsJsonAsync(new Uri($"/{function}", UriKind.Relative), payload, cancellationToken);

    public static object TimerInvocation(string function) => new
    {
        Data = new { timer = new { Schedule = new { AdjustForDST = true }, ScheduleStatus = (object?)null, IsPastDue = false } },
        Metadata = new { sys = new { MethodName = function, UtcNow = DateTimeOffset.UtcNow.ToString("O"), RandGuid = Guid.NewGuid().ToString() } },
    };
}
