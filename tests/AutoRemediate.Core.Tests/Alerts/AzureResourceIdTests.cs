using AutoRemediate.Core.Alerts;

namespace AutoRemediate.Core.Tests.Alerts;

public sealed class AzureResourceIdTests
{
    private const string Sub = "/subscriptions/11111111-2222-3333-4444-555555555555";

    [Theory]
    [InlineData(Sub + "/resourceGroups/rg/providers/Microsoft.Web/sites/app", "microsoft.web/sites", "app")]
    [InlineData(Sub + "/resourceGroups/rg/providers/Microsoft.Web/sites/app/slots/staging", "microsoft.web/sites/slots", "staging")]
    [InlineData(Sub + "/resourceGroups/rg", "microsoft.resources/resourcegroups", "rg")]
    [InlineData(Sub, "microsoft.resources/subscriptions", "11111111-2222-3333-4444-555555555555")]
    [InlineData(Sub + "/providers/Microsoft.AlertsManagement/alerts/abc", "microsoft.alertsmanagement/alerts", "abc")]
    public void Valid_ids_parse_into_type_and_name(string text, string type, string name)
    {
        Assert.True(AzureResourceId.TryParse(text, out var id, out _));
        Assert.Equal(type, id.ResourceType);
        Assert.Equal(name, id.Name);
        Assert.Equal(text.ToLowerInvariant(), id.Normalized);
    }

    [Theory]
    [InlineData("/subscriptions/xyz", "'/subscriptions/xyz' is not an Azure resource id: 'xyz' is not a subscription id (a GUID)")]
    [InlineData("../../etc/passwd", "'../../etc/passwd' is not an Azure resource id: it must start with /subscriptions/")]
    [InlineData(Sub + "/resourceGroups/rg/providers/Microsoft.Web/sites", "'" + Sub + "/resourceGroups/rg/providers/Microsoft.Web/sites' is not an Azure resource id: after 'providers' it needs a namespace followed by type/name pairs, e.g. Microsoft.Web/sites/my-app")]
    [InlineData(Sub + "/resourceGroups/rg/providers/Microsoft.Web/sites/../x", "'" + Sub + "/resourceGroups/rg/providers/Microsoft.Web/sites/../x' is not an Azure resource id: it contains a '.' or '..' segment")]
    [InlineData(Sub + "//resourceGroups/rg", "'" + Sub + "//resourceGroups/rg' is not an Azure resource id: it contains an empty segment ('//')")]
    [InlineData("", "an empty string is not an Azure resource id")]
    public void Invalid_ids_are_refused_with_the_reason(string text, string error)
    {
        Assert.False(AzureResourceId.TryParse(text, out _, out var actual));
        Assert.Equal(error, actual);
    }

    [Fact]
    public void Scope_prefix_only_matches_on_segment_boundaries()
    {
        Assert.True(AzureResourceId.TryParse(Sub + "/resourceGroups/RG-Prod2/providers/Microsoft.Web/sites/a", out var id, out _));

        Assert.True(id.IsWithin(Sub + "/resourcegroups/rg-prod2"));
        Assert.False(id.IsWithin(Sub + "/resourcegroups/rg-prod"));
        Assert.True(id.IsWithin(Sub));
    }

    [Fact]
    public void Ids_differing_only_in_case_are_equal()
    {
        AzureResourceId.TryParse(Sub + "/resourceGroups/RG/providers/Microsoft.Web/sites/App", out var upper, out _);
        AzureResourceId.TryParse(Sub + "/resourcegroups/rg/providers/microsoft.web/sites/app", out var lower, out _);

        Assert.Equal(upper, lower);
        Assert.Equal(upper!.GetHashCode(), lower!.GetHashCode());
    }
}
