using System.Diagnostics;
using System.Text.Json;
using AutoRemediate.Functions.Functions;
using AutoRemediate.Functions.Maintenance;
using AutoRemediate.Functions.Toil;
using AutoRemediate.Core.Toil;

namespace AutoRemediate.Functions.CustomHandler;

/// <summary>
/// The routes the Azure Functions host POSTs non-HTTP invocations to (<c>/{FunctionName}</c>), answering in the
/// custom-handler response shape. Mapped only in custom-handler mode, where the app listens on loopback.
/// </summary>
internal static class CustomHandlerEndpoints
{
    public static void MapCustomHandlerInvocations(this IEndpointRouteBuilder app)
    {
        app.MapInvocation(FunctionCatalog.InstancePurge, static async (_, services, ct) =>
            $"purged {await services.GetRequiredService<InstancePurge>().RunOnceAsync(ct)} instances");
        app.MapInvocation(FunctionCatalog.ToilDailyReport, static async (_, services, ct) =>
            string.Join("; ", await services.GetRequiredService<ToilTimer>().FireAsync(ToilWindowKind.Day, ct)));
        app.MapInvocation(FunctionCatalog.ToilWeeklyReport, static async (_, services, ct) =>
            string.Join("; ", await services.GetRequiredService<ToilTimer>().FireAsync(ToilWindowKind.Week, ct)));
    }

    private static void MapInvocation(
        this IEndpointRouteBuilder app, FunctionDeclaration function, Func<InvocationRequest, IServiceProvider, CancellationToken, Task<string>> handler) =>
        app.MapPost($"/{function.Name}", async (HttpContext http, ILogger<InvocationRequest> logger) =>
        {
            var started = Stopwatch.GetTimestamp();
            try
            {
                var request = await ReadAsync(http);
                var log = await handler(request, http.RequestServices, http.RequestAborted);
                logger.InvocationCompleted(function.Name, (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                return Results.Json(InvocationResponse.Done(log));
            }
            catch (InvalidInvocationException exception)
            {
                logger.InvocationRejected(function.Name, exception.Message);
                return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Invalid invocation payload", detail: exception.Message);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // A failure answer makes the Functions host retry the queue message; the engine is idempotent per message.
                logger.InvocationFailed(function.Name, exception);
                return Results.Json(InvocationResponse.Done($"{function.Name} failed: {exception.GetType().Name}"), statusCode: StatusCodes.Status500InternalServerError);
            }
        });

    private static async Task<InvocationRequest> ReadAsync(HttpContext http)
    {
        try
        {
            return await http.Request.ReadFromJsonAsync<InvocationRequest>(http.RequestAborted)
                ?? throw new InvalidInvocationException("The body is empty; expected {\"Data\": {...}, \"Metadata\": {...}}.");
        }
        catch (JsonException exception)
        {
            throw new InvalidInvocationException($"The body is not an invocation payload: {exception.Message}");
        }
        catch (InvalidOperationException exception)
        {
            throw new InvalidInvocationException($"The body is not JSON: {exception.Message}");
        }
    }
}
