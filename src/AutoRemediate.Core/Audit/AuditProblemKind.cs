namespace AutoRemediate.Core.Audit;

/// <summary>What is wrong with a chain at one point.</summary>
public enum AuditProblemKind
{
    /// <summary>The record's content no longer matches its hash: it was edited after it was written.</summary>
    ContentAltered = 1,

    /// <summary>The record's previous hash is not its predecessor's hash: a record was inserted before it, or its predecessor was deleted or replaced.</summary>
    BrokenLink = 2,

    /// <summary>Sequence numbers are missing: records were deleted.</summary>
    SequenceGap = 3,

    /// <summary>A sequence number appears more than once: a record was inserted (forged).</summary>
    DuplicateSequence = 4,

    /// <summary>The chain's end does not match its head: records were deleted from (or appended to) the end.</summary>
    HeadMismatch = 5,

    /// <summary>The record names another remediation: it was copied or moved into this chain.</summary>
    ForeignRecord = 6,

    /// <summary>The record's id does not derive from its idempotency key: one of them was edited.</summary>
    RecordIdMismatch = 7,

    /// <summary>A stored row could not be read as a record at all (a required field is missing or malformed).</summary>
    Unreadable = 8,

    /// <summary>Records exist but the head that counts them is missing.</summary>
    HeadMissing = 9,

    /// <summary>A stored row sits where its sequence number does not belong: it was inserted or moved.</summary>
    Misplaced = 10,

    /// <summary>The record (or anchor) is keyed with an audit key that is not configured, so it cannot be verified.</summary>
    UnknownKey = 11,

    /// <summary>An unkeyed record follows a keyed one: a keyed chain was rewritten in the unkeyed legacy format.</summary>
    Downgraded = 12,

    /// <summary>The chain disagrees with its anchor outside the partition: it was rewritten, or records at its end deleted.</summary>
    AnchorMismatch = 13,

    /// <summary>The chain holds keyed records but has no anchor: the anchor was deleted.</summary>
    AnchorMissing = 14,

    /// <summary>The anchor exists but the chain's partition holds nothing: the chain was deleted.</summary>
    ChainMissing = 15,

    /// <summary>The anchor's MAC does not verify: the anchor was forged or edited.</summary>
    AnchorInvalid = 16,
}
