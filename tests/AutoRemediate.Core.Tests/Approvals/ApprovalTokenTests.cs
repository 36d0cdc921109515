using System.Buffers.Text;
using AutoRemediate.Core.Approvals;
using AutoRemediate.Core.Tests.Support;

namespace AutoRemediate.Core.Tests.Approvals;

public sealed class ApprovalTokenTests
{
    private readonly ApprovalTokenSigner _signer = new(TestApprovals.Keys());
    private readonly ApprovalRequest _request = TestApprovals.Request();

    [Fact]
    public void Minted_token_verifies_with_the_request_claims()
    {
        var token = _signer.Mint(_request);

        var result = _signer.Verify(token, TestApprovals.Now, _request.RemediationId);

        Assert.True(result.Succeeded);
        Assert.Equal(("k1", _request.RemediationId, _request.RequestId, _request.PlanHash, _request.ExpiresAt),
            (result.Claims.KeyId, result.Claims.RemediationId, result.Claims.RequestId, result.Claims.PlanHash, result.Claims.ExpiresAt));
        Assert.Matches("^[A-Za-z0-9_.-]+$", token);
    }

    [Fact]
    public void Every_token_has_its_own_nonce()
    {
        var first = _signer.Verify(_signer.Mint(_request), TestApprovals.Now).Claims!;
        var reminted = _signer.Verify(_signer.Remint(first), TestApprovals.Now).Claims!;

        Assert.NotEqual(first.Nonce, reminted.Nonce);
        Assert.Equal(first with { Nonce = reminted.Nonce }, reminted);
    }

    [Fact]
    public void Forged_signature_is_rejected()
    {
        var parts = _signer.Mint(_request).Split('.');
        var forgedKey = new ApprovalTokenSigner(new SigningKeyRing("k1", new Dictionary<string, byte[]> { ["k1"] = TestApprovals.Key("attacker") }));
        var forged = forgedKey.Mint(_request);

        Assert.Equal(TokenFailure.InvalidSignature, _signer.Verify(forged, TestApprovals.Now).Failure);
        var flipped = parts[3][0] == 'A' ? 'B' + parts[3][1..] : 'A' + parts[3][1..];
        Assert.Equal(TokenFailure.InvalidSignature, _signer.Verify(string.Join('.', parts[0], parts[1], parts[2], flipped), TestApprovals.Now).Failure);
    }

    [Fact]
    public void Payload_moved_under_another_signature_is_rejected()
    {
        var other = _signer.Mint(TestApprovals.Request(remediationId: "am-other"));
        var mine = _signer.Mint(_request).Split('.');
        var spliced = string.Join('.', mine[0], mine[1], other.Split('.')[2], mine[3]);

        Assert.Equal(TokenFailure.InvalidSignature, _signer.Verify(spliced, TestApprovals.Now).Failure);
    }

    [Fact]
    public void Token_signed_with_an_unknown_key_is_rejected()
    {
        var token = new ApprovalTokenSigner(TestApprovals.Keys("retired")).Mint(_request);

        Assert.Equal(TokenFailure.UnknownKey, _signer.Verify(token, TestApprovals.Now).Failure);
    }

    [Fact]
    public void Token_signed_with_a_rotated_out_but_kept_key_still_verifies()
    {
        var old = new ApprovalTokenSigner(TestApprovals.Keys("k1")).Mint(_request);
        var rotated = new ApprovalTokenSigner(TestApprovals.Keys("k2", "k1"));

        Assert.True(rotated.Verify(old, TestApprovals.Now).Succeeded);
        Assert.StartsWith("v1.k2.", rotated.Mint(_request), StringComparison.Ordinal);
    }

    [Fact]
    public void Expired_token_is_rejected()
    {
        var token = _signer.Mint(_request);

        Assert.True(_signer.Verify(token, _request.ExpiresAt.AddSeconds(-1)).Succeeded);
        Assert.Equal(TokenFailure.Expired, _signer.Verify(token, _request.ExpiresAt).Failure);
    }

    [Fact]
    public void Token_of_another_remediation_is_rejected()
    {
        var token = _signer.Mint(_request);

        var result = _signer.Verify(token, TestApprovals.Now, expectedRemediationId: "am-another-remediation");

        Assert.Equal(TokenFailure.WrongRemediation, result.Failure);
        Assert.Contains("another remediation", result.Explanation, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("not-a-token")]
    [InlineData("v2.k1.cGF5bG9hZA.c2ln")]
    [InlineData("v1.k1.cGF5bG9hZA")]
    [InlineData("v1.k1.!!!.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("v1.k.1.cGF5bG9hZA.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("v1.k1.cGF5bG9hZA.c2hvcnQ")]
    public void Malformed_token_is_rejected(string token)
    {
        Assert.Equal(TokenFailure.Malformed, _signer.Verify(token, TestApprovals.Now).Failure);
    }

    [Fact]
    public void Oversized_token_is_rejected_unparsed()
    {
        var token = "v1.k1." + new string('A', ApprovalTokenSigner.MaxTokenLength) + ".AAAA";

        Assert.Equal(TokenFailure.Malformed, _signer.Verify(token, TestApprovals.Now).Failure);
    }

    [Fact]
    public void Genuinely_signed_payload_with_bad_fields_is_malformed()
    {
        var keys = TestApprovals.Keys();
        var payload = Base64Url.EncodeToString("only\nthree\nfields"u8);
        var signed = $"v1.k1.{payload}";
        var mac = Base64Url.EncodeToString(System.Security.Cryptography.HMACSHA256.HashData(TestApprovals.Key("k1"), System.Text.Encoding.ASCII.GetBytes(signed)));

        Assert.Equal(TokenFailure.Malformed, new ApprovalTokenSigner(keys).Verify($"{signed}.{mac}", TestApprovals.Now).Failure);
    }

    [Fact]
    public void Signing_key_shorter_than_32_bytes_is_refused()
    {
        var error = Assert.Throws<ArgumentException>(() => new SigningKeyRing("k1", new Dictionary<string, byte[]> { ["k1"] = new byte[31] }));

        Assert.Contains("at least 32", error.Message, StringComparison.Ordinal);
    }
}
