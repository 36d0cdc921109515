using AutoRemediate.Functions.Toil;

namespace AutoRemediate.Functions.Tests.Toil;

public sealed class CronScheduleTests
{
    private static readonly DateTimeOffset SundayNoon = new(2026, 11, 22, 12, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("0 0 7 * * *", "2026-11-23T07:00:00Z")]
    [InlineData("0 0 7 * * 1", "2026-11-23T07:00:00Z")]
    [InlineData("0 0 7 * * 2", "2026-11-24T07:00:00Z")]
    [InlineData("*/30 * * * * *", "2026-11-22T12:00:30Z")]
    [InlineData("0 15 * * * *", "2026-11-22T12:15:00Z")]
    [InlineData("0 0 9-17/4 * * 1-5", "2026-11-23T09:00:00Z")]
    [InlineData("0 0 0 1 1,7 *", "2027-01-01T00:00:00Z")]
    [InlineData("0 0 7 * * MON", "2026-11-23T07:00:00Z")]
    [InlineData("0 0 7 1 * 1", "2027-02-01T07:00:00Z")]
    public void Next_is_the_first_matching_second_after_the_given_time(string cron, string expected)
    {
        var next = CronSchedule.Parse(cron).Next(SundayNoon);

        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), next);
    }

    [Theory]
    [InlineData("0 7 * * *", "6 fields")]
    [InlineData("0 0 25 * * *", "hour")]
    [InlineData("0 0 7 * * 7-9", "day of week")]
    [InlineData("0 0 7 * */0 *", "month")]
    public void Malformed_schedule_is_refused_naming_the_field(string cron, string message)
    {
        Assert.False(CronSchedule.TryParse(cron, out _, out var error));

        Assert.Contains(message, error, StringComparison.Ordinal);
    }
}
