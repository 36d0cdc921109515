using AutoRemediate.Azure.Requests;
using AutoRemediate.Azure.DryRun;
using Azure.Core;
using Azure.Core.Pipeline;
using Microsoft.Extensions.Logging;

namespace AutoRemediate.Azure.Pipeline;

/// <summary>
/// The first policy of every pipeline (SDK clients' and the REST clients' alike): records each change — any request
/// but GET and HEAD — into the calling <see cref="ChangeCapture"/>, and in a dry run (<paramref name="plan"/> set)
/// answers it with <see cref="DryRunResponse"/> instead of sending it.
/// </summary>
/// <remarks>
/// It runs per call, before retries and authentication, so a dry-run change never leaves the process and never even
/// asks for a token. Reads pass through, so a dry run sees real state and builds the same bodies as a live run.
/// </remarks>
internal sealed class ChangePolicy(AzureAudience audience, DryRunPlan? plan, ILogger logger) : HttpPipelinePolicy
{
    public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        if (Intercept(message))
        {
            return;
        }

        ProcessNext(message, pipeline);
        Answered(message);
    }

    public override async ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        if (Intercept(message))
        {
            return;
        }

        await ProcessNextAsync(message, pipeline).ConfigureAwait(false);
        Answered(message);
    }

    private static void Answered(HttpMessage message)
    {
        if (message.HasResponse)
        {
            ChangeCapture.Of(message)?.Answered(message.Response);
        }
    }

    private static bool IsRead(RequestMethod method) => method == RequestMethod.Get || method == RequestMethod.Head;

    private bool Intercept(HttpMessage message)
    {
        var method = message.Request.Method;
        if (IsRead(method))
        {
            return false;
        }

        var request = new ArmRequest(method.Method, message.Request.Uri.ToUri(), Body(message.Request.Content), audience);
        ChangeCapture.Of(message)?.Add(request, plan is not null);
        if (plan is null)
        {
            return false;
        }

        plan.Add(request);
        Logs.DryRunRecorded(logger, request.Method, request.Uri.AbsolutePath);
        message.Response = DryRunResponse.For(request);
        return true;
    }

    private static string? Body(RequestContent? content)
    {
        if (content is null)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        content.WriteTo(buffer, CancellationToken.None);
        return buffer.Length == 0 ? null : System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }
}
