using System.Text.Json;
using AutoRemediate.Core.Bindings;

namespace AutoRemediate.Core.Tests.Bindings;

/// <summary>The JSON schema editors validate against and the loader must describe the same format.</summary>
public sealed class SchemaAgreementTests
{
    private static readonly JsonElement Schema = JsonDocument.Parse(
        File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "runbooks", "bindings.schema.json"))).RootElement;

    private static Dictionary<string, JsonElement> ObjectDefinitions()
    {
        var objects = new Dictionary<string, JsonElement>(StringComparer.Ordinal) { ["file"] = Schema };
        foreach (var definition in Schema.GetProperty("$defs").EnumerateObject())
        {
            if (definition.Value.TryGetProperty("properties", out _))
            {
                objects[definition.Name] = definition.Value;
            }
        }

        return objects;
    }

    [Fact]
    public void Schema_object_definitions_and_loader_sections_are_the_same_set()
    {
        Assert.Equal(
            BindingSchema.All.Select(s => s.Name).Order(StringComparer.Ordinal),
            ObjectDefinitions().Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Every_schema_property_is_known_to_the_loader_and_vice_versa()
    {
        foreach (var section in BindingSchema.All)
        {
            var schemaKeys = ObjectDefinitions()[section.Name].GetProperty("properties").EnumerateObject().Select(p => p.Name);

            Assert.True(
                schemaKeys.Order(StringComparer.Ordinal).SequenceEqual(section.Keys.Order(StringComparer.Ordinal)),
                $"section '{section.Name}': schema has [{string.Join(", ", schemaKeys)}], loader has [{string.Join(", ", section.Keys)}]");
        }
    }

    [Fact]
    public void Required_keys_agree()
    {
        foreach (var section in BindingSchema.All)
        {
            var definition = ObjectDefinitions()[section.Name];
            var schemaRequired = definition.TryGetProperty("required", out var required)
                ? required.EnumerateArray().Select(r => r.GetString()!).ToArray()
                : [];

            Assert.Equal(section.Required.Order(StringComparer.Ordinal), schemaRequired.Order(StringComparer.Ordinal));
        }
    }

    [Fact]
    public void Every_object_definition_forbids_unknown_properties_like_the_loader()
    {
        Assert.All(ObjectDefinitions(), d => Assert.False(d.Value.GetProperty("additionalProperties").GetBoolean(), d.Key));
    }

    [Fact]
    public void Schema_runbook_names_are_the_built_in_runbooks()
    {
        var names = Schema.GetProperty("$defs").GetProperty("runbook").GetProperty("properties").GetProperty("name").GetProperty("enum")
            .EnumerateArray().Select(n => n.GetString()!);

        Assert.Equal(BindingLoader.BuiltInRunbooks.Order(StringComparer.Ordinal), names.Order(StringComparer.Ordinal));
    }
}
