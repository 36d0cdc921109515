using AutoRemediate.Testing.Azurite;

namespace AutoRemediate.Functions.Tests;

/// <summary>One Azurite for the whole assembly.</summary>
[CollectionDefinition(AzuriteCollection.Name)]
public sealed class AzuriteTests : ICollectionFixture<AzuriteFixture>;
