using AutoRemediate.Core.Audit;
using AutoRemediate.Core.Tests.Support;

namespace AutoRemediate.Core.Tests.Audit;

public sealed class AuditChainVerifierTests
{
    [Fact]
    public void Intact_chain_with_matching_head_has_no_problems()
    {
        var chain = TestAudit.Chain(4);

        var report = TestAudit.Verify(chain, TestAudit.HeadOf(chain));

        Assert.True(report.IsIntact, report.ToString());
        Assert.Equal(4, report.RecordCount);
    }

    [Fact]
    public void Empty_chain_with_empty_head_is_intact()
    {
        Assert.True(TestAudit.Verify([], AuditHead.Empty(TestAudit.Remediation)).IsIntact);
    }

    [Fact]
    public void Verify_names_a_record_whose_content_was_edited()
    {
        var chain = TestAudit.Chain(3);
        chain[1] = chain[1] with { Summary = "nothing happened here" };

        var problem = Assert.Single(TestAudit.Verify(chain, TestAudit.HeadOf(chain)).Problems);

        Assert.Equal((AuditProblemKind.ContentAltered, 2L, chain[1].RecordId), (problem.Kind, problem.Sequence, problem.RecordId));
        Assert.Contains("#2", problem.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void Verify_names_the_successor_of_a_record_edited_and_rehashed()
    {
        var chain = TestAudit.Chain(3);
        var edited = chain[1] with { Summary = "forged" };
        chain[1] = edited with { Hash = AuditHashing.ComputeHash(edited) };

        var problem = Assert.Single(TestAudit.Verify(chain).Problems);

        Assert.Equal((AuditProblemKind.BrokenLink, 3L), (problem.Kind, problem.Sequence));
    }

    [Fact]
    public void Verify_reports_a_deleted_middle_record_as_a_gap_and_a_broken_link()
    {
        var chain = TestAudit.Chain(4);
        chain.RemoveAt(1);

        var problems = TestAudit.Verify(chain, TestAudit.HeadOf(chain)).Problems;

        Assert.Contains(problems, p => p is { Kind: AuditProblemKind.SequenceGap, Sequence: 2 } && p.Description.Contains("#2", StringComparison.Ordinal));
        Assert.Contains(problems, p => p is { Kind: AuditProblemKind.BrokenLink, Sequence: 3 });
        Assert.Equal(2, problems.Count);
    }

    [Fact]
    public void Verify_reports_records_deleted_from_the_end_against_the_head()
    {
        var chain = TestAudit.Chain(5);
        var head = TestAudit.HeadOf(chain);
        chain.RemoveRange(3, 2);

        var problem = Assert.Single(TestAudit.Verify(chain, head).Problems);

        Assert.Equal((AuditProblemKind.HeadMismatch, 4L), (problem.Kind, problem.Sequence));
        Assert.Contains("#4-#5", problem.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void Verify_reports_an_inserted_record_as_duplicate_sequence_and_broken_links()
    {
        var chain = TestAudit.Chain(3);
        var forged = AuditChain.NextUnkeyed(new AuditHead(1, chain[0].Hash), TestAudit.Entry("forged", AuditRecordKind.ApprovalDecided));
        chain.Insert(1, forged);

        var problems = TestAudit.Verify(chain, TestAudit.HeadOf(chain)).Problems;

        Assert.Contains(problems, p => p.Kind == AuditProblemKind.DuplicateSequence && p.RecordId == chain[2].RecordId);
        Assert.Contains(problems, p => p.Kind == AuditProblemKind.BrokenLink && p.RecordId == chain[2].RecordId);
    }

    [Fact]
    public void Verify_reports_a_record_of_another_remediation()
    {
        var chain = TestAudit.Chain(2);
        var foreign = TestAudit.Chain(2, "am-other");
        chain[1] = foreign[1];

        var problems = TestAudit.Verify(chain).Problems;

        Assert.Contains(problems, p => p.Kind == AuditProblemKind.ForeignRecord && p.Sequence == 2);
        Assert.Contains(problems, p => p.Kind == AuditProblemKind.BrokenLink && p.Sequence == 2);
    }

    [Fact]
    public void Verify_reports_a_record_id_that_does_not_derive_from_its_key()
    {
        var chain = TestAudit.Chain(2);
        var edited = chain[0] with { RecordId = "r-00000000000000000000000000000000" };
        chain[0] = edited with { Hash = AuditHashing.ComputeHash(edited) };

        var problems = TestAudit.Verify(chain).Problems;

        Assert.Contains(problems, p => p.Kind == AuditProblemKind.RecordIdMismatch && p.Sequence == 1);
    }

    [Fact]
    public void Verify_reports_a_replaced_last_record_against_the_head_hash()
    {
        var chain = TestAudit.Chain(2);
        var head = TestAudit.HeadOf(chain);
        chain[1] = AuditChain.NextUnkeyed(new AuditHead(1, chain[0].Hash), TestAudit.Entry("replacement"));

        var problem = Assert.Single(TestAudit.Verify(chain, head).Problems);

        Assert.Equal((AuditProblemKind.HeadMismatch, chain[1].RecordId), (problem.Kind, problem.RecordId));
    }

    [Fact]
    public void Report_text_lists_every_problem()
    {
        var chain = TestAudit.Chain(3);
        chain[0] = chain[0] with { Summary = "edited" };
        chain.RemoveAt(2);

        var text = TestAudit.Verify(chain, new AuditHead(3, "x")).ToString();

        Assert.Contains("ContentAltered", text, StringComparison.Ordinal);
        Assert.Contains("HeadMismatch", text, StringComparison.Ordinal);
    }
}
