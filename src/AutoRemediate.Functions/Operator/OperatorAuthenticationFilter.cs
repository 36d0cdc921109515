using AutoRemediate.Functions.Roles;
using Microsoft.Net.Http.Headers;

namespace AutoRemediate.Functions.Operator;

/// <summary>
/// Lets only an operator (<see cref="OperatorIdentityResolver"/>) through to the operator and toil APIs: anyone else,
/// a webhook key holder included, gets 401 problem+json before the handler runs. A change (PUT or POST) must also
/// carry an <c>application/json</c> body (415 otherwise, also before the handler), so a page on another site cannot
/// make a signed-in operator's browser send one: a cross-site request with that content type needs a CORS preflight,
/// which this app never grants. A known operator without the role the route needs (<see cref="RoleRequirement"/>) gets
/// 403 problem+json naming that role, also before the handler, so nothing is read or changed.
/// </summary>
internal sealed class OperatorAuthenticationFilter(OperatorIdentityResolver identities, ILogger<OperatorAuthenticationFilter> logger) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var request = context.HttpContext.Request;
        var authentication = identities.Authenticate(request);
        if (authentication.Operator is null)
        {
            logger.OperatorNotAuthenticated(request.Path.Value, authentication.Failure!);
            return OperatorProblems.Unauthenticated(authentication.Failure!);
        }

        var requirement = RoleRequirement.Of(context.HttpContext.GetEndpoint());
        if (!requirement.IsMetBy(authentication.Roles))
        {
            logger.OperatorForbidden(request.Method, request.Path.Value, authentication.Operator, requirement.Role!.Value, RoleGrants.Describe(authentication.Roles));
            return OperatorProblems.Forbidden(requirement.Role.Value, authentication.Operator, authentication.Roles);
        }

        if ((HttpMethods.IsPost(request.Method) || HttpMethods.IsPut(request.Method)) && !HasJsonBody(request))
        {
            logger.OperatorChangeNotJson(request.Path.Value, request.ContentType ?? string.Empty);
            return OperatorProblems.NotJson();
        }

        return await next(context);
    }

    /// <summary>Exactly <c>application/json</c> (any charset), not form, text or multipart types.</summary>
    public static bool HasJsonBody(HttpRequest request) =>
        MediaTypeHeaderValue.TryParse(request.ContentType, out var type)
        && type.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase);
}
