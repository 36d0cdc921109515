namespace AutoRemediate.Storage.Tables;

/// <summary>The operation one entry of an entity-group transaction performs.</summary>
public enum TableTransactionActionType
{
    /// <summary>Insert; fails with 409 EntityAlreadyExists when the row exists.</summary>
    Add,

    /// <summary>Replace an existing entity, conditional on the ETag ("*" for any).</summary>
    UpdateReplace,

    /// <summary>Merge into an existing entity, conditional on the ETag ("*" for any).</summary>
    UpdateMerge,

    /// <summary>Insert or replace, unconditionally.</summary>
    UpsertReplace,

    /// <summary>Insert or merge, unconditionally.</summary>
    UpsertMerge,

    /// <summary>Delete, conditional on the ETag ("*" for any).</summary>
    Delete,
}
