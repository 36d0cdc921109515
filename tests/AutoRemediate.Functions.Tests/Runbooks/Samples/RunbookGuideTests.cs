using System.Text.RegularExpressions;
using AutoRemediate.Functions.Runbooks;
using AutoRemediate.Runbooks;
using AutoRemediate.Samples.RecycleSlot;
using AutoRemediate.Testing;

namespace AutoRemediate.Functions.Tests.Runbooks.Samples;

/// <summary>
/// The guide "Write a runbook in one file" (runbooks/README.md) shows the sample's code: every fenced block whose info
/// string says <c>file=PATH</c> must appear verbatim in that file, so the page cannot drift from code that compiles and is tested.
/// </summary>
public sealed partial class RunbookGuideTests
{
    private static readonly string Root = RepositoryRoot.Find();

    [Fact]
    public void Every_block_the_guide_quotes_from_a_file_appears_verbatim_in_that_file()
    {
        var quoted = QuotedBlocks();

        Assert.True(quoted.Count >= 4, $"the guide quotes {quoted.Count} block(s) from files; it should show the order, runbook, activity, registration and binding");
        foreach (var (path, code) in quoted)
        {
            var file = Normalize(File.ReadAllText(Path.Combine(Root, path)));
            Assert.True(file.Contains(code, StringComparison.Ordinal), $"runbooks/README.md quotes a block from {path} that is not in it:\n{code}");
        }
    }

    [Fact]
    public void Guide_quotes_the_sample_runbook_and_its_binding()
    {
        var paths = QuotedBlocks().Select(b => b.Path).ToHashSet(StringComparer.Ordinal);

        Assert.Contains("samples/RecycleSlot/RecycleSlotRunbook.cs", paths);
        Assert.Contains("samples/RecycleSlot/recycle-slot.yaml", paths);
    }

    [Fact]
    public void Sample_binding_loads_when_the_host_registers_the_sample_runbook_and_not_otherwise()
    {
        var folder = Directory.CreateTempSubdirectory("recycle-slot-binding").FullName;
        File.Copy(Path.Combine(Root, "samples", "RecycleSlot", "recycle-slot.yaml"), Path.Combine(folder, "recycle-slot.yaml"));

        var registered = BindingFolder.Load(folder, knownRunbooks: [.. Core.Bindings.BindingLoader.BuiltInRunbooks, RecycleSlotRunbook.RunbookName]);
        var builtInOnly = BindingFolder.Load(folder);

        Assert.Empty(registered.Errors);
        Assert.Equal(RecycleSlotRunbook.RunbookName, Assert.Single(registered.Catalog!.Bindings).Runbook.Name);
        Assert.Contains(builtInOnly.Errors, e => e.Message.Contains("recycle-slot", StringComparison.Ordinal));
    }

    private static List<(string Path, string Code)> QuotedBlocks()
    {
        var guide = Normalize(File.ReadAllText(Path.Combine(Root, "runbooks", "README.md")));
        return [.. FencedBlock().Matches(guide).Select(m => (m.Groups["path"].Value, m.Groups["code"].Value))];
    }

    private static string Normalize(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal);

    [GeneratedRegex(@"^```\w+ file=(?<path>\S+)\n(?<code>.*?)^```$", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex FencedBlock();
}
