namespace AutoRemediate.Benchmarks.Storm;

/// <summary>The storage service a proxied port stands in front of.</summary>
internal enum StorageService
{
    Blob,
    Queue,
    Table,
}
