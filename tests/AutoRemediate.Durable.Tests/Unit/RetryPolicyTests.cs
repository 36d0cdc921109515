using AutoRemediate.Durable.Store;
using Xunit;

namespace AutoRemediate.Durable.Tests.Unit;

public sealed class RetryPolicyTests
{
    private static readonly TaskFailedException Failure = new("Act", 0, new FailureDetails("System.TimeoutException", "slow", null));

    [Fact]
    public void Delays_grow_by_the_backoff_coefficient_up_to_the_cap()
    {
        var policy = new RetryPolicy(10, TimeSpan.FromSeconds(1), backoffCoefficient: 2, maxRetryInterval: TimeSpan.FromSeconds(5));

        Assert.Equal(
            [1, 2, 4, 5, 5],
            Enumerable.Range(1, 5).Select(attempt => policy.GetRetryDelay(attempt).TotalSeconds));
    }

    [Fact]
    public void Constant_backoff_repeats_the_first_interval()
    {
        var policy = new RetryPolicy(3, TimeSpan.FromMilliseconds(250));

        Assert.Equal(TimeSpan.FromMilliseconds(250), policy.GetRetryDelay(3));
    }

    [Fact]
    public void Retries_until_the_attempts_are_used_up()
    {
        var policy = new RetryPolicy(3, TimeSpan.FromSeconds(1));

        Assert.Equal([true, true, false], Enumerable.Range(1, 3).Select(attempt => policy.ShouldRetry(Failure, attempt)));
    }

    [Fact]
    public void Handle_predicate_can_refuse_a_retry()
    {
        var policy = new RetryPolicy(5, TimeSpan.FromSeconds(1), handle: f => f.FailureDetails.ErrorType != "System.TimeoutException");

        Assert.False(policy.ShouldRetry(Failure, 1));
    }

    [Fact]
    public void Invalid_arguments_are_rejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new RetryPolicy(0, TimeSpan.FromSeconds(1)));
        Assert.Throws<ArgumentOutOfRangeException>(() => new RetryPolicy(1, TimeSpan.Zero));
        Assert.Throws<ArgumentOutOfRangeException>(() => new RetryPolicy(1, TimeSpan.FromSeconds(1), backoffCoefficient: 0.5));
        Assert.Throws<ArgumentOutOfRangeException>(() => new RetryPolicy(1, TimeSpan.FromSeconds(2), maxRetryInterval: TimeSpan.FromSeconds(1)));
    }
}
