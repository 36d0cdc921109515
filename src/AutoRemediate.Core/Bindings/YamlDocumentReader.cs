using System.Text;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace AutoRemediate.Core.Bindings;

/// <summary>
/// Reads the one YAML document of a configuration file (bindings, guardrail policy) with positions kept, reporting
/// encoding, syntax, document-count and anchor problems as file:line:column errors.
/// </summary>
internal static class YamlDocumentReader
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static YamlNode? LoadRoot(BindingFile file, BindingErrorList errors, string emptyMessage, Func<int, string> manyDocumentsMessage)
    {
        string text;
        try
        {
            text = StrictUtf8.GetString(file.Content.Span);
        }
        catch (DecoderFallbackException)
        {
            errors.Add(1, 1, "the file is not valid UTF-8");
            return null;
        }

        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text.TrimStart('\uFEFF')));
        }
        catch (YamlException error)
        {
            errors.Add(error.Start, $"YAML syntax error: {error.Message}");
            return null;
        }

        if (stream.Documents.Count != 1)
        {
            errors.Add(1, 1, stream.Documents.Count == 0 ? emptyMessage : manyDocumentsMessage(stream.Documents.Count));
            return null;
        }

        var root = stream.Documents[0].RootNode;
        return RejectAnchors(root, new HashSet<YamlNode>(ReferenceEqualityComparer.Instance), errors) ? root : null;
    }

    /// <summary>Anchors and aliases make a reviewer's diff lie about what a file does, so they are refused.</summary>
    private static bool RejectAnchors(YamlNode node, HashSet<YamlNode> seen, BindingErrorList errors)
    {
        if (!seen.Add(node) || !node.Anchor.IsEmpty)
        {
            errors.Add(node.Start, "YAML anchors and aliases (&name, *name) are not supported; write the values out");
            return false;
        }

        IEnumerable<YamlNode> children = node switch
        {
            YamlMappingNode mapping => mapping.Children.SelectMany(c => new[] { c.Key, c.Value }),
            YamlSequenceNode sequence => sequence.Children,
            _ => [],
        };
        return children.All(child => RejectAnchors(child, seen, errors));
    }
}
