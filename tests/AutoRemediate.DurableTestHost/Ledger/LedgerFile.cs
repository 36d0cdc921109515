using System.Text;
using System.Text.Json;

namespace AutoRemediate.DurableTestHost.Ledger;

/// <summary>
/// An append-only JSON Lines file several processes write at once. Each entry is one write of a whole line
/// to a file opened for append, so lines from different processes never interleave; a process killed
/// mid-write can leave at most one torn last line, which the reader skips.
/// </summary>
public sealed class LedgerFile(string path) : IDisposable
{
    private readonly Lock _gate = new();
    private FileStream? _stream;

    public string Path { get; } = path;

    public void Append(LedgerEntry entry)
    {
        var line = Encoding.UTF8.GetBytes(JsonSerializer.Serialize(entry) + "\n");
        lock (_gate)
        {
            _stream ??= new FileStream(Path, FileMode.Append, FileAccess.Write, FileShare.ReadWrite | FileShare.Delete);
            _stream.Write(line);
            _stream.Flush();
        }
    }

    public static IReadOnlyList<LedgerEntry> Read(string path)
    {
        if (!File.Exists(path))
        {
            return [];
        }

        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var reader = new StreamReader(stream);
        var entries = new List<LedgerEntry>();
        while (reader.ReadLine() is { } line)
        {
            try
            {
                if (JsonSerializer.Deserialize<LedgerEntry>(line) is { } entry)
                {
                    entries.Add(entry);
                }
            }
            catch (JsonException)
            {
                // The torn last line of a killed writer.
            }
        }

        return entries;
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _stream?.Dispose();
            _stream = null;
        }
    }
}
