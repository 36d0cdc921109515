using System.Text;
using AutoRemediate.Core.Bindings;

namespace AutoRemediate.Core.Tests.Support;

/// <summary>Builds bindings and loads YAML snippets in one line.</summary>
internal static class TestBindings
{
    public static RunbookBinding Binding(
        string id = "b",
        BindingMatch? match = null,
        int priority = 0,
        bool enabled = true,
        GuardrailSettings? guardrails = null,
        ApprovalPolicy? approval = null,
        bool dryRun = false,
        string runbook = "restart") => new()
    {
        Id = id,
        Version = 1,
        ContentHash = new string('a', 64),
        SourceFile = "runbooks/test.yaml",
        SourceLine = 1,
        Owner = "team-test",
        Priority = priority,
        Enabled = enabled,
        Match = match ?? new BindingMatch { RuleName = Glob("*") },
        Runbook = new RunbookInvocation(runbook, new Dictionary<string, object>()),
        Guardrails = guardrails ?? GuardrailSettings.Defaults,
        Approval = approval ?? ApprovalPolicy.Defaults,
        DryRun = dryRun,
        ManualEffortMinutes = 10,
    };

    public static GlobPattern Glob(string pattern) =>
        GlobPattern.TryCreate(pattern, out var glob, out var error) ? glob : throw new ArgumentException(error, nameof(pattern));

    public static IReadOnlyDictionary<string, GlobPattern> Globs(params (string Key, string Pattern)[] entries) =>
        entries.ToDictionary(e => e.Key, e => Glob(e.Pattern), StringComparer.Ordinal);

    public static BindingCatalog Catalog(params RunbookBinding[] bindings) => new(bindings);

    public static BindingMatchResult Match(Core.Alerts.Alert alert, params RunbookBinding[] bindings) =>
        new BindingMatcher(Catalog(bindings)).Match(alert);

    public static BindingLoadResult Load(params (string Path, string Yaml)[] files) =>
        new BindingLoader(BindingLoader.BuiltInRunbooks).Load(files.Select(f => new BindingFile(f.Path, Encoding.UTF8.GetBytes(f.Yaml))));

    /// <summary>Errors of one file, as "line:column: message" so tests read like compiler output.</summary>
    public static IReadOnlyList<string> Errors(string yaml) =>
        Load(("b.yaml", yaml)).Errors.Select(e => $"{e.Line}:{e.Column}: {e.Message}").ToArray();

    /// <summary>The shipped runbooks/*.yaml files, copied next to the test assembly.</summary>
    public static IReadOnlyList<BindingFile> RepositoryFiles() =>
        Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "runbooks"), "*.yaml")
            .Order(StringComparer.Ordinal)
            .Select(p => new BindingFile($"runbooks/{Path.GetFileName(p)}", File.ReadAllBytes(p)))
            .ToArray();
}
