using AutoRemediate.Core.Toil;

namespace AutoRemediate.Core.Tests.Toil;

public sealed class ToilWindowTests
{
    [Theory]
    [InlineData("day-2026-11-20", "2026-11-20", "2026-11-21")]
    [InlineData("week-2026-W47", "2026-11-16", "2026-11-23")]
    [InlineData("week-2026-W53", "2026-12-28", "2027-01-04")]
    [InlineData("30d-2026-11-20", "2026-10-22", "2026-11-21")]
    public void Window_ids_parse_to_whole_UTC_days(string id, string start, string end)
    {
        Assert.True(ToilWindow.TryParse(id, out var window, out _));

        Assert.Equal(id, window.Id);
        Assert.Equal(DateTimeOffset.Parse(start + "T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture), window.Start);
        Assert.Equal(DateTimeOffset.Parse(end + "T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture), window.End);
    }

    [Theory]
    [InlineData("")]
    [InlineData("day-2026-02-30")]
    [InlineData("week-2025-W53")]
    [InlineData("week-2026-W00")]
    [InlineData("day-2026-11-20.csv")]
    [InlineData("month-2026-11")]
    [InlineData("day-2026-11-20 ")]
    public void Malformed_or_impossible_window_ids_are_refused(string id)
    {
        Assert.False(ToilWindow.TryParse(id, out var window, out var error));

        Assert.Null(window);
        Assert.Contains("day-YYYY-MM-DD", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Monday_morning_tick_picks_yesterday_and_the_previous_ISO_week()
    {
        var mondayMorning = new DateTimeOffset(2026, 11, 23, 7, 0, 0, TimeSpan.Zero);

        Assert.Equal("day-2026-11-22", ToilWindow.LastCompleteBefore(ToilWindowKind.Day, mondayMorning).Id);
        Assert.Equal("week-2026-W47", ToilWindow.LastCompleteBefore(ToilWindowKind.Week, mondayMorning).Id);
        Assert.Equal("30d-2026-11-22", ToilWindow.LastCompleteBefore(ToilWindowKind.ThirtyDays, mondayMorning).Id);
    }
}
