using System.Text.RegularExpressions;
using Claims.Pipeline;
using Claims.Text;

namespace Claims.Segmentation;

/// <summary>
/// First stage: reads the page line by line and separates article text from page furniture (bylines, dates, photo
/// credits, navigation widgets, section labels, agency tags), finds the headline and sub-headings, and fills
/// <see cref="Document.Furniture"/>, <see cref="Document.Title"/>, <see cref="Document.Headings"/> and
/// <see cref="Document.Paragraphs"/>. Nothing is removed from the text: furniture is a layer of spans.
/// Navigation phrases are data (<c>Resources/navigation-en.txt</c>).
/// </summary>
public sealed partial class PageLayoutAnalyzer : IDocumentStage
{
    private readonly HashSet<string> _navigation;
    private readonly string[] _navigationPrefixes;
    // Length of the longest navigation phrase or prefix: a line is lower-cased only this far.
    private readonly int _longestPhrase;

    // Characters scanned for line breaks between two looks at the cancellation token.
    private const int CancellationStride = 1 << 16;

    // Most words any furniture kind allows (bylines and dates 8, photo credits 10): words are counted this far.
    private const int MaxFurnitureWords = 10;

    /// <summary>Creates the stage with the shipped navigation phrase list.</summary>
    public PageLayoutAnalyzer() : this(ResourceText.ReadLines("navigation-en.txt")) { }

    /// <summary>Creates the stage with custom navigation phrases; a phrase ending in "*" matches as a line prefix (one ending
    /// in "~" opens a call to the reader, which the sentence stage reads: <see cref="SentenceSegmenter"/>).</summary>
    public PageLayoutAnalyzer(IEnumerable<string> navigationPhrases)
    {
        ArgumentNullException.ThrowIfNull(navigationPhrases);
        var phrases = navigationPhrases.Select(p => p.Trim().ToLowerInvariant()).Where(p => p.Length > 0 && p[^1] != ReaderCalls.OpeningMarker).ToList();
        _navigation = phrases.Where(p => !p.EndsWith('*')).ToHashSet(StringComparer.Ordinal);
        _navigationPrefixes = phrases.Where(p => p.EndsWith('*')).Select(p => p[..^1]).ToArray();
        _longestPhrase = _navigation.Select(p => p.Length).Concat(_navigationPrefixes.Select(p => p.Length)).DefaultIfEmpty(0).Max();
    }

    /// <summary>Longest line, in words, that still reads as a headline.</summary>
    public int MaxHeadlineWords { get; init; } = 25;

    /// <inheritdoc />
    public string Name => "page-layout";

    /// <inheritdoc />
    public void Process(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        string text = document.Text;
        var furniture = new List<Furniture>();
        var paragraphs = new List<TextSpan>();
        var headings = new List<TextSpan>();
        TextSpan? title = null;
        bool seenBody = false;

        foreach (var line in Lines(text, cancellationToken))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var span = Trim(text, line);
            if (span.IsEmpty) continue;
            var content = text.AsSpan(span.Start, span.Length);

            if (ClassifyFurniture(content, isFirst: paragraphs.Count == 0 && furniture.Count == 0) is { } kind)
            {
                furniture.Add(new Furniture(span, kind));
                continue;
            }

            // A leading wire tag such as "(MENAFN)" is furniture; the paragraph starts after it.
            var tag = AgencyTag().Match(text, span.Start, span.Length);
            if (tag.Success && tag.Index == span.Start && tag.Length < span.Length)
            {
                furniture.Add(new Furniture(new TextSpan(span.Start, span.Start + tag.Groups[1].Length), FurnitureKind.AgencyTag));
                span = new TextSpan(span.Start + tag.Length, span.End);
                content = text.AsSpan(span.Start, span.Length);
            }

            if (ReadsAsHeadline(content))
            {
                if (!seenBody && title is null && paragraphs.Count == 0)
                    title = span;
                headings.Add(span);
            }
            else
            {
                seenBody = true;
            }
            paragraphs.Add(span);
        }

        document.Furniture = furniture;
        document.Paragraphs = paragraphs;
        document.Headings = headings;
        document.Title = title;
    }

    /// <summary>The furniture kind of a trimmed line, or null when it is article text.</summary>
    internal FurnitureKind? ClassifyFurniture(ReadOnlySpan<char> line, bool isFirst)
    {
        int words = CountWords(line, MaxFurnitureWords + 1);
        // The line lower-cased without its final ':', '.', '!' and spaces, but only as far as a phrase can reach: a long
        // line (a whole article on one line) is not copied. Lower-casing keeps the length and maps no letter to those marks.
        int length = line.Length;
        while (length > 0 && line[length - 1] is ':' or '.' or '!' or ' ') length--;
        int keep = Math.Min(length, _longestPhrase + 1);
        if (keep < length && char.IsHighSurrogate(line[keep - 1])) keep++;
        string lower = line[..keep].ToString().ToLowerInvariant();
        if (keep == length && _navigation.Contains(lower)) return FurnitureKind.Navigation;
        foreach (var prefix in _navigationPrefixes)
            if (lower.StartsWith(prefix, StringComparison.Ordinal)) return FurnitureKind.Navigation;
        if (words <= 8 && Byline().IsMatch(line)) return FurnitureKind.Byline;
        if (words <= 10 && PhotoCredit().IsMatch(line)) return FurnitureKind.PhotoCredit;
        if (words <= 8 && DateLine().IsMatch(line)) return FurnitureKind.Date;
        // One- or two-word lines with no sentence punctuation are section labels ("World"), except the first line.
        if (!isFirst && words <= 2 && !EndsSentence(line) && line.Length <= 30) return FurnitureKind.SectionLabel;
        return null;
    }

    /// <summary>A headline: no final sentence punctuation, short, and not a quotation or a list fragment.</summary>
    internal bool ReadsAsHeadline(ReadOnlySpan<char> line)
    {
        if (line.IsEmpty || EndsSentence(line)) return false;
        if (line[^1] is ',' or ';' or ':' or '-' or '—') return false;
        int words = CountWords(line, (int)Math.Min((long)MaxHeadlineWords + 1, int.MaxValue));
        return words >= 1 && words <= MaxHeadlineWords && char.IsLetterOrDigit(line[0]) | QuoteMarks.IsQuote(line[0]);
    }

    private static bool EndsSentence(ReadOnlySpan<char> line)
    {
        int i = line.Length - 1;
        while (i >= 0 && (QuoteMarks.IsQuote(line[i]) || line[i] is ')' or '\'' or '’')) i--;
        return i >= 0 && line[i] is '.' or '!' or '?' or '…';
    }

    /// <summary>Words of <paramref name="line"/>, counted up to <paramref name="limit"/> (every threshold lies below it).</summary>
    private static int CountWords(ReadOnlySpan<char> line, int limit)
    {
        int words = 0;
        bool inWord = false;
        foreach (char c in line)
        {
            bool letter = !char.IsWhiteSpace(c);
            if (letter && !inWord && ++words >= limit) return words;
            inWord = letter;
        }
        return words;
    }

    private static IEnumerable<TextSpan> Lines(string text, CancellationToken cancellationToken)
    {
        int start = 0;
        for (int i = 0; i < text.Length; i++)
        {
            // An article on one line is one long scan: look at the token every 65,536 characters.
            if ((i & (CancellationStride - 1)) == 0) cancellationToken.ThrowIfCancellationRequested();
            if (text[i] is '\n' or '\u2029' or '\u2028')
            {
                yield return new TextSpan(start, i);
                start = i + 1;
            }
        }
        if (start < text.Length) yield return new TextSpan(start, text.Length);
    }

    private static TextSpan Trim(string text, TextSpan span)
    {
        int s = span.Start, e = span.End;
        while (s < e && (char.IsWhiteSpace(text[s]) || text[s] == '\uFEFF')) s++;
        while (e > s && char.IsWhiteSpace(text[e - 1])) e--;
        return new TextSpan(s, e);
    }

    // Case-sensitive on purpose: names are capitalized, so "By then the talks..." is not a byline.
    [GeneratedRegex(@"^(?i:(?:written|posted|reported|story|words|text)\s+)?(?i:by)\s+\p{Lu}[\p{L}.'’-]*(?:\s+(?:\p{Lu}[\p{L}.'’-]*|and|&|de|van|von))*\s*(?:[,|].*)?$", RegexOptions.CultureInvariant)]
    private static partial Regex Byline();

    [GeneratedRegex(@"(?:shutterstock|getty\s*images|ap\s*photo|afp|reuters\s*/|/\s*[\w.-]+\.(?:com|net|org)\b|^(?:photo|image|picture|credit|photograph)\s*(?:credit)?\s*:|©)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PhotoCredit();

    [GeneratedRegex(@"^(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*[.,]?\s*)?(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s*\d{1,2}(?:st|nd|rd|th)?\b|\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}/\d{2,4})(?:[\s,.\-–]*\d{4})?(?:[\s,.\-–]*\d{1,2}:\d{2}(?:\s*[ap]\.?m\.?)?)?(?:\s*[A-Z]{2,5})?\s*$|^\d{1,2}:\d{2}\s*[ap]\.?m\.?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DateLine();

    [GeneratedRegex(@"\G(\((?:\p{Lu}[\p{L}\-]{1,20}|\p{Lu}{2,}[\p{L}\-/ ]{0,20})\))\s*", RegexOptions.CultureInvariant)]
    private static partial Regex AgencyTag();
}
