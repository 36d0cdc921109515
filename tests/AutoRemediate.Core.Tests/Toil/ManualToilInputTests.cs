using AutoRemediate.Core.Toil;

namespace AutoRemediate.Core.Tests.Toil;

public sealed class ManualToilInputTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 20, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Valid_entry_has_no_errors_and_defaults_its_time_to_now()
    {
        var input = new ManualToilInput(" alice ", "rotated the gateway certificate", 45, "certificates", null);

        Assert.Empty(input.Validate(Now));
        var entry = input.ToEntry(Now, "oncall@example.com");
        Assert.Equal(("alice", 45, Now, "oncall@example.com"), (entry.Who, entry.Minutes, entry.At, entry.RecordedBy));
    }

    [Fact]
    public void Every_bad_field_is_reported_by_name()
    {
        var input = new ManualToilInput("", new string('x', 501), 0, "Certs!", Now.AddHours(1));

        var errors = input.Validate(Now);

        Assert.Equal(["who", "what", "minutes", "category", "at"], errors.Select(e => e.Field));
    }

    [Theory]
    [InlineData(null, "required")]
    [InlineData(10081, "between 1 and 10080")]
    [InlineData(-5, "between 1 and 10080")]
    public void Minutes_must_be_given_and_within_a_week(int? minutes, string message)
    {
        var error = Assert.Single(new ManualToilInput("alice", "x", minutes, "misc", null).Validate(Now));

        Assert.Equal("minutes", error.Field);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Entries_older_than_a_year_are_refused()
    {
        var error = Assert.Single(new ManualToilInput("alice", "x", 5, "misc", Now.AddDays(-400)).Validate(Now));

        Assert.Equal("at", error.Field);
    }
}
