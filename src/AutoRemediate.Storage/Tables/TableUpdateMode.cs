namespace AutoRemediate.Storage.Tables;

/// <summary>How an update treats properties the new entity does not carry.</summary>
public enum TableUpdateMode
{
    /// <summary>Replace the whole entity: properties not sent are removed (PUT).</summary>
    Replace,

    /// <summary>Merge into the stored entity: properties not sent are kept (MERGE).</summary>
    Merge,
}
