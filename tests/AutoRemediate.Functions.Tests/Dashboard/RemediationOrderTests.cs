using AutoRemediate.Functions.Dashboard;
using AutoRemediate.Functions.Operator;

namespace AutoRemediate.Functions.Tests.Dashboard;

/// <summary>The list's orders, page cursors, targets, portal links and approval groups, without storage.</summary>
public sealed class RemediationOrderTests
{
    private static readonly DateTimeOffset Noon = new(2026, 11, 20, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Paging_newest_first_by_cursor_gives_every_remediation_once_in_time_order_even_with_equal_times()
    {
        var items = new[] { Item("b", 3), Item("a", 3), Item("z", 1), Item("c", 5), Item("d", 2) };

        var pages = Pages(items, RemediationSort.Default, pageSize: 2);

        Assert.Equal(["c", "b", "a", "d", "z"], pages.SelectMany(p => p));
    }

    [Fact]
    public void A_remediation_arriving_between_pages_does_not_repeat_a_row_on_the_next_page()
    {
        var items = new List<RemediationListItem> { Item("a", 1), Item("b", 2), Item("c", 3) };
        var first = items.Order(RemediationSort.Default).Take(2).ToList();
        var cursor = RemediationCursor.Parse(RemediationCursor.After(RemediationSort.Default, first[^1]).ToString(), RemediationSort.Default)!;
        items.Add(Item("new", 9));

        var second = items.Where(i => cursor.Precedes(i, RemediationSort.Default)).Order(RemediationSort.Default).Select(i => i.InstanceId);

        Assert.Equal(["a"], second);
    }

    [Fact]
    public void Severity_sorts_most_severe_first_then_newest_and_missing_values_last()
    {
        var items = new[] { Item("low", 5, severity: 3), Item("none", 6), Item("crit-old", 1, severity: 0), Item("crit-new", 4, severity: 0) };

        var ordered = items.Order(RemediationSort.Parse("severity", null).Sort!).Select(i => i.InstanceId);

        Assert.Equal(["crit-new", "crit-old", "low", "none"], ordered);
    }

    [Fact]
    public void A_cursor_from_another_order_or_not_from_this_list_is_refused()
    {
        var cursor = RemediationCursor.After(RemediationSort.Default, Item("a", 1)).ToString();
        var severity = RemediationSort.Parse("severity", "asc").Sort!;

        Assert.NotNull(RemediationCursor.Parse(cursor, RemediationSort.Default));
        Assert.Null(RemediationCursor.Parse(cursor, severity));
        Assert.Null(RemediationCursor.Parse("not-base64!", RemediationSort.Default));
        Assert.Null(RemediationCursor.Parse("e30", RemediationSort.Default));
    }

    [Fact]
    public void Three_targets_are_all_shown_and_a_fourth_folds_into_a_disclosure()
    {
        var three = DashboardFormat.Targets([Site("one"), Site("two"), Site("three")]).Html;
        var five = DashboardFormat.Targets([Site("one"), Site("two"), Site("three"), Site("four"), Site("five")]).Html;

        Assert.Equal((3, false), (CountOf(three, "class=\"target\""), three.Contains("<details>", StringComparison.Ordinal)));
        Assert.Equal(5, CountOf(five, "class=\"target\""));
        Assert.Contains("<details><summary>2 more</summary>", five, StringComparison.Ordinal);
        Assert.True(five.IndexOf("<details>", StringComparison.Ordinal) < five.IndexOf(">four<", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("/subscriptions/11111111-2222-3333-4444-555555555555/resourceGroups/rg-a/providers/Microsoft.Web/sites/app-1",
        "https://portal.azure.com/#@/resource/subscriptions/11111111-2222-3333-4444-555555555555/resourceGroups/rg-a/providers/Microsoft.Web/sites/app-1")]
    [InlineData("javascript:alert(1)", null)]
    [InlineData("/subscriptions/not-a-guid/resourceGroups/rg/providers/Microsoft.Web/sites/x", null)]
    [InlineData(null, null)]
    public void Portal_links_are_built_only_from_valid_ARM_ids(string? resourceId, string? expected) =>
        Assert.Equal(expected, AzurePortal.Link(resourceId));

    [Fact]
    public void Approvals_for_one_binding_on_one_resource_form_one_group_whatever_the_id_casing()
    {
        var pending = new[] { Pending("r1", Site("a")), Pending("r2", Site("a").ToUpperInvariant()), Pending("r3", Site("b")) };

        var groups = ApprovalGroup.Of(pending, _ => "checkout-5xx-approval");

        Assert.Equal([2, 1], groups.Select(g => g.Requests.Count));
        Assert.Equal(["r1", "r2"], groups[0].Requests.Select(r => r.RemediationId));
    }

    [Fact]
    public void Approvals_of_different_bindings_on_one_resource_stay_apart()
    {
        var pending = new[] { Pending("r1", Site("a")), Pending("r2", Site("a")) };

        var groups = ApprovalGroup.Of(pending, id => id == "r1" ? "restart-on-5xx" : "restart-on-latency");

        Assert.Equal(2, groups.Count);
    }

    private static List<List<string>> Pages(IEnumerable<RemediationListItem> items, RemediationSort sort, int pageSize)
    {
        var pages = new List<List<string>>();
        RemediationCursor? cursor = null;
        do
        {
            var rest = items.Where(i => cursor is null || cursor.Precedes(i, sort)).Order(sort).ToList();
            var page = rest.Take(pageSize).ToList();
            pages.Add([.. page.Select(i => i.InstanceId)]);
            cursor = rest.Count > pageSize ? RemediationCursor.Parse(RemediationCursor.After(sort, page[^1]).ToString(), sort) : null;
        }
        while (cursor is not null);

        return pages;
    }

    private static RemediationListItem Item(string id, int minutes, int? severity = null) =>
        new(id, "Completed", "Completed", null, null, Noon.AddMinutes(minutes), Noon.AddMinutes(minutes), null, Severity: severity);

    private static PendingApproval Pending(string remediationId, string target) =>
        new("req-" + remediationId, remediationId, "checkout-api-http5xx", 1, "restart", [target], ["restart"], "AzureMonitor alert", 1, Noon, Noon.AddHours(1));

    private static string Site(string name) => $"/subscriptions/11111111-2222-3333-4444-555555555555/resourcegroups/rg/providers/microsoft.web/sites/{name}";

    private static int CountOf(string text, string part) => (text.Length - text.Replace(part, string.Empty, StringComparison.Ordinal).Length) / part.Length;
}
