using System.Globalization;

namespace Claims.Reporting;

/// <summary>An input that could not be analyzed, and why.</summary>
/// <param name="Input">The path or id as given.</param>
/// <param name="Message">What went wrong.</param>
public sealed record InputError(string Input, string Message)
{
    /// <summary>The line of <see cref="Input"/> the error is on (a JSONL or CSV row, 1-based), or null.</summary>
    public int? Line { get; init; }

    /// <summary>"input:line: message", or "input: message" without a line.</summary>
    public override string ToString() => Line is { } line
        ? string.Create(CultureInfo.InvariantCulture, $"{Input}:{line}: {Message}")
        : $"{Input}: {Message}";
}
