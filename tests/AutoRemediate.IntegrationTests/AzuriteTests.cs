using AutoRemediate.Testing.Azurite;

namespace AutoRemediate.IntegrationTests;

/// <summary>One Azurite for the whole assembly.</summary>
[CollectionDefinition(AzuriteCollection.Name)]
public sealed class AzuriteTests : ICollectionFixture<AzuriteFixture>;
