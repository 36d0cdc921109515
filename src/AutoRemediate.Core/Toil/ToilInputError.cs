namespace AutoRemediate.Core.Toil;

/// <summary>One problem with a manual toil entry: the field and what is wrong with it.</summary>
public sealed record ToilInputError(string Field, string Message)
{
    /// <inheritdoc />
    public override string ToString() => $"{Field}: {Message}";
}
