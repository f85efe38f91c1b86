using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace LongAnMarket.Tests.Support;

/// <summary>
/// The app's log in a test host: warnings and errors kept in memory (the latest 2,000) instead of the console, so a
/// test run prints its results, not the expected failures of tests about failures or the last words of background jobs
/// of hosts already stopped. A test that needs the server's side of a failure reads <see cref="Lines"/>.
/// </summary>
public sealed class TestHostLog : ILoggerProvider
{
    private const int Kept = 2000;
    private readonly ConcurrentQueue<string> _lines = new();

    public IReadOnlyList<string> Lines => _lines.ToArray();

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose() { }

    private void Add(string line)
    {
        _lines.Enqueue(line);
        while (_lines.Count > Kept && _lines.TryDequeue(out _)) { }
    }

    private sealed class Logger(TestHostLog log, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (!IsEnabled(logLevel)) return;
            log.Add($"{logLevel} {category}: {formatter(state, exception)}" + (exception is null ? "" : $" ({exception.GetType().Name}: {exception.Message})"));
        }
    }
}
