using System.Text;

namespace Claims.Input;

/// <summary>
/// Turns the bytes of a text input into a string the way a reader of news files expects: the byte-order mark decides
/// (UTF-8, UTF-16 LE/BE, UTF-32 LE/BE); without one the bytes must be UTF-8, else they are read as Windows-1252 (the
/// usual encoding of non-UTF-8 news files: its curly quotes are 0x91-0x94) with a warning naming the input. Content
/// with a NUL byte anywhere, or with many control bytes, is binary and refused.
/// </summary>
public static class TextDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>How many leading bytes the control-byte test reads.</summary>
    public const int ControlSampleBytes = 8192;

    /// <summary>Windows-1252, from the code-page provider that ships with .NET (not registered globally).</summary>
    public static Encoding Windows1252 { get; } = CodePagesEncodingProvider.Instance.GetEncoding(1252)
        ?? throw new InvalidOperationException("the Windows-1252 code page is not available in this runtime");

    /// <summary>Decodes <paramref name="bytes"/>; <paramref name="input"/> names the input in warnings and errors.</summary>
    /// <returns>The text (byte-order mark removed, nothing else changed) and the warnings.</returns>
    /// <exception cref="ArticleLoadException">The content is binary.</exception>
    public static (string Text, IReadOnlyList<string> Warnings) Decode(ReadOnlySpan<byte> bytes, string input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var warnings = new List<string>();
        // UTF-32 LE's mark begins with UTF-16 LE's, so it is tested first.
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0x00, 0x00]))
            return (Decode(bytes[4..], input, "UTF-32 LE", warnings, strict => new UTF32Encoding(false, false, strict)), warnings);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0x00, 0x00, 0xFE, 0xFF]))
            return (Decode(bytes[4..], input, "UTF-32 BE", warnings, strict => new UTF32Encoding(true, false, strict)), warnings);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
            return (DecodeUtf8(bytes[3..], input, warnings), warnings);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
            return (Decode(bytes[2..], input, "UTF-16 LE", warnings, strict => new UnicodeEncoding(false, false, strict)), warnings);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
            return (Decode(bytes[2..], input, "UTF-16 BE", warnings, strict => new UnicodeEncoding(true, false, strict)), warnings);
        if (IsBinary(bytes))
            throw new ArticleLoadException(input, "content is binary (NUL or control bytes), not text");
        return (DecodeUtf8(bytes, input, warnings), warnings);
    }

    /// <summary>True when the bytes hold a NUL anywhere, or when over 2% of the first
    /// <see cref="ControlSampleBytes"/> are control bytes (random or compressed data without a NUL).</summary>
    public static bool IsBinary(ReadOnlySpan<byte> bytes)
    {
        if (bytes.IndexOf((byte)0) >= 0) return true;
        var head = bytes[..Math.Min(bytes.Length, ControlSampleBytes)];
        int control = 0;
        foreach (byte b in head)
            if ((b < 0x20 && b is not (0x09 or 0x0A or 0x0D or 0x0C)) || b == 0x7F)
                control++;
        return head.Length > 0 && control * 50 > head.Length;
    }

    private static string DecodeUtf8(ReadOnlySpan<byte> bytes, string input, List<string> warnings)
    {
        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException e)
        {
            // Every byte maps to a character in Windows-1252 (the five unassigned ones to C1 controls): nothing is
            // dropped, and the warning tells the caller the offsets refer to that decoding.
            warnings.Add($"{input}: not valid UTF-8 (first bad byte at index {e.Index}); decoded as Windows-1252");
            return Windows1252.GetString(bytes);
        }
    }

    private static string Decode(ReadOnlySpan<byte> bytes, string input, string name, List<string> warnings, Func<bool, Encoding> encoding)
    {
        try
        {
            return encoding(true).GetString(bytes);
        }
        catch (DecoderFallbackException e)
        {
            warnings.Add($"{input}: invalid {name} (first bad byte at index {e.Index}); invalid sequences replaced by U+FFFD");
            return encoding(false).GetString(bytes);
        }
    }
}
