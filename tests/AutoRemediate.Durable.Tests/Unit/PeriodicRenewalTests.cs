using AutoRemediate.Durable.Store;
using AutoRemediate.Durable.Tests.Support;
using AutoRemediate.Durable.Worker;
using AutoRemediate.Testing.Time;
using Microsoft.Extensions.Logging.Abstractions;
using NSubstitute;
using Xunit;

namespace AutoRemediate.Durable.Tests.Unit;

public sealed class PeriodicRenewalTests
{
    private static readonly TimeSpan VisibilityTimeout = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Stopping_while_a_renewal_is_under_way_waits_for_it_and_keeps_its_new_pop_receipt()
    {
        var (clock, queue, renewal, reply) = StartRenewingMessage();
        CancellationToken sentWith = default;
        queue.When(q => q.SetVisibilityAsync(Arg.Any<ReceivedWorkMessage>(), VisibilityTimeout, Arg.Any<CancellationToken>()))
            .Do(call => sentWith = call.Arg<CancellationToken>());
        clock.Advance(VisibilityTimeout / 3);
        await Eventually.TrueAsync(() => queue.ReceivedCalls().Any(), "the renewal is sent");

        var stopping = renewal.StopAsync();
        var cancelledByStop = sentWith.IsCancellationRequested;
        reply.SetResult(Message("receipt-2"));
        var last = await stopping;

        Assert.False(cancelledByStop, "stopping must not cancel a renewal the queue may already have applied");
        Assert.Equal("receipt-2", last.PopReceipt);
        Assert.False(renewal.Lost);
    }

    [Fact]
    public async Task A_failed_renewal_marks_the_claim_lost_and_keeps_the_last_good_pop_receipt()
    {
        var (clock, queue, renewal, reply) = StartRenewingMessage();
        clock.Advance(VisibilityTimeout / 3);
        await Eventually.TrueAsync(() => queue.ReceivedCalls().Any(), "the renewal is sent");

        reply.SetException(new InvalidOperationException("the queue refused the pop receipt"));
        var last = await renewal.StopAsync();

        Assert.True(renewal.Lost);
        Assert.Equal("receipt-1", last.PopReceipt);
    }

    [Fact]
    public async Task Stopping_between_renewals_sends_no_further_renewal()
    {
        var (clock, queue, renewal, _) = StartRenewingMessage();

        var last = await renewal.StopAsync();
        clock.Advance(VisibilityTimeout);

        Assert.Empty(queue.ReceivedCalls());
        Assert.Equal("receipt-1", last.PopReceipt);
        Assert.False(renewal.Lost);
    }

    private static (FakeTimeProvider Clock, IWorkQueue Queue, PeriodicRenewal<ReceivedWorkMessage> Renewal, TaskCompletionSource<ReceivedWorkMessage> Reply)
        StartRenewingMessage()
    {
        var clock = new FakeTimeProvider();
        var queue = Substitute.For<IWorkQueue>();
        var reply = new TaskCompletionSource<ReceivedWorkMessage>(TaskCreationOptions.RunContinuationsAsynchronously);
        queue.SetVisibilityAsync(Arg.Any<ReceivedWorkMessage>(), VisibilityTimeout, Arg.Any<CancellationToken>()).Returns(reply.Task);
        var renewal = PeriodicRenewal<ReceivedWorkMessage>.ForMessage(queue, Message("receipt-1"), VisibilityTimeout, clock, NullLogger.Instance);
        return (clock, queue, renewal, reply);
    }

    private static ReceivedWorkMessage Message(string popReceipt) => new("message-1", popReceipt, "{}", 1);
}
