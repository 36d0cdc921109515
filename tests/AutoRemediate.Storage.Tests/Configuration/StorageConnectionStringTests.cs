using AutoRemediate.Storage.Configuration;

namespace AutoRemediate.Storage.Tests.Configuration;

public sealed class StorageConnectionStringTests
{
    private const string Key = "a2V5a2V5a2V5a2V5";

    [Fact]
    public void Development_storage_uses_azurite_defaults()
    {
        var parsed = StorageConnectionString.Parse("UseDevelopmentStorage=true");

        Assert.Equal("devstoreaccount1", parsed.AccountName);
        Assert.Equal(StorageConnectionString.DevelopmentAccountKey, parsed.AccountKey);
        Assert.Equal(new Uri("http://127.0.0.1:10002/devstoreaccount1"), parsed.TableEndpoint);
        Assert.Equal(new Uri("http://127.0.0.1:10001/devstoreaccount1"), parsed.QueueEndpoint);
    }

    [Fact]
    public void Explicit_path_style_endpoints_are_used_as_given()
    {
        var parsed = StorageConnectionString.Parse(
            $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={Key};TableEndpoint=http://127.0.0.1:5/devstoreaccount1;QueueEndpoint=http://127.0.0.1:6/devstoreaccount1;");

        Assert.Equal(new Uri("http://127.0.0.1:5/devstoreaccount1"), parsed.TableEndpoint);
        Assert.Equal(new Uri("http://127.0.0.1:6/devstoreaccount1"), parsed.QueueEndpoint);
        Assert.Equal(Key, parsed.AccountKey);
    }

    [Fact]
    public void Endpoints_default_from_protocol_account_and_suffix()
    {
        var parsed = StorageConnectionString.Parse($"accountname=acct;ACCOUNTKEY={Key};EndpointSuffix=core.chinacloudapi.cn");

        Assert.Equal(new Uri("https://acct.table.core.chinacloudapi.cn"), parsed.TableEndpoint);
        Assert.Equal(new Uri("https://acct.queue.core.chinacloudapi.cn"), parsed.QueueEndpoint);
    }

    [Theory]
    [InlineData("AccountName=acct", "'AccountKey'")]
    [InlineData("AccountKey=a2V5a2V5a2V5a2V5", "'AccountName'")]
    [InlineData("AccountName=acct;AccountKey=not*base64!", "'AccountKey' is not valid base64")]
    [InlineData("AccountName=acct;AccountKey=a2V5a2V5a2V5a2V5;TableEndpoint=ftp://x", "'TableEndpoint'")]
    [InlineData("AccountName=acct;AccountKey=a2V5a2V5a2V5a2V5;DefaultEndpointsProtocol=gopher", "'DefaultEndpointsProtocol'")]
    [InlineData("UseDevelopmentStorage=false", "'UseDevelopmentStorage'")]
    [InlineData("AccountName=a;AccountName=b;AccountKey=a2V5a2V5a2V5a2V5", "'AccountName' more than once")]
    public void Invalid_strings_name_the_setting_without_echoing_the_key(string connectionString, string expected)
    {
        var error = Assert.Throws<ArgumentException>(() => StorageConnectionString.Parse(connectionString));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("a2V5a2V5", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("not*base64", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ToString_leaves_out_the_key()
    {
        var parsed = StorageConnectionString.Parse("UseDevelopmentStorage=true");

        Assert.DoesNotContain(StorageConnectionString.DevelopmentAccountKey, parsed.ToString(), StringComparison.Ordinal);
        Assert.Contains("devstoreaccount1", parsed.ToString(), StringComparison.Ordinal);
    }
}
