using System.Text.Json;
using AutoRemediate.AzureFakes.Faults;
using AutoRemediate.AzureFakes.Handlers;
using AutoRemediate.AzureFakes.State;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace AutoRemediate.AzureFakes.Server;

/// <summary>Checks the bearer token, applies injected faults, routes to the handlers and records every request.</summary>
internal sealed class FakeRouter
{
    /// <summary>The tenant the fake vault's challenge names.</summary>
    public const string KeyVaultTenantId = "00000000-0000-0000-0000-0000000000aa";

    private readonly FakeAzureState _state;
    private readonly FakeFaults _faults;
    private readonly ArmHandler _arm;
    private readonly KeyVaultHandler _keyVault;
    private readonly MonitorHandler _monitor;
    private readonly Lock _logGate = new();
    private readonly List<RecordedRequest> _log = [];

    public FakeRouter(FakeAzureState state, FakeFaults faults)
    {
        _state = state;
        _faults = faults;
        var operations = new OperationResponses(state, faults);
        Compute = new ComputeHandler(state, operations);
        _arm = new ArmHandler(state, operations, Compute);
        _keyVault = new KeyVaultHandler(state, faults);
        _monitor = new MonitorHandler(state);
    }

    public ComputeHandler Compute { get; }

    public IReadOnlyList<RecordedRequest> Log
    {
        get
        {
            lock (_logGate)
            {
                return [.. _log];
            }
        }
    }

    public void ClearLog()
    {
        lock (_logGate)
        {
            _log.Clear();
        }
    }

    public async Task HandleAsync(HttpContext http)
    {
        using var reader = new StreamReader(http.Request.Body);
        var body = await reader.ReadToEndAsync(http.RequestAborted);
        var query = http.Request.Query.ToDictionary(q => q.Key, q => q.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        var baseUri = new Uri($"{http.Request.Scheme}://{http.Request.Host}/");
        var call = new FakeCall(http.Request.Method, http.Request.Path.Value ?? "/", query, body.Length == 0 ? null : body, baseUri);
        var response = Respond(call, http.Request.Headers.Authorization.ToString());

        var requestId = Guid.NewGuid().ToString();
        var correlationId = http.Request.Headers["x-ms-correlation-request-id"].FirstOrDefault() ?? Guid.NewGuid().ToString();
        lock (_logGate)
        {
            var target = http.Features.Get<IHttpRequestFeature>()?.RawTarget ?? http.Request.Path + http.Request.QueryString;
            _log.Add(new RecordedRequest(call.Method, target, call.Path, http.Request.QueryString.Value ?? string.Empty, call.Body, _state.Clock.GetUtcNow(), response.Status, requestId));
        }

        if (response.Status == 0)
        {
            http.Abort();
            return;
        }

        http.Response.StatusCode = response.Status;
        http.Response.Headers["x-ms-request-id"] = requestId;
        http.Response.Headers["x-ms-correlation-request-id"] = correlationId;
        if (_state.RateLimitRemaining is { } remaining)
        {
            http.Response.Headers[call.Method == "GET" ? "x-ms-ratelimit-remaining-subscription-reads" : "x-ms-ratelimit-remaining-subscription-writes"] = remaining.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        foreach (var (name, value) in response.Headers ?? new Dictionary<string, string>())
        {
            http.Response.Headers[name] = value;
        }

        if (response.Body is not null)
        {
            http.Response.ContentType = "application/json; charset=utf-8";
            await http.Response.WriteAsync(response.Body.ToJsonString(new JsonSerializerOptions { WriteIndented = false }), http.RequestAborted);
        }
    }

    private FakeResponse Respond(FakeCall call, string authorization)
    {
        if (authorization.Length == 0 && call.Path.StartsWith("/certificates/", StringComparison.OrdinalIgnoreCase))
        {
            // Key Vault's challenge: the SDK sends its first request without a token and takes the scope from here.
            return FakeResponse.Error(401, "Unauthorized", "AKV10000: Request is missing a Bearer or PoP token.", new Dictionary<string, string>
            {
                ["WWW-Authenticate"] = $"Bearer authorization=\"https://login.microsoftonline.com/{KeyVaultTenantId}\", resource=\"https://vault.azure.net\"",
            });
        }

        if (authorization != "Bearer " + FakeTokenCredential.Token)
        {
            return FakeResponse.Error(401, "AuthenticationFailed", "Authentication failed: the bearer token is missing or not the test token.");
        }

        if (_faults.TakeFault(call.Method, call.Path) is { } fault)
        {
            var headers = fault.RetryAfter is null ? null : new Dictionary<string, string> { ["Retry-After"] = fault.RetryAfter };
            return FakeResponse.Error(fault.Status, fault.ErrorCode, fault.ErrorMessage, headers);
        }

        lock (_state.Gate)
        {
            if (call.Path.StartsWith("/certificates/", StringComparison.OrdinalIgnoreCase))
            {
                return _keyVault.Handle(call);
            }

            if (call.Path.StartsWith("/v1/workspaces/", StringComparison.OrdinalIgnoreCase))
            {
                return _monitor.LogQuery(call);
            }

            return call.Path.EndsWith(MonitorHandler.MetricsSuffix, StringComparison.OrdinalIgnoreCase) && call.Method == "GET"
                ? _monitor.Metrics(call)
                : _arm.Handle(call);
        }
    }
}
