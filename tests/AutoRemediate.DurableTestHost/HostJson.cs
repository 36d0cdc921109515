using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Converters;

namespace AutoRemediate.DurableTestHost;

/// <summary>
/// The JSON the test host and the tests' client write inputs and outputs with: the app's (web names, enums by name),
/// so the runbooks see their inputs exactly as in production.
/// </summary>
public static class HostJson
{
    public static DataConverter Converter()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        options.Converters.Add(new JsonStringEnumConverter());
        return new JsonDataConverter(options);
    }
}
