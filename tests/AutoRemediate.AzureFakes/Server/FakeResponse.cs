using System.Text.Json.Nodes;

namespace AutoRemediate.AzureFakes.Server;

/// <summary>What a fake route answers: status, JSON body and extra headers.</summary>
internal sealed record FakeResponse(int Status, JsonNode? Body, IReadOnlyDictionary<string, string>? Headers = null)
{
    public static FakeResponse Ok(JsonNode? body) => new(200, body);

    public static FakeResponse Error(int status, string code, string message, IReadOnlyDictionary<string, string>? headers = null) =>
        new(status, new JsonObject { ["error"] = new JsonObject { ["code"] = code, ["message"] = message } }, headers);

    public static FakeResponse NotFound(string what) => Error(404, "ResourceNotFound", $"The resource '{what}' was not found.");
}
