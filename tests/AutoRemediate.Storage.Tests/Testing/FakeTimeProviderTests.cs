using AutoRemediate.Testing.Time;

namespace AutoRemediate.Storage.Tests.Testing;

public sealed class FakeTimeProviderTests
{
    [Fact]
    public async Task Delay_completes_only_when_the_clock_is_advanced_past_it()
    {
        var time = new FakeTimeProvider();
        var delay = Task.Delay(TimeSpan.FromMinutes(5), time);

        time.Advance(TimeSpan.FromMinutes(4));
        var early = delay.IsCompleted;
        time.Advance(TimeSpan.FromMinutes(1));
        await delay.WaitAsync(TimeSpan.FromSeconds(5));

        Assert.False(early);
        Assert.True(delay.IsCompletedSuccessfully);
    }

    [Fact]
    public void Periodic_timer_fires_once_per_elapsed_period_and_stops_when_disposed()
    {
        var time = new FakeTimeProvider();
        var fired = 0;
        var timer = time.CreateTimer(_ => fired++, null, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1));

        time.Advance(TimeSpan.FromSeconds(3));
        timer.Dispose();
        time.Advance(TimeSpan.FromSeconds(3));

        Assert.Equal(3, fired);
    }

    [Fact]
    public void SetUtcNow_moves_the_clock_and_refuses_to_go_back()
    {
        var time = new FakeTimeProvider();
        var later = time.GetUtcNow().AddDays(1);

        time.SetUtcNow(later);

        Assert.Equal(later, time.GetUtcNow());
        Assert.Throws<ArgumentOutOfRangeException>(() => time.SetUtcNow(later.AddTicks(-1)));
    }
}
