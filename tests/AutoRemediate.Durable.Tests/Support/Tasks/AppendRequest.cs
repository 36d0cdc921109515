namespace AutoRemediate.Durable.Tests.Support.Tasks;

public sealed record AppendRequest(string Text, string Suffix);
