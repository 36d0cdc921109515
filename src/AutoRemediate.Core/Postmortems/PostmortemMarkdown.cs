using System.Text;
using AutoRemediate.Core.Text;

namespace AutoRemediate.Core.Postmortems;

/// <summary>A draft as Markdown (for a wiki or a pull request); every value from alerts or people is escaped to one inert line.</summary>
public static class PostmortemMarkdown
{
    /// <summary>The document.</summary>
    public static string Format(PostmortemDraft draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var md = new StringBuilder();
        md.Append("# ").Append(E(PostmortemFigures.Title(draft))).Append("\n\n");
        md.Append('_').Append(E(PostmortemFigures.Blameless)).Append(' ').Append(E(PostmortemFigures.Generated(draft))).Append("_\n\n");
        if (draft.ChainWarnings.Count > 0)
        {
            md.Append("> **WARNING: the audit trail of this incident did not verify.**\n");
            foreach (var warning in draft.ChainWarnings)
            {
                md.Append(">\n> - ").Append(E(warning)).Append('\n');
            }

            md.Append('\n');
        }

        md.Append("## Summary\n\n").Append(E(draft.Summary)).Append("\n\n");
        Facts(md, "Impact", PostmortemFigures.Impact(draft));
        Facts(md, "Detection", PostmortemFigures.Detection(draft));
        md.Append("## Timeline\n\n| ").Append(string.Join(" | ", PostmortemFigures.TimelineHeaders)).Append(" |\n|")
            .Append(string.Concat(Enumerable.Repeat("---|", PostmortemFigures.TimelineHeaders.Count))).Append('\n');
        foreach (var entry in draft.Timeline)
        {
            md.Append("| ").Append(string.Join(" | ", PostmortemFigures.TimelineRow(entry).Select(E))).Append(" |\n");
        }

        md.Append('\n');
        Facts(md, "Automation and people", PostmortemFigures.Automation(draft));
        Facts(md, "Time to detect, mitigate, resolve", PostmortemFigures.Durations(draft));
        md.Append("## Root cause\n\n_").Append(E(PostmortemFigures.RootCausePrompt)).Append("_\n\n");
        md.Append("## Action items\n\n_").Append(E(PostmortemFigures.ActionItemsPrompt)).Append("_\n");
        return md.ToString();
    }

    private static void Facts(StringBuilder md, string heading, IReadOnlyList<(string Label, string Value)> facts)
    {
        md.Append("## ").Append(heading).Append("\n\n");
        foreach (var (label, value) in facts)
        {
            md.Append("- **").Append(E(label)).Append(":** ").Append(E(value)).Append('\n');
        }

        md.Append('\n');
    }

    private static string E(string text) => UntrustedText.Markdown(text);
}
