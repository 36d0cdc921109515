using System.Collections.Frozen;
using AutoRemediate.Core.Bindings;
using AutoRemediate.Core.Incidents;
using YamlDotNet.RepresentationModel;

namespace AutoRemediate.Core.Guardrails.Policy;

/// <summary>
/// Parses the policy file with positions kept, so every error names file:line:column; parsing never stops at the
/// first error. Windows are parsed in <c>GuardrailPolicyParser.Windows.cs</c>, SLOs and their burn-rate alerts in
/// <c>GuardrailPolicyParser.Slos.cs</c>.
/// </summary>
internal sealed partial class GuardrailPolicyParser(BindingFile file)
{
    public const int SupportedSchemaVersion = 1;

    private static readonly FrozenDictionary<string, ChangeWindowKind> Kinds = new Dictionary<string, ChangeWindowKind>(StringComparer.Ordinal)
    {
        ["freeze"] = ChangeWindowKind.Freeze,
        ["maintenance"] = ChangeWindowKind.Maintenance,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, IncidentGroupBy> GroupBys = new Dictionary<string, IncidentGroupBy>(StringComparer.Ordinal)
    {
        ["ruleAndResource"] = IncidentGroupBy.RuleAndResource,
        ["resourceGroup"] = IncidentGroupBy.ResourceGroup,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private readonly BindingErrorList errors = new(file.Path);

    public GuardrailPolicyLoadResult Parse()
    {
        var root = YamlDocumentReader.LoadRoot(
            file, errors, "the policy file is empty; it needs at least 'schemaVersion'", count => $"the policy file has {count} YAML documents; use one");
        var section = root is null ? null : YamlSection.Create(root, GuardrailPolicySchema.File, "the policy file", errors);
        if (section is null)
        {
            return new(null, errors.Errors);
        }

        section.CheckSchemaVersion(SupportedSchemaVersion);
        var policy = new GuardrailPolicy(file.Path)
        {
            Scope = section.Scope("scope"),
            DryRun = section.Bool("dryRun") ?? false,
            Windows = Named(section, "windows", GuardrailPolicySchema.Window, ParseWindow, w => w.Name),
            Slos = Named(section, "slos", GuardrailPolicySchema.Slo, ParseSlo, s => s.Name),
            Incidents = ParseIncidents(section),
        };
        return errors.Errors.Count == 0 ? new(policy, []) : new(null, errors.Errors);
    }

    /// <summary>Parses a list of named mappings, reporting duplicate names at the second one.</summary>
    private List<T> Named<T>(YamlSection parent, string key, SchemaSection schema, Func<YamlSection, T?> parse, Func<T, string> name)
        where T : class
    {
        var items = new List<T>();
        switch (parent.Get(key))
        {
            case null:
                return items;
            case YamlSequenceNode sequence:
                var seen = new Dictionary<string, int>(StringComparer.Ordinal);
                foreach (var (node, index) in sequence.Children.Select((n, i) => (n, i)))
                {
                    var label = (node as YamlMappingNode)?.Children.FirstOrDefault(c => c.Key is YamlScalarNode { Value: "name" }).Value is YamlScalarNode { Value: { Length: > 0 } n }
                        ? $"{schema.Name} '{n}'"
                        : $"{key}[{index}]";
                    if (YamlSection.Create(node, schema, label, errors) is not { } item || parse(item) is not { } parsed)
                    {
                        continue;
                    }

                    if (seen.TryGetValue(name(parsed), out var firstLine))
                    {
                        errors.Add(node.Start, $"duplicate {schema.Name} name '{name(parsed)}': already defined at line {firstLine}");
                        continue;
                    }

                    seen[name(parsed)] = (int)node.Start.Line;
                    items.Add(parsed);
                }

                return items;
            case var other:
                errors.Add(other.Start, $"'{key}' must be a list, got {YamlSection.Describe(other)}");
                return items;
        }
    }

    private IncidentGrouping ParseIncidents(YamlSection parent)
    {
        var section = parent.Get("incidents") is { } node ? YamlSection.Create(node, GuardrailPolicySchema.Incidents, "incidents", errors) : null;
        return section is null
            ? IncidentGrouping.Default
            : new IncidentGrouping(section.Enum("groupBy", GroupBys) ?? IncidentGroupBy.RuleAndResource, section.Duration("gap") ?? IncidentGrouping.DefaultGap);
    }

    private string? Name(YamlSection section)
    {
        var name = section.String("name");
        if (name is { } n && !YamlSection.IsName(n.Value))
        {
            errors.Add(n.At, $"name '{n.Value}' in {section.Where} must be 1–64 lower-case letters, digits and '-', e.g. black-friday");
            return null;
        }

        return name?.Value;
    }
}
