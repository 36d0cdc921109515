using AutoRemediate.Core.Guardrails;
using AutoRemediate.Core.Guardrails.State;

namespace AutoRemediate.Storage.Tests.Guardrails;

public sealed class InMemoryGuardrailStateStoreTests : GuardrailStateStoreContract
{
    protected override Task<IGuardrailStateStore> CreateStoreAsync() => Task.FromResult<IGuardrailStateStore>(GuardrailStateStore.CreateInMemory());
}
