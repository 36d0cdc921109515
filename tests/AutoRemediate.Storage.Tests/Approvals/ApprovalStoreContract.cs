using AutoRemediate.Core.Approvals;

namespace AutoRemediate.Storage.Tests.Approvals;

/// <summary>What every <see cref="IApprovalStore"/> must do; run against the table store and its in-memory twin.</summary>
public abstract class ApprovalStoreContract
{
    protected abstract Task<IApprovalStore> NewStoreAsync();

    [Fact]
    public async Task Created_request_reads_back_pending_with_no_votes()
    {
        var store = await NewStoreAsync();
        var request = ApprovalSamples.Request(ApprovalSamples.RequestId());

        await store.CreateAsync(request, default);
        var record = await store.GetAsync(request.RequestId, default);

        Assert.NotNull(record);
        Assert.Equal(ApprovalStatus.Pending, record.Status);
        Assert.Empty(record.Votes);
        Assert.Equal(request.PlanHash, record.Request.PlanHash);
        Assert.Equal(request.Verdicts, record.Request.Verdicts);
        Assert.Equal(request.Targets, record.Request.Targets);
    }

    [Fact]
    public async Task Creating_the_same_request_twice_keeps_the_first()
    {
        var store = await NewStoreAsync();
        var request = ApprovalSamples.Request(ApprovalSamples.RequestId());
        var first = await store.CreateAsync(request, default);
        await store.RecordVoteAsync(first, ApprovalSamples.Vote("bob@contoso.com", first), "n1", ApprovalStatus.Pending, default);

        var second = await store.CreateAsync(request, default);

        Assert.Single(second.Votes);
    }

    [Fact]
    public async Task Unknown_request_reads_as_null()
    {
        var store = await NewStoreAsync();

        Assert.Null(await store.GetAsync(ApprovalSamples.RequestId(), default));
        Assert.Null(await store.GetAsync("not/a valid id", default));
    }

    [Fact]
    public async Task Token_can_be_consumed_once()
    {
        var store = await NewStoreAsync();
        var record = await store.CreateAsync(ApprovalSamples.Request(ApprovalSamples.RequestId()), default);

        var first = await store.RecordVoteAsync(record, ApprovalSamples.Vote("bob@contoso.com", record), "nonce-1", ApprovalStatus.Pending, default);
        var reread = (await store.GetAsync(record.Request.RequestId, default))!;
        var reused = await store.RecordVoteAsync(reread, ApprovalSamples.Vote("carol@contoso.com", reread), "nonce-1", ApprovalStatus.Approved, default);

        Assert.Equal(ApprovalWriteOutcome.Written, first);
        Assert.Equal(ApprovalWriteOutcome.TokenAlreadyUsed, reused);
        Assert.True(await store.IsTokenUsedAsync(record.Request.RequestId, "nonce-1", default));
        Assert.False(await store.IsTokenUsedAsync(record.Request.RequestId, "nonce-2", default));
        var final = (await store.GetAsync(record.Request.RequestId, default))!;
        Assert.Equal((ApprovalStatus.Pending, 1), (final.Status, final.Votes.Count));
    }

    [Fact]
    public async Task Same_approver_cannot_vote_twice_on_one_plan()
    {
        var store = await NewStoreAsync();
        var record = await store.CreateAsync(ApprovalSamples.Request(ApprovalSamples.RequestId()), default);
        await store.RecordVoteAsync(record, ApprovalSamples.Vote("bob@contoso.com", record), "n1", ApprovalStatus.Pending, default);
        var reread = (await store.GetAsync(record.Request.RequestId, default))!;

        var again = await store.RecordVoteAsync(reread, ApprovalSamples.Vote("BOB@contoso.com", reread), "n2", ApprovalStatus.Approved, default);

        Assert.Equal(ApprovalWriteOutcome.AlreadyVoted, again);
        Assert.False(await store.IsTokenUsedAsync(record.Request.RequestId, "n2", default));
    }

    [Fact]
    public async Task Two_decisions_on_the_same_version_cannot_both_land()
    {
        var store = await NewStoreAsync();
        var record = await store.CreateAsync(ApprovalSamples.Request(ApprovalSamples.RequestId()), default);

        var outcomes = await Task.WhenAll(
            store.RecordVoteAsync(record, ApprovalSamples.Vote("bob@contoso.com", record), "n-bob", ApprovalStatus.Pending, default),
            store.RecordVoteAsync(record, ApprovalSamples.Vote("carol@contoso.com", record), "n-carol", ApprovalStatus.Pending, default));

        Assert.Equal([ApprovalWriteOutcome.Written, ApprovalWriteOutcome.Stale], outcomes.Order());
        var final = (await store.GetAsync(record.Request.RequestId, default))!;
        Assert.Single(final.Votes);
        var loser = final.Votes[0].Approver == "bob@contoso.com" ? "n-carol" : "n-bob";
        Assert.False(await store.IsTokenUsedAsync(record.Request.RequestId, loser, default));
    }

    [Fact]
    public async Task Deciding_vote_records_status_time_and_origin()
    {
        var store = await NewStoreAsync();
        var record = await store.CreateAsync(ApprovalSamples.Request(ApprovalSamples.RequestId()), default);
        var vote = ApprovalSamples.Vote("bob@contoso.com", record, ApprovalVerdict.Reject);

        await store.RecordVoteAsync(record, vote, "n1", ApprovalStatus.Rejected, default);
        var final = (await store.GetAsync(record.Request.RequestId, default))!;

        Assert.Equal((ApprovalStatus.Rejected, vote.At), (final.Status, final.DecidedAt));
        Assert.Equal(vote, Assert.Single(final.Votes));
    }

    [Fact]
    public async Task Update_replaces_the_plan_only_from_the_version_it_read()
    {
        var store = await NewStoreAsync();
        var record = await store.CreateAsync(ApprovalSamples.Request(ApprovalSamples.RequestId()), default);
        var revised = ApprovalSamples.Request(record.Request.RequestId, operation: "scale out");

        var written = await store.UpdateAsync(record, revised, ApprovalStatus.Pending, null, default);
        var stale = await store.UpdateAsync(record, record.Request, ApprovalStatus.Expired, ApprovalSamples.Now, default);

        Assert.Equal((ApprovalWriteOutcome.Written, ApprovalWriteOutcome.Stale), (written, stale));
        var final = (await store.GetAsync(record.Request.RequestId, default))!;
        Assert.Equal((revised.PlanHash, ApprovalStatus.Pending), (final.Request.PlanHash, final.Status));
    }

    [Fact]
    public async Task Pending_lists_only_undecided_requests()
    {
        var store = await NewStoreAsync();
        var open = await store.CreateAsync(ApprovalSamples.Request(ApprovalSamples.RequestId()), default);
        var expired = await store.CreateAsync(ApprovalSamples.Request(ApprovalSamples.RequestId()), default);
        await store.UpdateAsync(expired, expired.Request, ApprovalStatus.Expired, ApprovalSamples.Now, default);

        var pending = await store.ListPendingAsync(default);

        Assert.Contains(pending, r => r.RequestId == open.Request.RequestId);
        Assert.DoesNotContain(pending, r => r.RequestId == expired.Request.RequestId);
    }
}
