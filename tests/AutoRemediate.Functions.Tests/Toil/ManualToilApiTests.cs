using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using AutoRemediate.Functions.Tests.Support;
using AutoRemediate.Testing.Azurite;

namespace AutoRemediate.Functions.Tests.Toil;

/// <summary>POST and GET /api/toil: validated, authenticated, and nothing written on a refusal.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class ManualToilApiTests(AzuriteFixture azurite)
{
    [Theory]
    [InlineData("""{"what":"renewed cert","minutes":30,"category":"certificates"}""", "who")]
    [InlineData("""{"who":"alice","what":"renewed cert","minutes":0,"category":"certificates"}""", "minutes")]
    [InlineData("""{"who":"alice","what":"renewed cert","minutes":30,"category":"Certificates!"}""", "category")]
    [InlineData("""{"who":"alice","what":"renewed cert","minutes":30,"category":"certificates","at":"2099-01-01T00:00:00Z"}""", "at")]
    [InlineData("""{"who":"alice","what":"renewed cert","minutes":"thirty","category":"certificates"}""", "body")]
    [InlineData("""{"who":"alice",""", "body")]
    [InlineData("null", "body")]
    public async Task Bad_entry_is_refused_with_problem_json_naming_the_field_and_nothing_is_written(string body, string field)
    {
        await using var app = new ToilApp(azurite.ConnectionString, ToilApp.NewTables());
        using var http = ToilApi.Client(app);

        using var response = await http.PostAsync(new Uri("/api/toil", UriKind.Relative), new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(field, problem.GetProperty("parameter").GetString());
        Assert.Equal(0, (await ListAsync(http)).GetProperty("entries").GetArrayLength());
    }

    [Fact]
    public async Task Valid_entry_is_stored_with_the_operator_identity_and_listed()
    {
        await using var app = new ToilApp(azurite.ConnectionString, ToilApp.NewTables());
        using var http = ToilApi.Client(app);

        using var response = await http.PostAsJsonAsync(
            new Uri("/api/toil", UriKind.Relative), new { who = "alice", what = "renewed the gateway certificate", minutes = 45, category = "certificates" });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var list = await ListAsync(http);
        var entry = Assert.Single(list.GetProperty("entries").EnumerateArray());
        Assert.Equal(("alice", 45, "certificates", OperatorClient.Operator), (
            entry.GetProperty("who").GetString(), entry.GetProperty("minutes").GetInt32(), entry.GetProperty("category").GetString(), entry.GetProperty("recordedBy").GetString()));
        Assert.Equal(45, list.GetProperty("totalMinutes").GetInt32());
    }

    [Fact]
    public async Task Entry_without_an_operator_or_with_the_webhook_key_is_refused_and_not_written()
    {
        await using var app = new ToilApp(azurite.ConnectionString, ToilApp.NewTables());
        using var anonymous = ToilApi.Client(app, signedIn: false);
        using var keyHolder = ToilApi.Client(app, signedIn: false);
        keyHolder.DefaultRequestHeaders.Add("x-functions-key", WebhookApp.Key);

        using var response = await anonymous.PostAsJsonAsync(new Uri("/api/toil", UriKind.Relative), new { who = "mallory", what = "x", minutes = 600, category = "misc" });
        using var withKey = await keyHolder.PostAsJsonAsync(new Uri("/api/toil", UriKind.Relative), new { who = "mallory", what = "x", minutes = 600, category = "misc" });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, withKey.StatusCode);
        using var http = ToilApi.Client(app);
        Assert.Equal(0, (await ListAsync(http)).GetProperty("entries").GetArrayLength());
    }

    [Theory]
    [InlineData("from=yesterday", "from")]
    [InlineData("from=2026-01-01T00:00:00Z&to=2026-06-01T00:00:00Z", "from")]
    [InlineData("to=2026-13-01", "to")]
    public async Task Listing_with_a_bad_range_names_the_parameter(string query, string parameter)
    {
        await using var app = new ToilApp(azurite.ConnectionString, ToilApp.NewTables());
        using var http = ToilApi.Client(app);

        using var response = await http.GetAsync(new Uri("/api/toil?" + query, UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(parameter, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("parameter").GetString());
    }

    private static async Task<JsonElement> ListAsync(HttpClient http)
    {
        using var response = await http.GetAsync(new Uri("/api/toil", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
