using System.Text;
using Microsoft.Extensions.Logging;

namespace AutoRemediate.Functions.Tests.Support;

/// <summary>
/// A logger provider that writes text the way a console or file sink does: one <c>category[event] Level: message</c>
/// per log call, ended by a newline, with whatever the message contains written as it is. It also counts the calls,
/// so a test can check that every message stayed on its own line.
/// </summary>
internal sealed class TextLogWriter : ILoggerProvider
{
    private readonly StringBuilder text = new();
    private readonly Dictionary<string, int> calls = new(StringComparer.Ordinal);

    /// <summary>Everything written so far.</summary>
    public string Text
    {
        get
        {
            lock (text)
            {
                return text.ToString();
            }
        }
    }

    /// <summary>How many messages categories starting with <paramref name="prefix"/> logged.</summary>
    public int Calls(string prefix)
    {
        lock (text)
        {
            return calls.Where(c => c.Key.StartsWith(prefix, StringComparison.Ordinal)).Sum(c => c.Value);
        }
    }

    public ILogger CreateLogger(string categoryName) => new Writer(this, categoryName);

    public void Dispose()
    {
    }

    private void Write(string category, EventId eventId, LogLevel level, string message)
    {
        lock (text)
        {
            text.Append(category).Append('[').Append(eventId.Id).Append("] ").Append(level).Append(": ").Append(message).Append('\n');
            calls[category] = calls.GetValueOrDefault(category) + 1;
        }
    }

    private sealed class Writer(TextLogWriter sink, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                sink.Write(category, eventId, logLevel, formatter(state, exception));
            }
        }
    }
}
