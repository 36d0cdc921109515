using System.Security.Cryptography;
using System.Text;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace AutoRemediate.Core.Bindings;

/// <summary>
/// Parses one binding file with YamlDotNet's representation model, which keeps the position of every node, so
/// each error names file:line:column. Parsing never stops at the first error.
/// </summary>
internal sealed partial class BindingFileParser
{
    public const int SupportedSchemaVersion = 1;

    private readonly BindingFile file;
    private readonly IReadOnlyCollection<string> knownRunbooks;
    private readonly BindingErrorList errors;
    private readonly string contentHash;
    private readonly PolicyNames? policy;

    public BindingFileParser(BindingFile file, IReadOnlyCollection<string> knownRunbooks, PolicyNames? policy = null)
    {
        this.file = file;
        this.knownRunbooks = knownRunbooks;
        this.policy = policy;
        errors = new BindingErrorList(file.Path);
        contentHash = Convert.ToHexStringLower(SHA256.HashData(file.Content.Span));
    }

    public IReadOnlyList<BindingError> Errors => errors.Errors;

    /// <summary>The bindings that parsed cleanly, each with the position of its id for duplicate reports.</summary>
    public IReadOnlyList<(RunbookBinding Binding, Mark IdAt)> Parse()
    {
        var root = LoadRoot();
        if (root is null)
        {
            return [];
        }

        var section = YamlSection.Create(root, BindingSchema.File, "the file", errors);
        if (section is null)
        {
            return [];
        }

        section.CheckSchemaVersion(SupportedSchemaVersion);
        var list = section.Get("bindings");
        if (list is null)
        {
            return [];
        }

        if (list is not YamlSequenceNode sequence)
        {
            errors.Add(list.Start, $"'bindings' must be a list of bindings, got {YamlSection.Describe(list)}");
            return [];
        }

        var bindings = new List<(RunbookBinding, Mark)>();
        foreach (var (node, index) in sequence.Children.Select((n, i) => (n, i)))
        {
            if (ParseBinding(node, index) is { } parsed)
            {
                bindings.Add(parsed);
            }
        }

        return bindings;
    }

    private YamlNode? LoadRoot() => YamlDocumentReader.LoadRoot(
        file,
        errors,
        "the file is empty; it needs 'schemaVersion' and 'bindings'",
        count => $"the file has {count} YAML documents; put all bindings under one 'bindings:' list");

    private (RunbookBinding, Mark)? ParseBinding(YamlNode node, int index)
    {
        var before = errors.Errors.Count;
        var idNode = (node as YamlMappingNode)?.Children.FirstOrDefault(c => c.Key is YamlScalarNode { Value: "id" }).Value as YamlScalarNode;
        var where = idNode?.Value is { Length: > 0 } named ? $"binding '{named}'" : $"bindings[{index}]";
        var section = YamlSection.Create(node, BindingSchema.Binding, where, errors);
        if (section is null)
        {
            return null;
        }

        var id = section.String("id");
        if (id is { } idText && !YamlSection.IsName(idText.Value))
        {
            errors.Add(idText.At, $"binding id '{idText.Value}' must be 1–64 lower-case letters, digits and '-', starting and ending with a letter or digit, e.g. checkout-5xx-restart");
        }

        var version = section.Int("version", 1, int.MaxValue);
        var owner = section.String("owner");
        var description = section.String("description");
        var priority = section.Int("priority", -1000, 1000);
        var enabled = section.Bool("enabled");
        var dryRun = section.Bool("dryRun");
        var effort = section.Int("manualEffortMinutes", 1, 7 * 24 * 60);
        var match = section.Section("match", BindingSchema.Match) is { } matchSection ? ParseMatch(matchSection) : null;
        var runbook = section.Section("runbook", BindingSchema.Runbook) is { } runbookSection ? ParseRunbook(runbookSection) : null;
        var guardrails = section.Section("guardrails", BindingSchema.Guardrails) is { } guardrailSection
            ? ParseGuardrails(guardrailSection)
            : GuardrailSettings.Defaults;
        var approval = section.Section("approval", BindingSchema.Approval) is { } approvalSection
            ? ParseApproval(approvalSection)
            : ApprovalPolicy.Defaults;
        var verification = section.Section("verification", BindingSchema.Verification) is { } verificationSection
            ? ParseVerification(verificationSection)
            : null;

        if (errors.Errors.Count > before || id is null || version is null || owner is null || effort is null
            || match is null || runbook is null || guardrails is null || approval is null)
        {
            return null;
        }

        var binding = new RunbookBinding
        {
            Id = id.Value.Value,
            Version = version.Value,
            ContentHash = contentHash,
            SourceFile = file.Path,
            SourceLine = (int)node.Start.Line,
            Owner = owner.Value.Value,
            Description = description?.Value ?? string.Empty,
            Priority = priority ?? 0,
            Enabled = enabled ?? true,
            Match = match,
            Runbook = runbook,
            Guardrails = guardrails,
            Approval = approval,
            Verification = verification,
            DryRun = dryRun ?? true,
            ManualEffortMinutes = effort.Value,
        };
        return (binding, id.Value.At);
    }

    private RunbookInvocation? ParseRunbook(YamlSection section)
    {
        var name = section.String("name");
        if (name is { } runbook && !knownRunbooks.Contains(runbook.Value, StringComparer.Ordinal))
        {
            errors.Add(runbook.At, $"unknown runbook '{runbook.Value}'{DidYouMean.Suggest(runbook.Value, knownRunbooks)}; known runbooks: {string.Join(", ", knownRunbooks.Order(StringComparer.Ordinal))}");
            name = null;
        }

        var parameters = new Dictionary<string, object>(StringComparer.Ordinal);
        foreach (var (key, value) in section.ScalarMap("parameters") ?? [])
        {
            parameters[key] = TypedScalar(value);
        }

        return name is null ? null : new RunbookInvocation(name.Value.Value, parameters);
    }

    /// <summary>Plain scalars follow the YAML core schema (bool, integer, float); quoted scalars stay strings.</summary>
    private static object TypedScalar(YamlScalarNode scalar)
    {
        var text = scalar.Value ?? string.Empty;
        if (scalar.Style is not (ScalarStyle.Plain or ScalarStyle.Any))
        {
            return text;
        }

        if (bool.TryParse(text, out var flag))
        {
            return flag;
        }

        if (long.TryParse(text, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var integer))
        {
            return integer;
        }

        return double.TryParse(text, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var number)
            ? number
            : text;
    }
}
