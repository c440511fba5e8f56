using Claims.Segmentation;
using Claims.Text;

namespace Claims.Attribution.Learned;

/// <summary>
/// A post-model reading (both modes; it feeds no model feature): the one told is no part of what is told. When a kept
/// attribution's cue ends in a form of "tell" and its content starts right after the cue with the recipient ("told
/// [media they heard an explosion]", "told [police she was stressed]", "told [him it was an insect bite]", "told
/// [Agence France-Presse that the fighters …]"), the content starts after the recipient (at "that", which PolNeAR's
/// contents hold). A recipient is an object pronoun, a lower-case noun of those told (<see cref="Words.RecipientNouns"/>,
/// "the" before it allowed), or a capitalized name run followed by "that" (a frame of time or manner between allowed:
/// "told BuzzFeed News on Wednesday that …"); a frame after the recipient without "that" ("told reporters on Friday the
/// …") leaves the content to the model. Nothing changes when fewer than
/// <see cref="MinContentWords"/> words would be left, or the content opens a quotation. Cases in
/// <c>tests/Claims.Tests/cases/after-model-repairs.tsv</c> (reading <c>recipient</c>). Stateless and thread-safe.
/// </summary>
internal static class RecipientsOutsideContent
{
    /// <summary>The fewest words a content keeps after its recipient is cut off.</summary>
    internal const int MinContentWords = 2;

    /// <summary>The most words of a capitalized recipient name before "that".</summary>
    internal const int MaxNameWords = 5;

    // Words that open a frame after the recipient ("told reporters last week", "told police during questioning").
    private static readonly WordSet FrameWords = new("last", "this", "earlier", "later", "during", "after", "before", "when", "while", "as", "in", "at");

    // Nouns of a frame between the recipient and "that" ("in an interview", "on Tuesday night", "last week").
    private static readonly WordSet MannerWords = new(
        "a", "an", "the", "interview", "phone", "telephone", "statement", "email", "week", "month", "year", "morning",
        "afternoon", "evening", "night", "weekend", "recently", "privately", "separately", "earlier", "later");

    /// <summary>The most words of a frame between the recipient and "that".</summary>
    internal const int MaxFrameWords = 5;

    private static readonly WordSet ObjectPronouns = new([.. Text.WordLists.ThirdPersonObjectPronouns, "us", "me", "you"]);

    /// <summary>The attributions with recipients moved out of their contents; the list itself when none had one.</summary>
    public static IReadOnlyList<AttributionSpan> Apply(Document document, IReadOnlyList<AttributionSpan> attributions)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(attributions);
        List<AttributionSpan>? repaired = null;
        for (int i = 0; i < attributions.Count; i++)
        {
            if (Without(document, attributions[i]) is not { } content) continue;
            repaired ??= [.. attributions];
            repaired[i] = attributions[i] with { Content = content };
        }
        return repaired ?? attributions;
    }

    /// <summary>The content of <paramref name="a"/> without the recipient it opens with, or null when it opens with none.</summary>
    internal static TextSpan? Without(Document document, AttributionSpan a)
    {
        if (a.FromLayout || a.Kind == ClaimKind.Counter || a.Cue is not { } cue || a.Content.Start < cue.End) return null;
        string text = document.Text;
        for (int i = cue.End; i < a.Content.Start; i++)
            if (!char.IsWhiteSpace(text[i])) return null;
        var cueWords = SpanWords.Of(text, cue);
        if (cueWords.Count == 0 || !Words.TellForms.Contains(text.AsSpan(cueWords[^1].Start, cueWords[^1].Length))) return null;
        var tokens = document.Tokens;
        var range = document.TokenRange(a.Content);
        int k = range.Start.Value, end = range.End.Value;
        if (k >= end || tokens[k].Kind != TokenKind.Word) return null;
        int after = RecipientEnd(text, tokens, k, end);
        if (after < 0) return null;
        // "told reporters on Friday that …", "told CNN in an interview that …": the content starts at "that"; without
        // "that" ("told reporters on Friday the dam would hold") where it starts is left to the model.
        if (ThatAfterFrame(text, tokens, after, end) is var that and >= 0) after = that;
        else if (after < end && tokens[after].Kind == TokenKind.Word && char.IsLower(text[tokens[after].Start])
            && (Words.Prepositions.Contains(tokens[after].Of(text)) || FrameWords.Contains(tokens[after].Of(text)))) return null;
        int words = 0;
        for (int j = after; j < end; j++) if (tokens[j].Kind == TokenKind.Word) words++;
        return words < MinContentWords ? null : new TextSpan(tokens[after].Start, a.Content.End);
    }

    /// <summary>The "that" after a short frame of time or manner words opening at <paramref name="k"/> ("on Wednesday
    /// that", "in an interview that"), or -1.</summary>
    private static int ThatAfterFrame(string text, IReadOnlyList<Token> tokens, int k, int end)
    {
        for (int j = k; j < end && j - k <= MaxFrameWords; j++)
        {
            var w = tokens[j].Of(text);
            if (j > k && w.Equals("that", StringComparison.OrdinalIgnoreCase)) return j;
            bool frame = tokens[j].Kind == TokenKind.Word && (Words.Prepositions.Contains(w) || FrameWords.Contains(w) || Words.Days.Contains(w)
                || SpeakerSanity.IsCalendarWord(w) || MannerWords.Contains(w));
            if (!frame) return -1;
        }
        return -1;
    }

    /// <summary>The token after the recipient opening at <paramref name="k"/>, or -1 when none opens there.</summary>
    private static int RecipientEnd(string text, IReadOnlyList<Token> tokens, int k, int end)
    {
        var first = tokens[k].Of(text);
        if (ObjectPronouns.Contains(first)) return k + 1;
        int noun = first.Equals("the", StringComparison.OrdinalIgnoreCase) && k + 1 < end ? k + 1 : k;
        if (char.IsLower(text[tokens[noun].Start]) && Words.RecipientNouns.Contains(tokens[noun].Of(text))) return noun + 1;
        // A capitalized name run ("Agence France-Presse", "BuzzFeed News") before "that".
        int j = k;
        for (int names = 0; j < end && names < MaxNameWords; j++)
        {
            if (tokens[j].Kind == TokenKind.Word && char.IsUpper(text[tokens[j].Start])) names++;
            else if (tokens[j].Kind == TokenKind.Word || j == k || text[tokens[j].Start] is not ('-' or '.' or '’' or '\'')) break;
        }
        return j > k && j < end && (tokens[j].Of(text).Equals("that", StringComparison.OrdinalIgnoreCase) || ThatAfterFrame(text, tokens, j, end) >= 0) ? j : -1;
    }
}
