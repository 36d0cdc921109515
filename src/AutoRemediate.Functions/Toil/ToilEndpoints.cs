using AutoRemediate.Functions.Operator;

namespace AutoRemediate.Functions.Toil;

/// <summary>The toil API, for an operator exactly like the operator API: the manual toil log and the stored reports.</summary>
internal static class ToilEndpoints
{
    public static void MapToilApi(this IEndpointRouteBuilder app)
    {
        var toil = app.MapGroup("/api/toil").AddEndpointFilter<OperatorAuthenticationFilter>().AddEndpointFilter<OperatorStorageFilter>();
        toil.MapPost(string.Empty, (HttpContext http, ManualToilLog log, OperatorIdentityResolver identities) => log.AddAsync(http, identities.Resolve(http.Request)));
        toil.MapGet(string.Empty, (string? from, string? to, ManualToilLog log, CancellationToken ct) => log.ListAsync(from, to, ct));
        toil.MapGet("/reports", (ToilReportReader reader, CancellationToken ct) => reader.ListAsync(ct));
        toil.MapGet("/reports/{window}", (string window, HttpResponse response, ToilReportReader reader, CancellationToken ct) => reader.GetAsync(window, response, ct));
        toil.MapPost("/reports/{window}/run", (string window, ToilReportReader reader, ToilReportRunner runner, CancellationToken ct) => reader.RunAsync(window, runner, ct));
    }
}
