using AutoRemediate.Azure.Requests;
using Azure;
using Azure.Core;
using Azure.Core.Pipeline;

namespace AutoRemediate.Azure.Pipeline;

/// <summary>
/// The changes (non-GET requests) one client call made, as <see cref="ChangePolicy"/> saw them leave the pipeline:
/// the exact method, URI and body an SDK client built, for the audit record of a live run and the plan of a dry run.
/// </summary>
/// <remarks>
/// Handed to the pipeline through Azure.Core's message-properties scope (an async-local of Azure.Core's own), so one
/// shared client serves concurrent calls and each call sees only its own requests.
/// </remarks>
internal sealed class ChangeCapture
{
    private const string PropertyName = "AutoRemediate.ChangeCapture";

    private readonly Lock _gate = new();
    private readonly List<ArmRequest> _requests = [];

    /// <summary>The changes seen, in order.</summary>
    public IReadOnlyList<ArmRequest> Requests
    {
        get
        {
            lock (_gate)
            {
                return [.. _requests];
            }
        }
    }

    /// <summary>The last answer received, read or change (its headers carry the request ids and operation URLs).</summary>
    public Response? Response { get; private set; }

    /// <summary>Whether a change was answered by the dry-run policy instead of being sent.</summary>
    public bool AnsweredWithoutSending { get; private set; }

    /// <summary>Starts capturing the changes of the calls made until the returned scope is disposed.</summary>
    public IDisposable Begin() => HttpPipeline.CreateHttpMessagePropertiesScope(new Dictionary<string, object?> { [PropertyName] = this });

    /// <summary>The capture of the call that created <paramref name="message"/>, if any.</summary>
    public static ChangeCapture? Of(HttpMessage message) =>
        message.TryGetProperty(PropertyName, out var value) ? value as ChangeCapture : null;

    public void Answered(Response response)
    {
        lock (_gate)
        {
            Response = response;
        }
    }

    public void Add(ArmRequest request, bool dryRun)
    {
        lock (_gate)
        {
            _requests.Add(request);
            AnsweredWithoutSending |= dryRun;
        }
    }
}
