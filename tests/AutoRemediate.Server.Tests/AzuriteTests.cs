using AutoRemediate.Testing.Azurite;

namespace AutoRemediate.Server.Tests;

/// <summary>One Azurite for the whole assembly.</summary>
[CollectionDefinition(AzuriteCollection.Name)]
public sealed class AzuriteTests : ICollectionFixture<AzuriteFixture>;
