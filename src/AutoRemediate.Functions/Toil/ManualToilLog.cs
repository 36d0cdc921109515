using System.Globalization;
using AutoRemediate.Core.Toil;
using AutoRemediate.Functions.Operator;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AutoRemediate.Functions.Toil;

/// <summary>The manual toil log behind <c>POST</c> and <c>GET /api/toil</c> and the <c>toil add</c> command.</summary>
internal sealed class ManualToilLog(IToilLedger ledger, TimeProvider time, ILogger<ManualToilLog> logger)
{
    public static readonly TimeSpan DefaultListSpan = TimeSpan.FromDays(30);
    public static readonly TimeSpan MaxListSpan = TimeSpan.FromDays(92);

    /// <summary>The API's add, recorded as by <paramref name="identity"/> (the operator the API let in).</summary>
    public async Task<Results<Created<ManualToilEntry>, ProblemHttpResult>> AddAsync(HttpContext http, string? identity)
    {
        if (identity is null)
        {
            return OperatorProblems.NoIdentity();
        }

        var (input, problem) = await OperatorBody.ReadAsync<ManualToilInput>(http.Request);
        if (problem is not null)
        {
            return problem;
        }

        var (entry, errors) = await AddAsync(input!, identity, http.RequestAborted);
        return entry is null ? Invalid(errors) : TypedResults.Created($"/api/toil?from={Uri.EscapeDataString(entry.At.ToString("O", CultureInfo.InvariantCulture))}", entry);
    }

    /// <summary>Validates and stores; nothing is written when any field is wrong.</summary>
    public async Task<(ManualToilEntry? Entry, IReadOnlyList<ToilInputError> Errors)> AddAsync(ManualToilInput input, string recordedBy, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var errors = input.Validate(now);
        if (errors.Count > 0)
        {
            return (null, errors);
        }

        var entry = input.ToEntry(now, recordedBy);
        await ledger.AddManualAsync(entry, cancellationToken);
        logger.ManualToilLogged(entry.Who, entry.Minutes, entry.Category, entry.Id, entry.RecordedBy);
        return (entry, []);
    }

    public async Task<Results<Ok<ManualToilList>, ProblemHttpResult>> ListAsync(string? from, string? to, CancellationToken cancellationToken)
    {
        var end = to is null ? time.GetUtcNow() : ParseTime(to);
        if (end is null)
        {
            return OperatorProblems.BadParameter("to", "an ISO 8601 time with offset, e.g. 2026-11-21T00:00:00Z");
        }

        var start = from is null ? end - DefaultListSpan : ParseTime(from);
        if (start is null)
        {
            return OperatorProblems.BadParameter("from", "an ISO 8601 time with offset, e.g. 2026-11-01T00:00:00Z");
        }

        if (start >= end || end - start > MaxListSpan)
        {
            return OperatorProblems.BadParameter("from", $"must be before 'to' and at most {MaxListSpan.TotalDays:0} days before it");
        }

        var entries = new List<ManualToilEntry>();
        await foreach (var entry in ledger.ReadManualAsync(start.Value, end.Value, cancellationToken))
        {
            entries.Add(entry);
        }

        entries.Sort((a, b) => a.At.CompareTo(b.At));
        return TypedResults.Ok(new ManualToilList(start.Value, end.Value, entries.Sum(e => e.Minutes), entries));
    }

    private static ProblemHttpResult Invalid(IReadOnlyList<ToilInputError> errors) =>
        TypedResults.Problem(
            string.Join("; ", errors),
            statusCode: StatusCodes.Status400BadRequest,
            title: "Invalid manual toil entry",
            extensions: new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                ["parameter"] = errors[0].Field,
                ["errors"] = errors.Select(e => new Dictionary<string, string> { ["field"] = e.Field, ["message"] = e.Message }).ToList(),
            });

    private static DateTimeOffset? ParseTime(string text) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var value) ? value : null;
}
