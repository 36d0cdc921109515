using System.Text.Json.Nodes;

namespace AutoRemediate.AzureFakes.State;

/// <summary>A fake Key Vault certificate: its policy, its versions (newest last) and any pending create operation.</summary>
internal sealed class FakeCertificate(string name, JsonObject policy)
{
    public string Name { get; } = name;

    public JsonObject Policy { get; } = policy;

    public List<FakeCertificateVersion> Versions { get; } = [];

    public FakeOperation? Pending { get; set; }

    public int ValidityMonths => Policy["x509_props"]?["validity_months"]?.GetValue<int>() ?? 12;
}
