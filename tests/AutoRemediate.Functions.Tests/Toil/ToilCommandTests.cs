using AutoRemediate.Functions.Toil;

namespace AutoRemediate.Functions.Tests.Toil;

/// <summary>The <c>toil</c> command's argument errors, which name the option and exit 2 before touching storage.</summary>
public sealed class ToilCommandTests
{
    [Theory]
    [InlineData(new[] { "toil", "add", "--who", "alice", "--minutes", "forty" }, "--minutes: 'forty' is not a whole number")]
    [InlineData(new[] { "toil", "add", "--who", "alice", "--at", "last tuesday" }, "--at: 'last tuesday' is not an ISO 8601 time")]
    [InlineData(new[] { "toil", "add", "--whom", "alice" }, "unknown option '--whom'")]
    [InlineData(new[] { "toil", "add", "--who" }, "--who needs a value")]
    [InlineData(new[] { "toil", "report", "yesterday" }, "WINDOW: 'yesterday'")]
    [InlineData(new[] { "toil", "report", "day-2999-01-01" }, "day-2999-01-01 has not ended yet")]
    public async Task Bad_arguments_exit_2_with_a_message_naming_the_option(string[] args, string message)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exit = await ToilCommand.RunAsync(args, output, error);

        Assert.Equal(2, exit);
        Assert.Contains(message, error.ToString(), StringComparison.Ordinal);
        Assert.Empty(output.ToString());
    }
}
