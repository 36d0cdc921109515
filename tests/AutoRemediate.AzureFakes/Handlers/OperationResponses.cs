using System.Text.Json.Nodes;
using AutoRemediate.AzureFakes.Faults;
using AutoRemediate.AzureFakes.Server;
using AutoRemediate.AzureFakes.State;

namespace AutoRemediate.AzureFakes.Handlers;

/// <summary>Starts fake long-running operations and answers their polls, in ARM's two styles.</summary>
internal sealed class OperationResponses(FakeAzureState state, FakeFaults faults)
{
    private const string OperationApiVersion = "2024-07-01";

    /// <summary>Registers an operation for <paramref name="call"/> and answers with its status URL headers.</summary>
    public FakeResponse Accept(FakeCall call, int status, JsonNode? body, bool locationOnly, Func<bool>? ready = null, Action? onSucceeded = null)
    {
        var rule = faults.TakeOperation(call.Method, call.Path);
        var operation = new FakeOperation(
            Guid.NewGuid().ToString("N"), rule?.Polls ?? state.DefaultOperationPolls, rule?.FinalStatus ?? "Succeeded",
            rule?.ErrorCode ?? string.Empty, rule?.ErrorMessage ?? string.Empty, rule?.RetryAfter)
        {
            Ready = ready ?? (() => true),
            OnSucceeded = onSucceeded ?? (() => { }),
        };
        state.Operations[operation.Id] = operation;
        if (call.Method is "PUT" or "PATCH")
        {
            // Clients may follow a PUT or PATCH by reading the resource's provisioningState instead of the status URL.
            state.ResourceOperations[call.Path] = operation;
        }
        var baseUri = rule?.StatusOnOtherHost == true ? $"https://localhost:{call.BaseUri.Port}" : call.BaseUri.AbsoluteUri.TrimEnd('/');
        var root = $"{baseUri}/subscriptions/{FakeAzureState.SubscriptionId}/providers/Microsoft.Fake/locations/westeurope";
        var headers = new Dictionary<string, string>
        {
            ["Location"] = $"{root}/operationResults/{operation.Id}?api-version={OperationApiVersion}",
        };
        if (!locationOnly)
        {
            headers["Azure-AsyncOperation"] = $"{root}/operations/{operation.Id}?api-version={OperationApiVersion}";
        }

        if (operation.RetryAfter is not null)
        {
            headers["Retry-After"] = operation.RetryAfter;
        }

        return new FakeResponse(status, body, headers);
    }

    /// <summary>Answers a poll of <c>…/operations/{id}</c> (status body) or <c>…/operationResults/{id}</c> (202 until done).</summary>
    public FakeResponse? TryPoll(FakeCall call)
    {
        var segments = call.Path.Split('/');
        if (call.Method != "GET" || segments.Length < 2 || segments[^2] is not ("operations" or "operationResults")
            || !state.Operations.TryGetValue(segments[^1], out var operation))
        {
            return null;
        }

        var status = operation.Poll();
        var retry = status == "InProgress" && operation.RetryAfter is not null
            ? new Dictionary<string, string> { ["Retry-After"] = operation.RetryAfter }
            : null;
        if (segments[^2] == "operations")
        {
            var body = new JsonObject { ["name"] = operation.Id, ["status"] = status };
            if (status is "Failed" or "Canceled")
            {
                body["error"] = new JsonObject { ["code"] = operation.ErrorCode, ["message"] = operation.ErrorMessage };
            }

            return new FakeResponse(200, body, retry);
        }

        return status switch
        {
            "InProgress" => new FakeResponse(202, null, new Dictionary<string, string>(retry ?? []) { ["Location"] = call.BaseUri.AbsoluteUri.TrimEnd('/') + call.Path + "?api-version=" + OperationApiVersion }),
            "Succeeded" => new FakeResponse(200, new JsonObject { ["status"] = "Succeeded" }),
            _ => FakeResponse.Error(400, operation.ErrorCode, operation.ErrorMessage),
        };
    }
}
