using System.Text.Json;
using System.Text.Json.Serialization;

namespace AutoRemediate.Storage.Approvals;

/// <summary>The stored JSON form of an approval request (the <c>Request</c> column). Frozen: changing it breaks stored rows.</summary>
internal static class ApprovalJson
{
    public static readonly JsonSerializerOptions Options = CreateOptions();

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        options.Converters.Add(new JsonStringEnumConverter());
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
