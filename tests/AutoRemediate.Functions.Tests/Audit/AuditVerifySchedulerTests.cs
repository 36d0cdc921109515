using AutoRemediate.Core.Audit;
using AutoRemediate.Functions.Audit;
using AutoRemediate.Functions.Tests.Support;
using AutoRemediate.Testing.Azurite;
using AutoRemediate.Testing.Time;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NSubstitute;

namespace AutoRemediate.Functions.Tests.Audit;

/// <summary>The daily verification's firing and the settings it and the audit keys are started with.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class AuditVerifySchedulerTests(AzuriteFixture azurite)
{
    private static readonly DateTimeOffset Now = new(2026, 11, 21, 6, 30, 0, TimeSpan.Zero);

    [Fact]
    public async Task A_firing_verifies_yesterday_and_logs_an_error_event_per_problem_with_the_chain_id_escaped()
    {
        var audit = Substitute.For<IAuditLog>();
        var failed = new AuditVerificationReport("am-\nx", 0, null,
            [new AuditChainProblem(AuditProblemKind.ChainMissing, 1, null, "the chain holds none: it was deleted")]);
        audit.VerifyDayAsync(new DateOnly(2026, 11, 20), Arg.Any<CancellationToken>()).Returns(new AuditDayReport(new DateOnly(2026, 11, 20), [failed]));
        var (sut, logs) = CreateSut(audit);

        await sut.FireAsync(CancellationToken.None);

        Assert.Contains("[2202] Error: Audit chain am-\\nx of 2026-11-20: ChainMissing: the chain holds none: it was deleted\n", logs.Text, StringComparison.Ordinal);
        Assert.Contains("[2201] Error: Audit chains of 2026-11-20 FAILED verification: 1 of 1 chain(s) with problems\n", logs.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_firing_over_intact_chains_logs_information_only()
    {
        var audit = Substitute.For<IAuditLog>();
        audit.VerifyDayAsync(default, default).ReturnsForAnyArgs(new AuditDayReport(new DateOnly(2026, 11, 20), [new AuditVerificationReport("am-1", 2, null, [])]));
        var (sut, logs) = CreateSut(audit);

        await sut.FireAsync(CancellationToken.None);

        Assert.Contains("[2200] Information: Audit chains of 2026-11-20 verified: 1 chain(s)", logs.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Error", logs.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_firing_that_cannot_reach_storage_logs_and_does_not_throw()
    {
        var audit = Substitute.For<IAuditLog>();
        audit.VerifyDayAsync(default, default).ReturnsForAnyArgs<Task<AuditDayReport>>(_ => throw new IOException("storage down"));
        var (sut, logs) = CreateSut(audit);

        await sut.FireAsync(CancellationToken.None);

        Assert.Contains("[2203] Error: Audit verification of 2026-11-20 could not run", logs.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Audit:ActiveKeyId", "other", "Audit:ActiveKeyId must name one of the keys under Audit:Keys")]
    [InlineData("Audit:Keys:test", "c2hvcnQta2V5", "Audit:Keys:test must be base64 of at least 32 bytes")]
    [InlineData("AuditVerify:Schedule", "daily", "AuditVerify:Schedule 'daily': expected 6 fields")]
    public async Task Bad_audit_settings_stop_start_up_naming_the_setting_but_no_key(string setting, string value, string message)
    {
        await using var app = AppFactory.SelfHosted(azurite).WithWebHostBuilder(builder => builder.UseSetting(setting, value));

        var error = Assert.ThrowsAny<Exception>(() => app.Server).ToString();

        Assert.Contains(message, error, StringComparison.Ordinal);
        Assert.DoesNotContain("c2hvcnQta2V5", error, StringComparison.Ordinal);
        Assert.DoesNotContain(AppFactory.AuditKey, error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bad_audit_keys_stop_start_up_in_custom_handler_mode_too_where_no_worker_resolves_the_log()
    {
        await using var app = AppFactory.CustomHandler(azurite).WithWebHostBuilder(builder => builder.UseSetting("Audit:ActiveKeyId", "other"));

        var error = Assert.ThrowsAny<Exception>(() => app.Server).ToString();

        Assert.Contains("Audit:ActiveKeyId must name one of the keys under Audit:Keys", error, StringComparison.Ordinal);
    }

    private static (AuditVerifyScheduler Sut, TextLogWriter Logs) CreateSut(IAuditLog audit)
    {
        var logs = new TextLogWriter();
        using var factory = LoggerFactory.Create(b => b.AddProvider(logs));
        var time = new FakeTimeProvider(Now);
        var verifier = new AuditDayVerifier(audit, time, factory.CreateLogger<AuditDayVerifier>());
        return (new AuditVerifyScheduler(verifier, Options.Create(new AuditVerifyOptions()), time, factory.CreateLogger<AuditVerifyScheduler>()), logs);
    }
}
