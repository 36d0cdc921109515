using System.Text.Json;
using AutoRemediate.Core.Guardrails.Policy;

namespace AutoRemediate.Core.Tests.Guardrails.Policy;

/// <summary>The policy's JSON schema (for editors) and the loader describe the same keys.</summary>
public sealed class PolicySchemaAgreementTests
{
    private static readonly JsonElement Schema = JsonDocument.Parse(
        File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "runbooks", "policy", "guardrails.schema.json"))).RootElement;

    public static TheoryData<string> Sections => new(GuardrailPolicySchema.All.Select(s => s.Name));

    [Theory]
    [MemberData(nameof(Sections))]
    public void Schema_and_loader_agree_on_keys_and_required_keys(string name)
    {
        var section = GuardrailPolicySchema.All.Single(s => s.Name == name);
        var definition = name == "file" ? Schema : Schema.GetProperty("$defs").GetProperty(name);

        Assert.Equal(section.Keys.Order(StringComparer.Ordinal), definition.GetProperty("properties").EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
        Assert.Equal(section.Required.Order(StringComparer.Ordinal), Required(definition).Order(StringComparer.Ordinal));
    }

    private static IEnumerable<string> Required(JsonElement definition) =>
        definition.TryGetProperty("required", out var required) ? required.EnumerateArray().Select(r => r.GetString()!) : [];
}
