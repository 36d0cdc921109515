using AutoRemediate.Core.Text;
using AutoRemediate.Functions.Roles;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AutoRemediate.Functions.Operator;

/// <summary>
/// The operator API's refusals as problem+json; a 400 names the offending parameter. Input quoted back goes through
/// <see cref="UntrustedText.Echo"/> (escaped, at most <see cref="UntrustedText.MaxEchoLength"/> characters).
/// </summary>
internal static class OperatorProblems
{
    public static ProblemHttpResult BadParameter(string parameter, string detail) =>
        TypedResults.Problem(
            $"{parameter}: {detail}",
            statusCode: StatusCodes.Status400BadRequest,
            title: "Invalid parameter",
            extensions: new Dictionary<string, object?>(StringComparer.Ordinal) { ["parameter"] = parameter });

    public static ProblemHttpResult NotFound(string what, string id) =>
        TypedResults.Problem($"no {what} '{UntrustedText.Echo(id)}' exists", statusCode: StatusCodes.Status404NotFound, title: "Not found");

    public static ProblemHttpResult Conflict(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status409Conflict, title: "Conflict");

    public static ProblemHttpResult NoIdentity() =>
        Unauthenticated("no operator identity: sign in through App Service Authentication (Operator:TrustAppServiceAuthentication), or set Operator:LocalIdentity when running locally in Development");

    public static ProblemHttpResult Unauthenticated(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status401Unauthorized, title: "Not authenticated");

    /// <summary>403 naming the role the route needs (also as <c>requiredRole</c>) and the roles the operator holds.</summary>
    public static ProblemHttpResult Forbidden(OperatorRole required, string @operator, IReadOnlySet<OperatorRole> held) =>
        TypedResults.Problem(
            $"this needs the {required} role; {UntrustedText.Echo(@operator)} has {RoleGrants.Describe(held)}",
            statusCode: StatusCodes.Status403Forbidden,
            title: "Forbidden",
            extensions: new Dictionary<string, object?>(StringComparer.Ordinal) { ["requiredRole"] = required.ToString() });

    public static ProblemHttpResult NotJson() =>
        TypedResults.Problem(
            "operator changes take an application/json body (Content-Type: application/json; send {} where the route reads nothing)",
            statusCode: StatusCodes.Status415UnsupportedMediaType,
            title: "Unsupported content type");
}
