using AutoRemediate.Functions.Operator;
using AutoRemediate.Functions.Roles;

namespace AutoRemediate.Functions.Toil;

/// <summary>
/// The toil API, for an operator exactly like the operator API: the manual toil log and the stored reports. Reads need
/// Viewer; adding manual toil and running a report need Operator.
/// </summary>
internal static class ToilEndpoints
{
    public static void MapToilApi(this IEndpointRouteBuilder app)
    {
        var toil = app.MapGroup("/api/toil").AddEndpointFilter<OperatorAuthenticationFilter>().AddEndpointFilter<OperatorStorageFilter>();
        toil.MapPost(string.Empty, (HttpContext http, ManualToilLog log, OperatorIdentityResolver identities) => log.AddAsync(http, identities.Resolve(http.Request)))
            .RequireRole(OperatorRole.Operator);
        toil.MapGet(string.Empty, (string? from, string? to, ManualToilLog log, CancellationToken ct) => log.ListAsync(from, to, ct)).RequireRole(OperatorRole.Viewer);
        toil.MapGet("/reports", (ToilReportReader reader, CancellationToken ct) => reader.ListAsync(ct)).RequireRole(OperatorRole.Viewer);
        toil.MapGet("/reports/{window}", (string window, HttpResponse response, ToilReportReader reader, CancellationToken ct) => reader.GetAsync(window, response, ct))
            .RequireRole(OperatorRole.Viewer);
        toil.MapPost("/reports/{window}/run", (string window, ToilReportReader reader, ToilReportRunner runner, CancellationToken ct) => reader.RunAsync(window, runner, ct))
            .RequireRole(OperatorRole.Operator);
    }
}
