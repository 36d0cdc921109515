using AutoRemediate.Testing.Azurite;

namespace AutoRemediate.Storage.Tests.Durable;

[Collection(AzuriteCollection.Name)]
public sealed class WorkQueueTests(AzuriteFixture azurite)
{
    private readonly CancellationToken _ct = CancellationToken.None;

    [Fact]
    public async Task Enqueued_message_is_received_with_its_body_and_hidden_until_deleted()
    {
        var queue = DurableTestStores.Create(azurite).Queue;
        await queue.EnqueueAsync("{\"instance\":\"i1\"}", TimeSpan.Zero, _ct);

        var received = Assert.Single(await queue.ReceiveAsync(10, TimeSpan.FromSeconds(30), _ct));
        var hidden = await queue.ReceiveAsync(10, TimeSpan.FromSeconds(30), _ct);
        await queue.DeleteAsync(received, _ct);

        Assert.Equal(("{\"instance\":\"i1\"}", 1), (received.Body, received.DequeueCount));
        Assert.Empty(hidden);
    }

    [Fact]
    public async Task Delayed_message_appears_only_after_the_delay()
    {
        var queue = DurableTestStores.Create(azurite).Queue;

        await queue.EnqueueAsync("timer", TimeSpan.FromSeconds(1), _ct);
        var early = await queue.ReceiveAsync(1, TimeSpan.FromSeconds(30), _ct);
        await Task.Delay(TimeSpan.FromMilliseconds(1600));
        var late = await queue.ReceiveAsync(1, TimeSpan.FromSeconds(30), _ct);

        Assert.Empty(early);
        Assert.Equal("timer", Assert.Single(late).Body);
    }

    [Fact]
    public async Task Message_not_deleted_reappears_after_the_visibility_timeout_with_a_higher_dequeue_count()
    {
        var queue = DurableTestStores.Create(azurite).Queue;
        await queue.EnqueueAsync("crash", TimeSpan.Zero, _ct);

        var first = Assert.Single(await queue.ReceiveAsync(1, TimeSpan.FromSeconds(1), _ct));
        await Task.Delay(TimeSpan.FromMilliseconds(1600));
        var again = Assert.Single(await queue.ReceiveAsync(1, TimeSpan.FromSeconds(30), _ct));

        Assert.Equal(first.MessageId, again.MessageId);
        Assert.Equal(2, again.DequeueCount);
    }

    [Fact]
    public async Task Extending_visibility_returns_a_new_receipt_that_deletes_the_message()
    {
        var queue = DurableTestStores.Create(azurite).Queue;
        await queue.EnqueueAsync("long work", TimeSpan.Zero, _ct);
        var received = Assert.Single(await queue.ReceiveAsync(1, TimeSpan.FromSeconds(1), _ct));

        var extended = await queue.SetVisibilityAsync(received, TimeSpan.FromSeconds(60), _ct);
        await Task.Delay(TimeSpan.FromMilliseconds(1300));
        var stillHidden = await queue.ReceiveAsync(1, TimeSpan.FromSeconds(30), _ct);
        await queue.DeleteAsync(extended, _ct);
        var released = await queue.SetVisibilityAsync(extended with { }, TimeSpan.Zero, _ct).ContinueWith(t => t.IsFaulted, TaskScheduler.Default);

        Assert.NotEqual(received.PopReceipt, extended.PopReceipt);
        Assert.Equal(received.Body, extended.Body);
        Assert.Empty(stillHidden);
        Assert.True(released);
    }

    [Fact]
    public async Task Delete_with_a_stale_receipt_does_not_throw()
    {
        var queue = DurableTestStores.Create(azurite).Queue;
        await queue.EnqueueAsync("twice", TimeSpan.Zero, _ct);
        var received = Assert.Single(await queue.ReceiveAsync(1, TimeSpan.FromSeconds(30), _ct));
        await queue.SetVisibilityAsync(received, TimeSpan.FromSeconds(30), _ct);

        var error = await Record.ExceptionAsync(() => queue.DeleteAsync(received, _ct));

        Assert.Null(error);
    }

    [Fact]
    public async Task Delays_beyond_seven_days_and_bodies_beyond_48_KiB_are_rejected()
    {
        var queue = DurableTestStores.Create(azurite).Queue;

        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => queue.EnqueueAsync("x", TimeSpan.FromDays(7) + TimeSpan.FromSeconds(1), _ct));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => queue.EnqueueAsync("x", TimeSpan.FromSeconds(-1), _ct));
        await Assert.ThrowsAsync<ArgumentException>(() => queue.EnqueueAsync(new string('x', (48 * 1024) + 1), TimeSpan.Zero, _ct));
        await queue.EnqueueAsync(new string('x', 48 * 1024), TimeSpan.FromDays(7), _ct);
    }
}
