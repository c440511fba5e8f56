using System.Text;

namespace Claims.Tests.Hostile;

/// <summary>
/// Seeded mutations of real articles for the fuzz tests: cut, splice, duplicate, insert quotes, insert control and
/// format characters, strip line breaks, and re-encode the bytes (UTF-8 with BOM, UTF-16 LE/BE with BOM, Latin-1,
/// Windows-1252-style curly quotes, a UTF-8 sequence cut in half). The same seed gives the same mutations.
/// </summary>
internal sealed class ArticleMutator(IReadOnlyList<string> sources, int seed)
{
    private static readonly string[] Quotes = ["\"", "“", "”", "'", "‘", "’", "«", "»", "„", "「", "」"];
    private static readonly string[] Controls =
        ["\0", "\u0001", "\u0007", "\u001B", "\u007F", "\u0085", "\uFEFF", "\u200B", "\u200E", "\u202E", "\u2028", "\uD800", "\uDC00", "\r", "\t", "\f"];

    private readonly Random _random = new(seed);

    /// <summary>One mutated article as bytes, with the mutations applied (for the failure message).</summary>
    public (byte[] Bytes, string Steps) Next()
    {
        string text = sources[_random.Next(sources.Count)];
        var steps = new List<string>();
        int count = 1 + _random.Next(4);
        for (int i = 0; i < count; i++)
        {
            var (mutated, step) = MutateText(text);
            text = mutated;
            steps.Add(step);
        }
        var (bytes, encoding) = Encode(text);
        steps.Add(encoding);
        return (bytes, string.Join(" > ", steps));
    }

    private (string Text, string Step) MutateText(string text)
    {
        int a = _random.Next(text.Length + 1), b = _random.Next(text.Length + 1);
        if (a > b) (a, b) = (b, a);
        switch (_random.Next(8))
        {
            case 0:
                return (text.Remove(a, b - a), $"cut [{a},{b})");
            case 1:
            {
                string other = sources[_random.Next(sources.Count)];
                int s = _random.Next(other.Length), e = Math.Min(other.Length, s + _random.Next(600));
                return (text.Insert(a, other[s..e]), $"splice {e - s} chars at {a}");
            }
            case 2:
            {
                int times = 2 + _random.Next(30);
                string piece = text[a..Math.Min(b, a + 400)];
                return (text.Insert(a, string.Concat(Enumerable.Repeat(piece, times))), $"duplicate {piece.Length} chars x{times} at {a}");
            }
            case 3:
                return (Sprinkle(text, Quotes, 1 + _random.Next(40)), "insert quotes");
            case 4:
                return (Sprinkle(text, Controls, 1 + _random.Next(20)), "insert control characters");
            case 5:
                return (text.ReplaceLineEndings(" "), "remove line breaks");
            case 6:
                return (text[a..b], $"keep [{a},{b})");
            default:
                return (text.Replace("said", "said said", StringComparison.Ordinal).Replace("”", "", StringComparison.Ordinal), "unbalance quotes");
        }
    }

    private string Sprinkle(string text, string[] pieces, int count)
    {
        var sb = new StringBuilder(text);
        for (int i = 0; i < count; i++) sb.Insert(_random.Next(sb.Length + 1), pieces[_random.Next(pieces.Length)]);
        return sb.ToString();
    }

    private (byte[] Bytes, string Step) Encode(string text)
    {
        switch (_random.Next(7))
        {
            case 0:
                return ([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(text)], "UTF-8 with BOM");
            case 1:
                return ([0xFF, 0xFE, .. Encoding.Unicode.GetBytes(text)], "UTF-16 LE with BOM");
            case 2:
                return ([0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes(text)], "UTF-16 BE with BOM");
            case 3:
                return (Encoding.Latin1.GetBytes(text), "Latin-1 (unmappable as ?)");
            case 4:
            {
                // Windows-1252 curly quotes and dashes as single bytes in otherwise ASCII text.
                var bytes = new List<byte>(text.Length);
                foreach (char c in text)
                    bytes.Add(c switch { '“' => 0x93, '”' => 0x94, '‘' => 0x91, '’' => 0x92, '—' => 0x97, _ => c < 0x80 ? (byte)c : (byte)'?' });
                return ([.. bytes], "Windows-1252 quotes");
            }
            case 5:
            {
                var bytes = Encoding.UTF8.GetBytes(text + "é");
                return (bytes[..^1], "UTF-8 cut inside a sequence");
            }
            default:
                return (Encoding.UTF8.GetBytes(text), "UTF-8");
        }
    }
}
