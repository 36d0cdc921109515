namespace AutoRemediate.Testing.Azurite;

/// <summary>
/// The name of the xunit collection that shares one <see cref="AzuriteFixture"/>. xunit only discovers collection
/// definitions in the test assembly itself, so each test project declares
/// <c>[CollectionDefinition(AzuriteCollection.Name)] public sealed class X : ICollectionFixture&lt;AzuriteFixture&gt;;</c>
/// and tests use <c>[Collection(AzuriteCollection.Name)]</c>.
/// </summary>
public static class AzuriteCollection
{
    /// <summary>The collection name.</summary>
    public const string Name = "Azurite";
}
