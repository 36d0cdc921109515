namespace AutoRemediate.Functions.Dashboard;

/// <summary>A line at the top of a page: what an action did (<c>ok</c>), or why it did not (<c>bad</c>, <c>warn</c>).</summary>
internal sealed record DashboardNotice(string Kind, string Text)
{
    public static DashboardNotice Ok(string text) => new("ok", text);

    public static DashboardNotice Bad(string text) => new("bad", text);

    public static DashboardNotice Warn(string text) => new("warn", text);
}
