using AutoRemediate.Core.Toil;
using AutoRemediate.Storage.Errors;
using AutoRemediate.Storage.Stores;
using AutoRemediate.Storage.Tests.Infrastructure;
using AutoRemediate.Storage.Toil;
using AutoRemediate.Testing.Azurite;
using Azure.Data.Tables;

namespace AutoRemediate.Storage.Tests.Stores;

/// <summary>SDK failures come out of a store table as the typed storage exceptions callers branch on.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class TableFailuresTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Update_with_an_etag_someone_else_replaced_fails_as_a_precondition_failure()
    {
        var table = await StoreTestTables.NewAsync(azurite);
        var first = await table.AddAsync(new TableEntity("p", "r") { ["Owner"] = "a" }, default);
        await table.UpdateAsync(new TableEntity("p", "r") { ["Owner"] = "b" }, first, TableUpdateMode.Replace, default);

        var error = await Assert.ThrowsAsync<StoragePreconditionFailedException>(
            () => table.UpdateAsync(new TableEntity("p", "r") { ["Owner"] = "c" }, first, TableUpdateMode.Merge, default));

        Assert.Equal(412, error.Status);
        Assert.Equal("b", (await table.GetAsync("p", "r", default))!.ReadString("Owner"));
    }

    [Fact]
    public async Task Transaction_inserting_an_existing_row_fails_as_a_conflict_naming_that_operation()
    {
        var table = await StoreTestTables.NewAsync(azurite);
        await table.AddAsync(new TableEntity("p", "taken"), default);

        var error = await Assert.ThrowsAsync<StorageConflictException>(() => table.SubmitAsync(
            [
                new(TableTransactionActionType.Add, new TableEntity("p", "new-0")),
                new(TableTransactionActionType.Add, new TableEntity("p", "new-1")),
                new(TableTransactionActionType.Add, new TableEntity("p", "taken")),
            ],
            default));

        Assert.Equal((409, 2), (error.Status, error.FailedOperationIndex));
        Assert.Null(await table.GetAsync("p", "new-0", default));
    }

    [Fact]
    public async Task Store_that_cannot_connect_fails_without_a_status_after_one_attempt()
    {
        var ledger = ToilStoreRegistration.CreateLedger(StoreTestTables.Unreachable(maxRetries: 0), "toil");

        var error = await Assert.ThrowsAsync<StorageRequestException>(() => ledger.RecordAsync(Occurrence(), default));

        Assert.Equal(0, error.Status);
        Assert.Contains("failed without a response", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Store_that_cannot_connect_fails_without_a_status_once_its_retries_run_out()
    {
        var ledger = ToilStoreRegistration.CreateLedger(StoreTestTables.Unreachable(maxRetries: 2), "toil");

        var error = await Assert.ThrowsAsync<StorageRequestException>(() => ledger.RecordAsync(Occurrence(), default));

        Assert.Equal(0, error.Status);
        Assert.IsType<AggregateException>(error.InnerException);
    }

    private static ToilOccurrence Occurrence()
    {
        var at = new DateTimeOffset(2026, 11, 21, 7, 0, 0, TimeSpan.Zero);
        return new() { OccurrenceId = "o", RemediationId = "o", OccurredAt = at, EndedAt = at.AddMinutes(2), Outcome = ToilOutcome.Escalated, RuleName = "r" };
    }
}
