using AutoRemediate.Storage.Tables;

namespace AutoRemediate.Storage.Tests.Tables;

public sealed class TableFilterTests
{
    [Fact]
    public void String_literals_double_single_quotes()
    {
        Assert.Equal("'it''s'", TableFilter.Quote("it's"));
    }

    [Fact]
    public void Interpolated_values_become_typed_literals()
    {
        var id = Guid.Parse("0f8fad5b-d9cb-469f-a165-70867728950e");
        var at = new DateTimeOffset(2025, 1, 2, 3, 4, 5, TimeSpan.FromHours(1));

        var filter = TableFilter.Create($"A eq {"o'k"} and B eq {42} and C eq {42L} and D eq {true} and E eq {id} and F lt {at}");

        Assert.Equal(
            "A eq 'o''k' and B eq 42 and C eq 42L and D eq true and E eq guid'0f8fad5b-d9cb-469f-a165-70867728950e' and F lt datetime'2025-01-02T02:04:05.0000000Z'",
            filter);
    }

    [Fact]
    public void Unsupported_values_are_rejected()
    {
        Assert.Throws<ArgumentException>(() => TableFilter.Create($"A eq {1.5m}"));
    }
}
