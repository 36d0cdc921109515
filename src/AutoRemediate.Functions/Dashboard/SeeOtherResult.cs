namespace AutoRemediate.Functions.Dashboard;

/// <summary>303 See Other to a local path: the browser follows with a GET, so reloading the result never repeats the post.</summary>
internal sealed class SeeOtherResult(string localPath) : IResult
{
    public string Location { get; } = localPath.StartsWith('/') && !localPath.StartsWith("//", StringComparison.Ordinal)
        ? localPath
        : throw new ArgumentException("Only local paths are redirect targets.", nameof(localPath));

    public Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        httpContext.Response.StatusCode = StatusCodes.Status303SeeOther;
        httpContext.Response.Headers.Location = Location;
        return Task.CompletedTask;
    }
}
