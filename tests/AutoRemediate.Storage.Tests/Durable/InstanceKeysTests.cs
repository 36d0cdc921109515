using AutoRemediate.Storage.Durable;
using AutoRemediate.Storage.Tables;

namespace AutoRemediate.Storage.Tests.Durable;

public sealed class InstanceKeysTests
{
    [Theory]
    [InlineData("plain-id_1")]
    [InlineData("a/b\\c#d?e~f")]
    [InlineData("tab\there\u0001\u009f")]
    public void Encoding_removes_forbidden_characters_and_reverses_exactly(string id)
    {
        var encoded = InstanceKeys.PartitionKey(id);

        Assert.DoesNotContain(encoded, c => c is '/' or '\\' or '#' or '?' || char.IsControl(c));
        Assert.Equal(id, InstanceKeys.Decode(encoded));
    }

    [Fact]
    public void State_row_sorts_after_history_and_inbox_rows()
    {
        Assert.True(string.CompareOrdinal(InstanceKeys.HistoryRowKey(int.MaxValue), InstanceKeys.InboxRowKey("0")) < 0);
        Assert.True(string.CompareOrdinal(InstanceKeys.InboxRowKey("~~~~"), InstanceKeys.StateRowKey) < 0);
        Assert.True(string.CompareOrdinal(InstanceKeys.HistoryRowKey(9), InstanceKeys.HistoryRowKey(10)) < 0);
    }

    [Fact]
    public void Long_strings_split_across_numbered_columns_without_breaking_surrogate_pairs()
    {
        var text = new string('a', PayloadColumns.ChunkLength - 1) + "🙂" + new string('b', 40_000);
        var entity = new TableEntity("p", "r");

        PayloadColumns.Write(entity, "Payload", text);

        Assert.Equal(["Payload", "Payload_1", "Payload_2"], entity.Properties.Keys.Order());
        Assert.All(entity.Properties.Values.Cast<string>(), s => Assert.False(char.IsHighSurrogate(s[^1])));
        Assert.Equal(text, PayloadColumns.Read(entity, "Payload"));
    }
}
