namespace AutoRemediate.Core.Incidents;

/// <summary>Which remediations belong to one incident (within the grouping gap).</summary>
public enum IncidentGroupBy
{
    /// <summary>The same alert rule on the same resource(s).</summary>
    RuleAndResource,

    /// <summary>Any alert rule on any resource of the same resource group (facts without one fall back to rule and resource).</summary>
    ResourceGroup,
}
