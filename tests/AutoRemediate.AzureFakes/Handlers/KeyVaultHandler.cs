using System.Text.Json.Nodes;
using AutoRemediate.AzureFakes.Faults;
using AutoRemediate.AzureFakes.Server;
using AutoRemediate.AzureFakes.State;

namespace AutoRemediate.AzureFakes.Handlers;

/// <summary>The Key Vault certificate routes: get (current or a version), policy, versions, create and pending.</summary>
internal sealed class KeyVaultHandler(FakeAzureState state, FakeFaults faults)
{
    public FakeResponse Handle(FakeCall call)
    {
        if (call.QueryValue("api-version") is null)
        {
            return FakeResponse.Error(400, "BadParameter", "The api-version query parameter is required.");
        }

        var segments = call.Path.Trim('/').Split('/');
        if (segments.Length < 2 || !state.Certificates.TryGetValue(segments[1], out var certificate))
        {
            return FakeResponse.Error(404, "CertificateNotFound", $"A certificate with (name/id) {(segments.Length > 1 ? segments[1] : string.Empty)} was not found in this key vault.");
        }

        var vault = call.BaseUri.AbsoluteUri.TrimEnd('/');
        var suffix = segments.Length > 2 ? segments[2] : string.Empty;
        return (call.Method, suffix) switch
        {
            ("GET", "") => FakeResponse.Ok(Version(vault, certificate, certificate.Versions[^1])),
            ("GET", "policy") => FakeResponse.Ok(Policy(vault, certificate)),
            ("GET", "versions") => FakeResponse.Ok(new JsonObject
            {
                ["value"] = new JsonArray([.. certificate.Versions.Select(v => (JsonNode)Version(vault, certificate, v))]),
                ["nextLink"] = null,
            }),
            ("GET", "pending") => certificate.Pending is { } pending
                ? FakeResponse.Ok(Pending(vault, certificate, pending, pending.Poll()))
                : FakeResponse.Error(404, "PendingCertificateNotFound", $"Pending certificate not found: {certificate.Name}"),
            ("POST", "create") => Create(call, vault, certificate),
            ("GET", _) when certificate.Versions.Find(v => v.Version == suffix) is { } version => FakeResponse.Ok(Version(vault, certificate, version)),
            _ => FakeResponse.Error(404, "NotFound", $"{call.Method} {call.Path} is not served by the fake."),
        };
    }

    private FakeResponse Create(FakeCall call, string vault, FakeCertificate certificate)
    {
        if (certificate.Pending is { Result: null })
        {
            return FakeResponse.Error(409, "Conflict", $"There is a pending operation on certificate {certificate.Name}.");
        }

        if (call.Json?["policy"] is not JsonObject)
        {
            return FakeResponse.Error(400, "BadParameter", "A policy is required.");
        }

        var rule = faults.TakeOperation(call.Method, call.Path);
        var months = certificate.ValidityMonths;
        certificate.Pending = new FakeOperation(
            Guid.NewGuid().ToString("N"), rule?.Polls ?? state.DefaultOperationPolls, KeyVaultStatus(rule?.FinalStatus),
            rule?.ErrorCode ?? string.Empty, rule?.ErrorMessage ?? string.Empty, rule?.RetryAfter)
        {
            OnSucceeded = () =>
            {
                var now = state.Clock.GetUtcNow();
                certificate.Versions.Add(new FakeCertificateVersion(FakeAzureState.NewVersion(), now, now, now.AddMonths(months)));
            },
        };
        var headers = new Dictionary<string, string> { ["Location"] = $"{vault}/certificates/{certificate.Name}/pending?api-version={call.QueryValue("api-version")}" };
        return new FakeResponse(202, Pending(vault, certificate, certificate.Pending, "inProgress"), headers);
    }

    /// <summary>Key Vault's spelling of an ARM-style final status, so one <see cref="OperationRule"/> fits both.</summary>
    private static string KeyVaultStatus(string? status) => status switch
    {
        null or "Succeeded" => "completed",
        "Failed" => "failed",
        "Canceled" => "cancelled",
        _ => status,
    };

    private static JsonObject Version(string vault, FakeCertificate certificate, FakeCertificateVersion version) => new()
    {
        ["id"] = $"{vault}/certificates/{certificate.Name}/{version.Version}",
        ["x5t"] = Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(version.Version[..12])).TrimEnd('='),
        ["attributes"] = new JsonObject
        {
            ["enabled"] = true,
            ["nbf"] = version.NotBefore.ToUnixTimeSeconds(),
            ["exp"] = version.Expires.ToUnixTimeSeconds(),
            ["created"] = version.Created.ToUnixTimeSeconds(),
            ["updated"] = version.Created.ToUnixTimeSeconds(),
        },
        ["tags"] = new JsonObject(),
    };

    private static JsonObject Policy(string vault, FakeCertificate certificate)
    {
        var policy = certificate.Policy.DeepClone().AsObject();
        policy["id"] = $"{vault}/certificates/{certificate.Name}/policy";
        return policy;
    }

    private static JsonObject Pending(string vault, FakeCertificate certificate, FakeOperation operation, string status)
    {
        var body = new JsonObject
        {
            ["id"] = $"{vault}/certificates/{certificate.Name}/pending",
            ["issuer"] = new JsonObject { ["name"] = "Self" },
            ["csr"] = "MIICfake",
            ["cancellation_requested"] = false,
            ["status"] = status == "InProgress" ? "inProgress" : status,
            ["status_details"] = status is "InProgress" or "inProgress" ? "Pending certificate created. Please check again later." : null,
            ["target"] = $"{vault}/certificates/{certificate.Name}",
            ["request_id"] = operation.Id,
        };
        if (status == "failed")
        {
            body["error"] = new JsonObject { ["code"] = operation.ErrorCode, ["message"] = operation.ErrorMessage };
        }

        return body;
    }
}
