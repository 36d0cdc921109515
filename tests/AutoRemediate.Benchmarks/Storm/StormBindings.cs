namespace AutoRemediate.Benchmarks.Storm;

/// <summary>
/// The one binding the storm's alerts match: a dry-run restart without approval, with pace guardrails as loose as
/// the schema allows, so only the engine (and the installation-wide concurrency cap) decides how fast they end.
/// </summary>
internal static class StormBindings
{
    public const string RuleName = "storm-api-http5xx";

    private const string Yaml = """
        # Written by the storm benchmark: every alert names its own App Service, so cooldown and flap detection never
        # see the same resource twice; the rate limit is the schema's maximum.
        schemaVersion: 1
        bindings:
          - id: storm-appservice-5xx-dry-run
            version: 1
            owner: team-bench
            dryRun: true
            match:
              source: azureMonitor
              ruleName: "storm-*-http5xx"
              resourceType: microsoft.web/sites
            runbook:
              name: restart
            guardrails:
              cooldown: 1s
              maxRunsPerHour: 1000
              flapDetection:
                count: 3
                window: 1s
            approval:
              required: never
            manualEffortMinutes: 5

        """;

    /// <summary>Writes the binding folder (no policy file: an empty installation policy) and returns its path.</summary>
    public static string Write(string directory)
    {
        var folder = Path.Combine(directory, "runbooks");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "storm.yaml"), Yaml);
        return folder;
    }
}
