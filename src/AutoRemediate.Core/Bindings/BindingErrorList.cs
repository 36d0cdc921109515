using YamlDotNet.Core;

namespace AutoRemediate.Core.Bindings;

/// <summary>Collects every error of one file so authors see all of them in one pass, not one per CI run.</summary>
internal sealed class BindingErrorList(string file)
{
    private readonly List<BindingError> errors = [];

    public string File { get; } = file;

    public IReadOnlyList<BindingError> Errors => errors;

    public void Add(Mark at, string message) => errors.Add(new BindingError(File, (int)at.Line, (int)at.Column, message));

    public void Add(int line, int column, string message) => errors.Add(new BindingError(File, line, column, message));
}
