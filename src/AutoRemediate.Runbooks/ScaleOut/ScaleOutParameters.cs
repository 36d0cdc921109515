namespace AutoRemediate.Runbooks.ScaleOut;

/// <summary>The binding parameters the scale-out runbook reads, with their defaults.</summary>
/// <param name="Step"><c>step</c> (1): instances, workers or replicas added.</param>
/// <param name="Maximum"><c>maxInstances</c> (required): the hard maximum, never exceeded; at it the runbook escalates.</param>
/// <param name="CoolDown"><c>coolDownMinutes</c> (15; or <c>coolDownSeconds</c>): how long after the alert resolves before scaling back.</param>
/// <param name="HoldLimit"><c>maxHoldMinutes</c> (1440): how long the extra capacity is held for an alert that does not resolve.</param>
/// <param name="ScaleBack"><c>scaleBack</c> (true): scale back to the baseline once the alert resolved and the cool-down passed.</param>
internal sealed record ScaleOutParameters(int Step, int? Maximum, TimeSpan CoolDown, TimeSpan HoldLimit, bool ScaleBack)
{
    public static ScaleOutParameters From(RunbookInput input)
    {
        var coolDown = input.Parameters.ContainsKey("coolDownSeconds")
            ? TimeSpan.FromSeconds(Math.Max(1, input.IntParameter("coolDownSeconds", 900)))
            : TimeSpan.FromMinutes(Math.Max(1, input.IntParameter("coolDownMinutes", 15)));
        var maximum = input.IntParameter("maxInstances", -1);
        return new ScaleOutParameters(
            Math.Max(1, input.IntParameter("step", 1)),
            maximum > 0 ? maximum : null,
            coolDown,
            TimeSpan.FromMinutes(Math.Max(1, input.IntParameter("maxHoldMinutes", 24 * 60))),
            !string.Equals(input.Parameter("scaleBack", "true"), "false", StringComparison.OrdinalIgnoreCase));
    }
}
