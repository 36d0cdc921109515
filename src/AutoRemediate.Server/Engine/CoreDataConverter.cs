using CoreDataConverterBase = DurableTask.Core.Serializing.DataConverter;
using SdkDataConverter = Microsoft.DurableTask.DataConverter;

namespace AutoRemediate.Server.Engine;

/// <summary>
/// Lets DurableTask.Core serialise with the Microsoft.DurableTask <see cref="SdkDataConverter"/> (System.Text.Json),
/// so that what the client writes is exactly what the shims read, and the other way round.
/// </summary>
/// <remarks>
/// WARNING: inputs, outputs, event payloads and custom status are stored in this format; changing the converter
/// breaks the instances in flight.
/// </remarks>
internal sealed class CoreDataConverter(SdkDataConverter converter) : CoreDataConverterBase
{
    public override string Serialize(object value) => converter.Serialize(value)!;

    public override string Serialize(object value, bool formatted) => Serialize(value);

    public override object Deserialize(string data, Type objectType) => converter.Deserialize(data, objectType)!;
}
