using System.Text;

namespace Claims.Tests.Hostile;

/// <summary>The shapes of hostile input the analyzer must take in linear time without failing.</summary>
public enum HostileShape
{
    /// <summary>No characters at all.</summary>
    Empty,
    /// <summary>Spaces, tabs, line breaks and no-break spaces only.</summary>
    Whitespace,
    /// <summary>Random bytes read as UTF-8 (invalid sequences become replacement characters).</summary>
    RandomBytes,
    /// <summary>Real article words without a single punctuation mark or line break.</summary>
    NoPunctuation,
    /// <summary>Straight and curly quotation marks only, some separated by spaces.</summary>
    QuotationMarks,
    /// <summary>Sentences with opening quotes that never close, and closing quotes that never opened.</summary>
    UnbalancedQuotes,
    /// <summary>Quotes inside quotes inside quotes, opened far deeper than any article goes, then closed.</summary>
    NestedQuotes,
    /// <summary>Latin, Cyrillic, Greek, Arabic, Hebrew, CJK, Devanagari and emoji with quotes and cues in between.</summary>
    MixedScripts,
    /// <summary>"According to X, ..." sentences repeated.</summary>
    AccordingTo,
    /// <summary>One short claim per line.</summary>
    ShortLines,
    /// <summary>An opening quotation mark followed by "said" over and over.</summary>
    OpenQuoteSaid,
    /// <summary>"SMITH: yes. JONES: no. " repeated: a transcript with thousands of identical turns.</summary>
    Transcript,
    /// <summary>Real article text with every line break removed: one very long line.</summary>
    OneLine,
}

/// <summary>
/// Generates hostile inputs of a given length, deterministically (fixed seeds), from the bundled seed articles where
/// the shape needs real text. Shared by the hostile-input tests and the growth benchmark, so both measure the same text.
/// </summary>
public static class HostileText
{
    private const int Seed = 1313;

    /// <summary>All shapes, in declaration order.</summary>
    public static IReadOnlyList<HostileShape> Shapes { get; } = Enum.GetValues<HostileShape>();

    /// <summary>
    /// About <paramref name="length"/> characters of <paramref name="shape"/> (exactly, except <see cref="HostileShape.Empty"/>
    /// and <see cref="HostileShape.RandomBytes"/>, whose decoding may shorten it).
    /// </summary>
    /// <param name="shape">The shape.</param>
    /// <param name="length">Characters wanted.</param>
    /// <param name="realTexts">Real article texts for the shapes made of real words (the seed articles).</param>
    public static string Generate(HostileShape shape, int length, IReadOnlyList<string> realTexts)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        ArgumentNullException.ThrowIfNull(realTexts);
        var random = new Random(Seed + (int)shape);
        return shape switch
        {
            HostileShape.Empty => "",
            HostileShape.Whitespace => Repeat(length, random, " ", "\t", "\n", "\r\n", "\u00A0", "   "),
            HostileShape.RandomBytes => RandomBytesAsText(length, random),
            HostileShape.NoPunctuation => Cycle(length, Words(realTexts), " "),
            HostileShape.QuotationMarks => Repeat(length, random, "\"", "“", "”", "'", "‘", "’", "\" ", "« ", " »"),
            HostileShape.UnbalancedQuotes => Repeat(length, random,
                "“The talks will go on, Dmitriev said. ", "He said the summit was off” and left. ", "\"Nothing was agreed ",
                "Officials said ” nothing “ changed. ", "‘We are close, an aide said. "),
            HostileShape.NestedQuotes => Nested(length),
            HostileShape.MixedScripts => Repeat(length, random,
                "Путин сказал: «Переговоры продолжаются». ", "Ο υπουργός είπε ότι «δεν υπάρχει συμφωνία». ",
                "قال المتحدث إن «المحادثات مستمرة». ", "הוא אמר ש״אין הסכם״. ", "他说：“谈判仍在继续。” ",
                "उन्होंने कहा, “बातचीत जारी है।” ", "Trump said “the summit 🎉 was cancelled”. ", "😀👍🏽 ‮reversed‬ "),
            HostileShape.AccordingTo => Cycle(length, ["According to X, the plan will fail. ", "According to officials, talks resume today. "], ""),
            HostileShape.ShortLines => Cycle(length, ["Smith said it works.\n", "It fails, Jones said.\n", "Yes.\n", "No way.\n"], ""),
            HostileShape.OpenQuoteSaid => Truncate("“" + Cycle(length, ["said "], ""), length),
            HostileShape.Transcript => Cycle(length, ["SMITH: yes. JONES: no. "], ""),
            HostileShape.OneLine => Cycle(length, realTexts.Select(t => t.ReplaceLineEndings(" ") + " ").ToList(), ""),
            _ => throw new ArgumentOutOfRangeException(nameof(shape), shape, "unknown shape"),
        };
    }

    private static string Truncate(string s, int length) => s.Length <= length ? s : s[..length];

    private static string Repeat(int length, Random random, params string[] pieces)
    {
        var sb = new StringBuilder(length + 64);
        while (sb.Length < length) sb.Append(pieces[random.Next(pieces.Length)]);
        return Truncate(sb.ToString(), length);
    }

    private static string Cycle(int length, IReadOnlyList<string> pieces, string separator)
    {
        var sb = new StringBuilder(length + 64);
        for (int i = 0; sb.Length < length && pieces.Count > 0; i++)
        {
            sb.Append(pieces[i % pieces.Count]);
            sb.Append(separator);
        }
        return Truncate(sb.ToString(), length);
    }

    private static List<string> Words(IReadOnlyList<string> texts) =>
        texts.SelectMany(t => t.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
            .Select(w => new string(w.Where(char.IsLetterOrDigit).ToArray()))
            .Where(w => w.Length > 0).ToList();

    private static string Nested(int length)
    {
        // Half the length opens quotes with a few words each, the other half closes them.
        var open = new StringBuilder();
        var close = new List<string>();
        int closing = 0;
        string[] opens = ["“", "\"", "‘", "'", "«"], closes = ["”", "\"", "’", "'", "»"];
        for (int depth = 0; open.Length + closing < length; depth++)
        {
            open.Append(opens[depth % opens.Length]).Append("he said ");
            close.Add(closes[depth % closes.Length] + " ");
            closing += 2;
        }
        close.Reverse();
        return Truncate(open.ToString() + string.Concat(close), length);
    }

    private static string RandomBytesAsText(int length, Random random)
    {
        var bytes = new byte[length];
        random.NextBytes(bytes);
        return Encoding.UTF8.GetString(bytes);
    }
}
