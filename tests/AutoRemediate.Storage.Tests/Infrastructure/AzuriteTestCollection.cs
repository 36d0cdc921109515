using AutoRemediate.Testing.Azurite;

namespace AutoRemediate.Storage.Tests.Infrastructure;

[CollectionDefinition(AzuriteCollection.Name)]
public sealed class AzuriteTestCollection : ICollectionFixture<AzuriteFixture>;
