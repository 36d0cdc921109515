using Xunit;
using AutoRemediate.Testing.Azurite;

namespace AutoRemediate.Durable.Tests;

/// <summary>One Azurite for the whole assembly.</summary>
[CollectionDefinition(AzuriteCollection.Name)]
public sealed class AzuriteTests : ICollectionFixture<AzuriteFixture>;
