using System.Diagnostics;
using System.Globalization;
using Claims.Pipeline;

namespace Claims.Cli;

/// <summary>
/// Progress on standard error for long runs: "articles 120/1000 · 35.2/s · 25 s left", rewritten in place at most
/// four times a second, cleared at the end. Shown only when standard error is a terminal and <c>--quiet</c> is absent.
/// Thread-safe: the analyzer reports from worker threads.
/// </summary>
internal sealed class ProgressDisplay : IProgress<AnalysisProgress>, IDisposable
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(250);
    private readonly TextWriter _error;
    private readonly Lock _lock = new();
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly Stopwatch _phaseClock = Stopwatch.StartNew();
    private string _phase = "";
    private TimeSpan _lastDraw = TimeSpan.FromDays(-1);
    private int _width;

    public ProgressDisplay(TextWriter error) => _error = error;

    public void Report(AnalysisProgress value)
    {
        lock (_lock)
        {
            if (value.Phase != _phase)
            {
                _phase = value.Phase;
                _phaseClock.Restart();
            }
            bool last = value.Done == value.Total;
            if (!last && _clock.Elapsed - _lastDraw < Interval) return;
            _lastDraw = _clock.Elapsed;
            Draw(Format(value, _phaseClock.Elapsed));
        }
    }

    /// <summary>One progress line: done/total, rate and time left (once a rate is known).</summary>
    internal static string Format(AnalysisProgress value, TimeSpan elapsed)
    {
        var line = string.Create(CultureInfo.InvariantCulture, $"{value.Phase} {value.Done}/{value.Total}");
        if (value.Done > 0 && elapsed.TotalSeconds > 0.2)
        {
            double rate = value.Done / elapsed.TotalSeconds;
            var left = TimeSpan.FromSeconds((value.Total - value.Done) / rate);
            line += string.Create(CultureInfo.InvariantCulture, $" · {rate:0.0}/s · {FormatTime(left)} left");
        }
        return line;
    }

    private static string FormatTime(TimeSpan t) => t.TotalHours >= 1
        ? string.Create(CultureInfo.InvariantCulture, $"{(int)t.TotalHours} h {t.Minutes:00} min")
        : t.TotalMinutes >= 1
            ? string.Create(CultureInfo.InvariantCulture, $"{(int)t.TotalMinutes} min {t.Seconds:00} s")
            : string.Create(CultureInfo.InvariantCulture, $"{Math.Ceiling(t.TotalSeconds):0} s");

    private void Draw(string line)
    {
        _error.Write("\r" + line.PadRight(_width));
        _width = line.Length;
        _error.Flush();
    }

    public void Dispose()
    {
        lock (_lock)
        {
            if (_width > 0) _error.Write("\r" + new string(' ', _width) + "\r");
            _width = 0;
            _error.Flush();
        }
    }
}
