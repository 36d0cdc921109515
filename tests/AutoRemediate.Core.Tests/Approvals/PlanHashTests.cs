using System.Security.Cryptography;
using System.Text;
using AutoRemediate.Core.Approvals;

namespace AutoRemediate.Core.Tests.Approvals;

public sealed class PlanHashTests
{
    private const string SiteA = "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Web/sites/a";
    private const string SiteB = "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Web/sites/b";

    [Fact]
    public void Plan_hash_ignores_target_order_case_and_duplicates()
    {
        var first = PlanHash.Compute([SiteA, SiteB], ["restart site"]);
        var second = PlanHash.Compute([SiteB.ToUpperInvariant(), SiteA, SiteA], ["restart site"]);

        Assert.Equal(first, second);
    }

    [Fact]
    public void Plan_hash_changes_when_operations_are_reordered()
    {
        Assert.NotEqual(
            PlanHash.Compute([SiteA], ["drain", "restart site"]),
            PlanHash.Compute([SiteA], ["restart site", "drain"]));
    }

    [Fact]
    public void Plan_hash_changes_when_a_target_is_added()
    {
        Assert.NotEqual(PlanHash.Compute([SiteA], ["restart site"]), PlanHash.Compute([SiteA, SiteB], ["restart site"]));
    }

    [Fact]
    public void Plan_hash_cannot_be_confused_by_moving_text_between_fields()
    {
        Assert.NotEqual(PlanHash.Compute(["a\nb"], []), PlanHash.Compute(["a"], ["b"]));
    }

    [Fact]
    public void Plan_hash_is_sha256_over_the_documented_canonical_text()
    {
        var canonical = $"autoremediate-plan/v1\ntargets 2\n{SiteA.Length}:{SiteA.ToLowerInvariant()}\n{SiteB.Length}:{SiteB.ToLowerInvariant()}\noperations 1\n12:restart site\n";
        var expected = "sha256:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)));

        Assert.Equal(expected, PlanHash.Compute([SiteB, SiteA], ["restart site"]));
    }
}
