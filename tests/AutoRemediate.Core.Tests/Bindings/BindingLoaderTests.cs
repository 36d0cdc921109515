using AutoRemediate.Core.Bindings;
using AutoRemediate.Core.Tests.Support;

namespace AutoRemediate.Core.Tests.Bindings;

public sealed class BindingLoaderTests
{
    // Line numbers in the assertions below refer to this text: id is on line 3, ruleName on 7, runbook name on 9.
    private const string Valid = """
        schemaVersion: 1
        bindings:
          - id: web-restart
            version: 1
            owner: team-web
            match:
              ruleName: "*-http5xx"
            runbook:
              name: restart
            manualEffortMinutes: 5
        """;

    private static string With(string from, string to) =>
        Valid.Contains(from, StringComparison.Ordinal) ? Valid.Replace(from, to, StringComparison.Ordinal) : throw new ArgumentException(from);

    [Fact]
    public void Minimal_binding_loads_with_safe_defaults()
    {
        var binding = Assert.Single(TestBindings.Load(("b.yaml", Valid)).EnsureSuccess().Bindings);

        Assert.True(binding.DryRun);
        Assert.True(binding.Enabled);
        Assert.Equal(GuardrailSettings.Defaults, binding.Guardrails);
        Assert.Equal(ApprovalPolicy.Defaults, binding.Approval);
        Assert.Equal(3, binding.SourceLine);
    }

    [Fact]
    public void Unknown_key_is_reported_with_a_suggestion_and_position()
    {
        Assert.Equal(
            ["3:5: missing required key 'owner' in binding 'web-restart'", "5:5: unknown key 'ownr' in binding 'web-restart' (did you mean 'owner'?)"],
            TestBindings.Errors(With("owner:", "ownr:")));
    }

    [Fact]
    public void Unknown_key_without_a_near_miss_lists_the_allowed_keys()
    {
        Assert.Equal(
            ["8:7: unknown key 'colour' in binding 'web-restart' match; expected one of: source, ruleName, signalType, resourceType, severity, labels, customProperties"],
            TestBindings.Errors(With("ruleName: \"*-http5xx\"", "resourceType: microsoft.web/sites\n      colour: blue")));
    }

    [Fact]
    public void Wrong_scalar_type_is_reported_at_the_value()
    {
        Assert.Equal(["4:14: 'version' in binding 'web-restart' must be an integer, got 'one'"], TestBindings.Errors(With("version: 1", "version: one")));
    }

    [Fact]
    public void Quoted_number_is_a_string_not_an_integer()
    {
        Assert.Equal(["4:14: 'version' in binding 'web-restart' must be an integer, got the string \"1\""], TestBindings.Errors(With("version: 1", "version: \"1\"")));
    }

    [Fact]
    public void Yes_is_not_a_boolean()
    {
        Assert.Equal(["11:13: 'dryRun' in binding 'web-restart' must be true or false, got 'yes'"], TestBindings.Errors(Valid + "\n    dryRun: yes"));
    }

    [Fact]
    public void Section_of_the_wrong_shape_is_reported()
    {
        Assert.Equal(["7:7: binding 'web-restart' match must be a mapping, got a list"], TestBindings.Errors(With("      ruleName: \"*-http5xx\"", "      - ruleName")));
    }

    [Fact]
    public void Missing_required_field_is_reported_at_the_binding()
    {
        Assert.Equal(["3:5: missing required key 'manualEffortMinutes' in binding 'web-restart'"], TestBindings.Errors(With("    manualEffortMinutes: 5", string.Empty)));
    }

    [Fact]
    public void Bad_glob_is_reported_at_the_pattern()
    {
        Assert.Equal(
            ["7:17: bad glob 'checkout-[ab]': '[' is not supported; only * and ? wildcards are (in binding 'web-restart' match ruleName)"],
            TestBindings.Errors(With("\"*-http5xx\"", "\"checkout-[ab]\"")));
    }

    [Fact]
    public void Unknown_runbook_is_reported_with_a_suggestion_and_the_known_names()
    {
        Assert.Equal(
            ["9:13: unknown runbook 'restrat' (did you mean 'restart'?); known runbooks: drain-queue, restart, rotate-certificate, scale-out"],
            TestBindings.Errors(With("name: restart", "name: restrat")));
    }

    [Fact]
    public void Bad_duration_is_reported_with_the_accepted_formats()
    {
        Assert.Equal(
            ["12:17: 'cooldown' in binding 'web-restart' guardrails must be a duration like 30m, 2h, 1h30m or PT30M, got 'soon'"],
            TestBindings.Errors(Valid + "\n    guardrails:\n      cooldown: soon"));
    }

    [Theory]
    [InlineData("30m", 30 * 60)]
    [InlineData("PT30M", 30 * 60)]
    [InlineData("1h30m", 90 * 60)]
    [InlineData("P1D", 24 * 3600)]
    [InlineData("PT1H30M", 90 * 60)]
    [InlineData("45s", 45)]
    public void Durations_accept_short_and_iso_forms(string text, int seconds)
    {
        var binding = Assert.Single(TestBindings.Load(("b.yaml", Valid + $"\n    guardrails:\n      cooldown: {text}")).EnsureSuccess().Bindings);

        Assert.Equal(TimeSpan.FromSeconds(seconds), binding.Guardrails.Cooldown);
    }

    [Fact]
    public void Duplicate_binding_id_across_files_names_both_places()
    {
        var result = TestBindings.Load(("runbooks/b.yaml", Valid), ("runbooks/a.yaml", Valid));

        Assert.Null(result.Catalog);
        Assert.Equal("runbooks/b.yaml:3:9: duplicate binding id 'web-restart': already defined at runbooks/a.yaml:3:9", Assert.Single(result.Errors).ToString());
    }

    [Fact]
    public void All_errors_of_all_files_are_collected_not_just_the_first()
    {
        var broken = With("owner:", "ownr:").Replace("name: restart", "name: restrat", StringComparison.Ordinal).Replace("\"*-http5xx\"", "\"[x]\"", StringComparison.Ordinal);

        var result = TestBindings.Load(("one.yaml", broken), ("two.yaml", With("version: 1", "version: 0")));

        Assert.Equal(5, result.Errors.Count);
        Assert.Equal(["one.yaml", "one.yaml", "one.yaml", "one.yaml", "two.yaml"], result.Errors.Select(e => e.File));
        Assert.Contains("two.yaml:4:14: 'version' in binding 'web-restart' must be between 1 and 2147483647, got 0", result.Errors.Select(e => e.ToString()));
        var thrown = Assert.Throws<BindingCatalogException>(() => result.EnsureSuccess());
        Assert.StartsWith("5 error(s) in binding files:", thrown.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Yaml_syntax_error_is_reported_with_its_position()
    {
        Assert.Equal(
            ["3:3: YAML syntax error: While parsing a node, did not find expected node content."],
            TestBindings.Errors("schemaVersion: 1\nbindings: [\n  - id: x\n"));
    }

    [Fact]
    public void Duplicate_yaml_keys_are_refused()
    {
        Assert.Equal(["5:5: YAML syntax error: Duplicate key version"], TestBindings.Errors(With("    version: 1", "    version: 1\n    version: 2")));
    }

    [Fact]
    public void Catch_all_match_is_refused()
    {
        Assert.Equal(
            ["7:7: binding 'web-restart' match must constrain at least one of ruleName, resourceType, labels or customProperties; a catch-all binding would remediate every alert"],
            TestBindings.Errors(With("ruleName: \"*-http5xx\"", "source: azureMonitor")));
    }

    [Fact]
    public void Conditions_with_approval_never_are_refused()
    {
        Assert.Equal(
            ["14:9: binding 'web-restart' approval conditions have no effect when approval is 'never'; remove them or use 'whenGuardrailsAsk'"],
            TestBindings.Errors(Valid + "\n    approval:\n      required: never\n      conditions:\n        maxSeverity: 1"));
    }

    [Fact]
    public void Invalid_enum_value_suggests_the_closest()
    {
        Assert.Equal(
            ["7:15: 'alertmanger' is not a valid 'source' in binding 'web-restart' match; expected one of azureMonitor, eventGrid, alertmanager, grafana (did you mean 'alertmanager'?)"],
            TestBindings.Errors(With("      ruleName", "      source: alertmanger\n      ruleName")));
    }

    [Fact]
    public void Scope_entries_must_be_resource_ids()
    {
        Assert.Equal(
            ["13:17: binding 'web-restart' guardrails scope allow: '/subscriptions/xyz' is not an Azure resource id: 'xyz' is not a subscription id (a GUID)"],
            TestBindings.Errors(Valid + "\n    guardrails:\n      scope:\n        allow: [/subscriptions/xyz]"));
    }

    [Fact]
    public void Anchors_and_aliases_are_refused()
    {
        var errors = TestBindings.Errors(With("    owner: team-web", "    owner: &who team-web\n    description: *who"));

        Assert.Contains("5:12: YAML anchors and aliases (&name, *name) are not supported; write the values out", errors);
    }

    [Fact]
    public void Unsupported_schema_version_is_reported()
    {
        Assert.Equal(
            ["1:16: unsupported schemaVersion 2; this version of AutoRemediate reads schemaVersion 1"],
            TestBindings.Errors(With("schemaVersion: 1", "schemaVersion: 2")));
    }

    [Fact]
    public void Severity_range_must_be_ordered()
    {
        Assert.Equal(
            ["8:17: severity min 3 is greater than max 1 in binding 'web-restart' match"],
            TestBindings.Errors(With("      ruleName: \"*-http5xx\"", "      ruleName: \"*-http5xx\"\n      severity: { min: 3, max: 1 }")));
    }

    [Fact]
    public void Bad_binding_id_is_explained()
    {
        Assert.Equal(
            ["3:9: binding id 'Web_Restart' must be 1–64 lower-case letters, digits and '-', starting and ending with a letter or digit, e.g. checkout-5xx-restart"],
            TestBindings.Errors(With("id: web-restart", "id: Web_Restart")));
    }

    [Fact]
    public void Runbook_parameters_are_typed_like_yaml_core_scalars()
    {
        var binding = Assert.Single(TestBindings.Load(("b.yaml", With("name: restart", "name: restart\n      parameters: { a: 1, b: 2.5, c: true, d: \"7\", e: text }"))).EnsureSuccess().Bindings);

        Assert.Equal([1L, 2.5, true, "7", "text"], binding.Runbook.Parameters.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Value));
    }

    [Fact]
    public void Nested_runbook_parameter_is_refused()
    {
        Assert.Equal(
            ["10:24: 'parameters.a' in binding 'web-restart' runbook must be a single value (string, number or boolean), got a mapping"],
            TestBindings.Errors(With("name: restart", "name: restart\n      parameters: { a: { b: 1 } }")));
    }
}
