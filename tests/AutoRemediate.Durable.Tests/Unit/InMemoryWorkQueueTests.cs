using AutoRemediate.Testing.Time;
using AutoRemediate.Durable.InMemory;
using AutoRemediate.Durable.Tests.Support;
using Xunit;

namespace AutoRemediate.Durable.Tests.Unit;

public sealed class InMemoryWorkQueueTests
{
    private readonly FakeTimeProvider clock = new();

    [Fact]
    public async Task Delayed_message_stays_invisible_until_its_delay_passes()
    {
        var queue = new InMemoryWorkQueue(clock);
        await queue.EnqueueAsync("later", TimeSpan.FromSeconds(10), default);

        Assert.Empty(await queue.ReceiveAsync(1, TimeSpan.FromSeconds(30), default));
        clock.Advance(TimeSpan.FromSeconds(10));
        Assert.Equal("later", Assert.Single(await queue.ReceiveAsync(1, TimeSpan.FromSeconds(30), default)).Body);
    }

    [Fact]
    public async Task Received_message_reappears_after_its_visibility_timeout()
    {
        var queue = new InMemoryWorkQueue(clock);
        await queue.EnqueueAsync("work", TimeSpan.Zero, default);
        var first = Assert.Single(await queue.ReceiveAsync(1, TimeSpan.FromSeconds(30), default));

        Assert.Empty(await queue.ReceiveAsync(1, TimeSpan.FromSeconds(30), default));
        clock.Advance(TimeSpan.FromSeconds(30));
        var again = Assert.Single(await queue.ReceiveAsync(1, TimeSpan.FromSeconds(30), default));

        Assert.Equal((1, 2), (first.DequeueCount, again.DequeueCount));
        await Assert.ThrowsAsync<InvalidOperationException>(() => queue.DeleteAsync(first, default));
        await queue.DeleteAsync(again, default);
        Assert.Equal(0, queue.Count);
    }

    [Fact]
    public async Task Extending_visibility_hides_the_message_and_changes_its_receipt()
    {
        var queue = new InMemoryWorkQueue(clock);
        await queue.EnqueueAsync("work", TimeSpan.Zero, default);
        var received = Assert.Single(await queue.ReceiveAsync(1, TimeSpan.FromSeconds(30), default));

        clock.Advance(TimeSpan.FromSeconds(20));
        var extended = await queue.SetVisibilityAsync(received, TimeSpan.FromSeconds(30), default);
        clock.Advance(TimeSpan.FromSeconds(20));

        Assert.NotEqual(received.PopReceipt, extended.PopReceipt);
        Assert.Empty(await queue.ReceiveAsync(1, TimeSpan.FromSeconds(30), default));
        await queue.DeleteAsync(extended, default);
    }

    [Fact]
    public async Task Messages_are_received_oldest_visible_first_up_to_the_maximum()
    {
        var queue = new InMemoryWorkQueue(clock);
        foreach (var body in new[] { "a", "b", "c" })
        {
            await queue.EnqueueAsync(body, TimeSpan.Zero, default);
        }

        Assert.Equal(["a", "b"], (await queue.ReceiveAsync(2, TimeSpan.FromSeconds(30), default)).Select(m => m.Body));
    }

    [Fact]
    public async Task Oversized_bodies_and_delays_beyond_seven_days_are_rejected()
    {
        var queue = new InMemoryWorkQueue(clock);

        await Assert.ThrowsAsync<ArgumentException>(() => queue.EnqueueAsync(new string('x', (48 * 1024) + 1), TimeSpan.Zero, default));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => queue.EnqueueAsync("x", TimeSpan.FromDays(7) + TimeSpan.FromSeconds(1), default));
        await queue.EnqueueAsync(new string('x', 48 * 1024), TimeSpan.FromDays(7), default);
    }
}
