namespace AutoRemediate.DurableTestHost.Runbooks;

/// <summary>The journal file, appended to under a lock (activities run concurrently).</summary>
internal sealed class JournalFile(string path)
{
    private readonly Lock gate = new();

    public void Append(IEnumerable<string> lines)
    {
        lock (gate)
        {
            File.AppendAllLines(path, lines);
        }
    }
}
