using System.Globalization;
using System.Text;

namespace Claims.Semantic;

/// <summary>
/// Lower-casing and accent stripping as the uncased BERT tokenizer does it (lower-case, canonical decomposition,
/// combining marks dropped), one character at a time. .NET in invariant-globalization mode has no Unicode
/// normalization, so the mapping is a table (<c>Resources/bert-char-folding.tsv</c>, made by
/// <c>benchmarks/tools/bert-char-folding.py</c>) plus the Hangul syllable algorithm.
/// </summary>
internal sealed class CharFolding
{
    private readonly Dictionary<int, string> _map;

    private CharFolding(Dictionary<int, string> map) => _map = map;

    /// <summary>The table shipped with the library.</summary>
    public static CharFolding Default { get; } = LoadDefault();

    /// <summary>
    /// The folded form of <paramref name="rune"/>: empty when it is dropped (a combining mark), else one or more
    /// characters (the span may point into <paramref name="buffer"/>, which must hold two characters).
    /// </summary>
    public ReadOnlySpan<char> Fold(Rune rune, Span<char> buffer)
    {
        int cp = rune.Value;
        if (cp is >= 0xAC00 and <= 0xD7A3) return Hangul(cp);
        if (_map.TryGetValue(cp, out var folded)) return folded;
        int n = rune.EncodeToUtf16(buffer);
        return buffer[..n];
    }

    private static string Hangul(int cp)
    {
        const int lBase = 0x1100, vBase = 0x1161, tBase = 0x11A7, tCount = 28, nCount = 588;
        int s = cp - 0xAC00;
        var l = (char)(lBase + s / nCount);
        var v = (char)(vBase + s % nCount / tCount);
        int t = s % tCount;
        return t == 0 ? string.Concat(l, v) : string.Concat(l, v, (char)(tBase + t));
    }

    private static CharFolding LoadDefault()
    {
        const string name = "Claims.Semantic.Resources.bert-char-folding.tsv";
        using var stream = typeof(CharFolding).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"resource {name} is missing from the assembly");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var map = new Dictionary<int, string>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#') continue;
            int tab = line.IndexOf('\t');
            int cp = int.Parse(line.AsSpan(0, tab), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
            var sb = new StringBuilder();
            foreach (var part in line[(tab + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries))
                sb.Append(char.ConvertFromUtf32(int.Parse(part, NumberStyles.HexNumber, CultureInfo.InvariantCulture)));
            map[cp] = sb.ToString();
        }
        return new CharFolding(map);
    }
}
