using System.Net.Http.Json;
using AutoRemediate.Storage;
using AutoRemediate.Storage.Durable;
using AutoRemediate.Storage.Queues;
using Microsoft.Extensions.DependencyInjection;

namespace AutoRemediate.Functions.Tests.Support;

/// <summary>
/// Plays the Azure Functions host's part for a queue trigger: takes messages off the work queue, POSTs each to
/// the handler in the invocation payload shape, and deletes it only when the handler answers success.
/// </summary>
internal sealed class FunctionsHostEmulator(AppFactory app)
{
    private readonly HttpClient _http = app.CreateClient();
    private readonly QueueClient _queue = app.Services.GetRequiredService<StorageClientFactory>().GetQueueClient(AzureDurableStores.WorkQueueName(app.TaskHub));

    public List<HttpResponseMessage> Responses { get; } = [];

    /// <summary>Delivers queued work until <paramref name="done"/> holds.</summary>
    public async Task PumpUntilAsync(Func<Task<bool>> done, TimeSpan timeout)
    {
        using var deadline = new CancellationTokenSource(timeout);
        while (!await done())
        {
            var messages = await _queue.ReceiveMessagesAsync(16, TimeSpan.FromSeconds(30), deadline.Token);
            foreach (var message in messages)
            {
                var response = await InvokeAsync("DurableWork", QueueInvocation(message), deadline.Token);
                if (response.IsSuccessStatusCode)
                {
                    await _queue.DeleteMessageAsync(message.MessageId, message.PopReceipt, deadline.Token);
                }
            }

            if (messages.Count == 0)
            {
                await Task.Delay(50, deadline.Token);
            }
        }
    }

    public async Task<HttpResponseMessage> InvokeAsync(string function, object payload, CancellationToken cancellationToken = default)
    {
        var response = await _http.PostAsJsonAsync(new Uri($"/{function}", UriKind.Relative), payload, cancellationToken);
        Responses.Add(response);
        return response;
    }

    public static object TimerInvocation(string function) => new
    {
        Data = new { timer = new { Schedule = new { AdjustForDST = true }, ScheduleStatus = (object?)null, IsPastDue = false } },
        Metadata = new { sys = new { MethodName = function, UtcNow = DateTimeOffset.UtcNow.ToString("O"), RandGuid = Guid.NewGuid().ToString() } },
    };

    private static object QueueInvocation(QueueMessage message) => new
    {
        Data = new { workItem = message.Text },
        Metadata = new
        {
            message.DequeueCount,
            Id = message.MessageId,
            message.PopReceipt,
            sys = new { MethodName = "DurableWork", UtcNow = DateTimeOffset.UtcNow.ToString("O"), RandGuid = Guid.NewGuid().ToString() },
        },
    };
}
