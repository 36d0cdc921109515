using AutoRemediate.Storage.Errors;
using AutoRemediate.Storage.Queues;
using AutoRemediate.Storage.Tests.Infrastructure;
using AutoRemediate.Testing.Azurite;

namespace AutoRemediate.Storage.Tests.Queues;

[Collection(AzuriteCollection.Name)]
public sealed class QueueMessageTests(AzuriteFixture azurite)
{
    private const string Awkward = "{\"json\":\"<tag> & 'quotes' ünïcødé 🚀\"}";

    [Theory]
    [InlineData(QueueMessageEncoding.Base64)]
    [InlineData(QueueMessageEncoding.XmlText)]
    public async Task Text_round_trips_in_either_encoding(QueueMessageEncoding encoding)
    {
        var queue = await azurite.NewQueueAsync(encoding);

        var sent = await queue.SendMessageAsync(Awkward);
        var received = Assert.Single(await queue.ReceiveMessagesAsync(32));

        Assert.Equal(Awkward, received.Text);
        Assert.Equal(sent.MessageId, received.MessageId);
        Assert.Equal(1, received.DequeueCount);
    }

    [Fact]
    public async Task Delayed_message_stays_invisible_until_the_delay_passes()
    {
        var queue = await azurite.NewQueueAsync();

        await queue.SendMessageAsync("later", visibilityDelay: TimeSpan.FromSeconds(1));
        var early = await queue.ReceiveMessagesAsync();
        await Task.Delay(TimeSpan.FromMilliseconds(1600));
        var late = await queue.ReceiveMessagesAsync();

        Assert.Empty(early);
        Assert.Equal("later", Assert.Single(late).Text);
    }

    [Fact]
    public async Task Received_message_is_hidden_for_the_visibility_timeout()
    {
        var queue = await azurite.NewQueueAsync();
        await queue.SendMessageAsync("work");

        var first = Assert.Single(await queue.ReceiveMessagesAsync(visibilityTimeout: TimeSpan.FromSeconds(1)));
        var hidden = await queue.ReceiveMessagesAsync();
        await Task.Delay(TimeSpan.FromMilliseconds(1600));
        var again = Assert.Single(await queue.ReceiveMessagesAsync());

        Assert.Empty(hidden);
        Assert.Equal(first.MessageId, again.MessageId);
        Assert.Equal(2, again.DequeueCount);
    }

    [Fact]
    public async Task Message_with_short_ttl_expires_and_infinite_ttl_never_expires()
    {
        var queue = await azurite.NewQueueAsync();

        await queue.SendMessageAsync("short", timeToLive: TimeSpan.FromSeconds(1));
        var forever = await queue.SendMessageAsync("forever", timeToLive: QueueClient.InfiniteTimeToLive);
        await Task.Delay(TimeSpan.FromMilliseconds(1600));
        var left = await queue.PeekMessagesAsync(32);

        Assert.Null(forever.ExpiresOn);
        Assert.Equal("forever", Assert.Single(left).Text);
    }

    [Fact]
    public async Task Update_visibility_issues_a_new_receipt_and_controls_when_the_message_returns()
    {
        var queue = await azurite.NewQueueAsync();
        await queue.SendMessageAsync("job");
        var received = Assert.Single(await queue.ReceiveMessagesAsync(visibilityTimeout: TimeSpan.FromSeconds(30)));

        var extended = await queue.UpdateMessageAsync(received.MessageId, received.PopReceipt, TimeSpan.FromSeconds(60));
        var stillHidden = await queue.ReceiveMessagesAsync();
        var released = await queue.UpdateMessageAsync(received.MessageId, extended.PopReceipt, TimeSpan.Zero);
        var back = Assert.Single(await queue.ReceiveMessagesAsync());

        Assert.NotEqual(received.PopReceipt, extended.PopReceipt);
        Assert.True(extended.NextVisibleOn > received.NextVisibleOn);
        Assert.Empty(stillHidden);
        Assert.NotEqual(extended.PopReceipt, released.PopReceipt);
        Assert.Equal(("job", 2), (back.Text, back.DequeueCount));
    }

    [Fact]
    public async Task Update_can_replace_the_message_text()
    {
        var queue = await azurite.NewQueueAsync();
        await queue.SendMessageAsync("v1");
        var received = Assert.Single(await queue.ReceiveMessagesAsync());

        await queue.UpdateMessageAsync(received.MessageId, received.PopReceipt, TimeSpan.Zero, newText: "v2");

        Assert.Equal("v2", Assert.Single(await queue.PeekMessagesAsync()).Text);
    }

    [Fact]
    public async Task Delete_by_pop_receipt_removes_the_message()
    {
        var queue = await azurite.NewQueueAsync();
        await queue.SendMessageAsync("done");
        var received = Assert.Single(await queue.ReceiveMessagesAsync(visibilityTimeout: TimeSpan.FromSeconds(1)));

        await queue.DeleteMessageAsync(received.MessageId, received.PopReceipt);
        await Task.Delay(TimeSpan.FromMilliseconds(1200));

        Assert.Empty(await queue.PeekMessagesAsync(32));
    }

    [Fact]
    public async Task Stale_pop_receipt_is_rejected_for_delete_and_update()
    {
        var queue = await azurite.NewQueueAsync();
        await queue.SendMessageAsync("contended");
        var received = Assert.Single(await queue.ReceiveMessagesAsync());
        await queue.UpdateMessageAsync(received.MessageId, received.PopReceipt, TimeSpan.FromSeconds(30));

        var delete = await Assert.ThrowsAnyAsync<StorageRequestException>(() => queue.DeleteMessageAsync(received.MessageId, received.PopReceipt));
        var update = await Assert.ThrowsAnyAsync<StorageRequestException>(
            () => queue.UpdateMessageAsync(received.MessageId, received.PopReceipt, TimeSpan.Zero));

        Assert.Contains(delete.Status, new[] { 400, 404 });
        Assert.Contains(update.Status, new[] { 400, 404 });
        Assert.NotNull(delete.ErrorCode);
    }

    [Fact]
    public async Task Peek_leaves_visibility_and_dequeue_count_unchanged()
    {
        var queue = await azurite.NewQueueAsync();
        await queue.SendMessageAsync("look");

        var peeked = Assert.Single(await queue.PeekMessagesAsync());
        var received = Assert.Single(await queue.ReceiveMessagesAsync());

        Assert.Equal(("look", 0), (peeked.Text, peeked.DequeueCount));
        Assert.Equal(1, received.DequeueCount);
    }

    [Fact]
    public async Task Receive_returns_up_to_the_requested_number_and_count_tracks_messages()
    {
        var queue = await azurite.NewQueueAsync();
        for (var i = 0; i < 5; i++)
        {
            await queue.SendMessageAsync($"m{i}");
        }

        var count = await queue.GetApproximateMessageCountAsync();
        var two = await queue.ReceiveMessagesAsync(2);
        var rest = await queue.ReceiveMessagesAsync(32);

        Assert.Equal(5, count);
        Assert.Equal(2, two.Count);
        Assert.Equal(3, rest.Count);
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => queue.ReceiveMessagesAsync(33));
    }

    [Fact]
    public async Task Oversized_message_and_excessive_delay_are_rejected_before_sending()
    {
        var queue = await azurite.NewQueueAsync();

        await Assert.ThrowsAsync<ArgumentException>(() => queue.SendMessageAsync(new string('x', 49 * 1024)));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => queue.SendMessageAsync("x", visibilityDelay: TimeSpan.FromDays(8)));
        Assert.Equal(0, await queue.GetApproximateMessageCountAsync());
    }

    [Fact]
    public async Task Create_queue_is_idempotent_and_delete_reports_whether_it_existed()
    {
        var queue = StorageTestClients.Factory(azurite).GetQueueClient(azurite.NewQueueName());

        var first = await queue.CreateIfNotExistsAsync();
        var second = await queue.CreateIfNotExistsAsync();
        var deleted = await queue.DeleteAsync();
        var deletedAgain = await queue.DeleteAsync();

        Assert.Equal((true, false, true, false), (first, second, deleted, deletedAgain));
    }
}
