using Claims.Segmentation;
using Claims.Text;

namespace Claims.Attribution.Learned;

/// <summary>
/// The ranker features that say what a candidate's source and object are, one slot each after the
/// <see cref="AttributionCandidates"/> features that came before them (<see cref="AttributionCandidates.ShapeOffset"/> plus the value).
/// </summary>
internal enum ShapeFeature
{
    /// <summary>The source's last word names a person by role ("the spokesman", "critics"): a WordNet noun.person word in lower case, or a people noun.</summary>
    SourceRoleNoun,
    /// <summary>The source's last word is a WordNet noun.group word (an organization, a party, an agency).</summary>
    SourceGroupNoun,
    /// <summary>The source's last word names a document or finding ("a report", "the poll"), or is a noun.communication word.</summary>
    SourceDocument,
    /// <summary>The source's last word is capitalized and not a pronoun: a name ("Trump", "the Pentagon").</summary>
    SourceNamed,
    /// <summary>How many of the source's words are capitalized.</summary>
    SourceCapitalizedWords,
    /// <summary>The source is "I", "we" or "you": the writer or a quoted speaker talking of themselves.</summary>
    SourceFirstOrSecondPerson,
    /// <summary>The source opens with a determiner ("the", "a", "his"): a description, not a name.</summary>
    SourceOpensWithDeterminer,
    /// <summary>Tokens between the source and the cue (0 when adjacent or either is missing, -1 when missing).</summary>
    SourceCueGap,
    /// <summary>The object holds a finite auxiliary ("is", "would", "has"): a clause, not a noun phrase.</summary>
    ObjectAuxiliaries,
    /// <summary>Share of the object's words that WordNet knows only as verbs: how clause-like it is.</summary>
    ObjectVerbShare,
    /// <summary>Share of the object's words that WordNet knows only as nouns: how noun-phrase-like it is.</summary>
    ObjectNounShare,
    /// <summary>The object holds a subject pronoun ("he", "they"): most often a clause.</summary>
    ObjectSubjectPronouns,
    /// <summary>The object opens with "to": an infinitive ("vowed to fight").</summary>
    ObjectOpensWithTo,
    /// <summary>The object opens with a question word or "whether"/"if": an embedded question.</summary>
    ObjectOpensWithQuestionWord,
    /// <summary>The object opens with a determiner: a noun phrase ("announced the plan").</summary>
    ObjectOpensWithDeterminer,
    /// <summary>Share of the object's tokens inside a quotation.</summary>
    ObjectQuotedShare,
    /// <summary>The object ends with sentence punctuation or a closing quote.</summary>
    ObjectEndsWithPunctuation,
    /// <summary>Commas in the object.</summary>
    ObjectCommas,
    /// <summary>Tokens between the cue and the object (-1 without a cue).</summary>
    CueObjectGap,
}

/// <summary>The two groups of <see cref="ShapeFeature"/> values: what the source is, and what the object is.</summary>
[Flags]
public enum ShapeGroups
{
    /// <summary>Neither group.</summary>
    None = 0,
    /// <summary>The features of the source (and its distance to the cue).</summary>
    Source = 1,
    /// <summary>The features of the object, the attributed content (and its distance to the cue).</summary>
    Object = 2,
    /// <summary>Both groups.</summary>
    All = Source | Object,
}

/// <summary>Computes the <see cref="ShapeFeature"/> values of a candidate.</summary>
internal static class CandidateShapes
{
    /// <summary>How many shape features there are.</summary>
    public const int Count = (int)ShapeFeature.CueObjectGap + 1;

    /// <summary>The group <paramref name="feature"/> belongs to.</summary>
    public static ShapeGroups GroupOf(ShapeFeature feature) => feature <= ShapeFeature.SourceCueGap ? ShapeGroups.Source : ShapeGroups.Object;

    private const WordClass Nouns = WordClass.NounAct | WordClass.NounCognition | WordClass.NounCommunication | WordClass.NounEvent
        | WordClass.NounFeeling | WordClass.NounGroup | WordClass.NounLocation | WordClass.NounPerson | WordClass.NounState | WordClass.NounTime;

    private static readonly WordSet Auxiliaries = new(WordLists.AuxiliaryVerbs);

    private static readonly WordSet FirstOrSecondPerson = new("i", "we", "you");

    private static readonly WordSet QuestionWords = new("whether", "if", "what", "how", "why", "who", "when", "where", "which");

    /// <summary>Writes the shape features of <paramref name="a"/> into <paramref name="shape"/> (<see cref="Count"/> long, indexed by <see cref="ShapeFeature"/>).</summary>
    public static void Describe(Document document, TaggerFeatures features, AttributionSpan a, Range contentTokens, Range cueTokens, Span<float> shape)
    {
        string text = document.Text;
        var tokens = document.Tokens;
        shape[(int)ShapeFeature.SourceCueGap] = -1;
        if (a.Source is { Length: > 0 } source)
        {
            var range = document.TokenRange(source);
            DescribeSource(text, tokens, features.Classes, range, shape);
            if (a.Cue is not null && cueTokens.End.Value > cueTokens.Start.Value)
                shape[(int)ShapeFeature.SourceCueGap] = Gap(range, cueTokens);
        }
        DescribeObject(text, tokens, features, contentTokens, shape);
        shape[(int)ShapeFeature.CueObjectGap] = a.Cue is not null && cueTokens.End.Value > cueTokens.Start.Value ? Gap(contentTokens, cueTokens) : -1;
    }

    private static int Gap(Range a, Range b) =>
        Math.Max(0, Math.Max(b.Start.Value - a.End.Value, a.Start.Value - b.End.Value));

    private static void DescribeSource(string text, IReadOnlyList<Token> tokens, WordClass[] classes, Range range, Span<float> shape)
    {
        int head = -1, capitalized = 0, first = -1;
        for (int i = range.Start.Value; i < range.End.Value; i++)
        {
            if (tokens[i].Kind != TokenKind.Word) continue;
            if (first < 0) first = i;
            head = i;
            if (char.IsUpper(text[tokens[i].Start])) capitalized++;
        }
        shape[(int)ShapeFeature.SourceCapitalizedWords] = capitalized;
        if (head < 0) return;
        var word = tokens[head].Of(text);
        var headClass = classes[head];
        bool upper = char.IsUpper(word[0]);
        bool pronoun = Words.Pronouns.Contains(word);
        shape[(int)ShapeFeature.SourceRoleNoun] = !upper && ((headClass & WordClass.NounPerson) != 0 || Words.PeopleNouns.Contains(word)) ? 1 : 0;
        shape[(int)ShapeFeature.SourceGroupNoun] = (headClass & WordClass.NounGroup) != 0 ? 1 : 0;
        shape[(int)ShapeFeature.SourceDocument] = Words.FindingHeads.Contains(word) || (headClass & WordClass.NounCommunication) != 0 ? 1 : 0;
        shape[(int)ShapeFeature.SourceNamed] = upper && !pronoun ? 1 : 0;
        shape[(int)ShapeFeature.SourceFirstOrSecondPerson] = head == first && FirstOrSecondPerson.Contains(word) ? 1 : 0;
        shape[(int)ShapeFeature.SourceOpensWithDeterminer] =
            head != first && (Words.Determiners.Contains(tokens[first].Of(text)) || Words.PossessivePronouns.Contains(tokens[first].Of(text))) ? 1 : 0;
    }

    private static void DescribeObject(string text, IReadOnlyList<Token> tokens, TaggerFeatures features, Range range, Span<float> shape)
    {
        int words = 0, auxiliaries = 0, verbs = 0, nouns = 0, pronouns = 0, quoted = 0, commas = 0, first = -1, last = -1;
        for (int i = range.Start.Value; i < range.End.Value; i++)
        {
            var token = tokens[i];
            var s = token.Of(text);
            if (features.InQuote[i]) quoted++;
            if (s.SequenceEqual(",")) commas++;
            if (token.Kind is not TokenKind.Word) { last = i; continue; }
            if (first < 0) first = i;
            last = i;
            words++;
            var c = features.Classes[i];
            if (Auxiliaries.Contains(s)) auxiliaries++;
            else if ((c & WordClass.Verbs) != 0 && (c & Nouns) == 0) verbs++;
            else if ((c & Nouns) != 0 && (c & WordClass.Verbs) == 0) nouns++;
            if (Words.Pronouns.Contains(s)) pronouns++;
        }
        int count = range.End.Value - range.Start.Value;
        shape[(int)ShapeFeature.ObjectAuxiliaries] = auxiliaries;
        shape[(int)ShapeFeature.ObjectVerbShare] = words == 0 ? 0 : (float)verbs / words;
        shape[(int)ShapeFeature.ObjectNounShare] = words == 0 ? 0 : (float)nouns / words;
        shape[(int)ShapeFeature.ObjectSubjectPronouns] = pronouns;
        shape[(int)ShapeFeature.ObjectQuotedShare] = count == 0 ? 0 : (float)quoted / count;
        shape[(int)ShapeFeature.ObjectCommas] = commas;
        if (first >= 0)
        {
            var opening = tokens[first].Of(text);
            shape[(int)ShapeFeature.ObjectOpensWithTo] = opening.Equals("to", StringComparison.OrdinalIgnoreCase) ? 1 : 0;
            shape[(int)ShapeFeature.ObjectOpensWithQuestionWord] = QuestionWords.Contains(opening) ? 1 : 0;
            shape[(int)ShapeFeature.ObjectOpensWithDeterminer] =
                Words.Determiners.Contains(opening) || Words.PossessivePronouns.Contains(opening) ? 1 : 0;
        }
        if (last >= 0 && tokens[last].Kind is not TokenKind.Word)
            shape[(int)ShapeFeature.ObjectEndsWithPunctuation] = tokens[last].Of(text).IndexOfAny(".?!\"”") >= 0 ? 1 : 0;
    }
}
