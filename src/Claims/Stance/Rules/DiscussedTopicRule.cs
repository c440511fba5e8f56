namespace Claims.Stance;

/// <summary>
/// One topic taken up in talks: "The talks included discussion of what Moscow calls the territorial problem" and "The
/// territorial dimension of the conflict, one of the most sensitive issues, was also part of the dialogue" agree. Each
/// text says a topic was discussed, either after the phrase ("discussion of", "discussed", "talked about", "focused
/// on", "centered on": the topic follows, to the end of the clause or a dash) or before it ("was discussed", "was
/// part of the dialogue", "on the agenda": the topic is the clause's subject). The two topics must share at least
/// <see cref="MinSharedTopicWords"/> content words (synonyms such as "problem" / "issue" counted); a negated
/// discussion ("was not discussed") or another topic is nothing.
/// </summary>
public sealed class DiscussedTopicRule : IStanceRule
{
    /// <summary>Most words read as the topic after the phrase (to the end of the clause or a dash).</summary>
    public const int TopicWords = 12;

    /// <summary>Most words read as the topic before the phrase: the clause's subject, an apposition included.</summary>
    public const int SubjectWords = 20;

    /// <summary>Content words the two topics must share.</summary>
    public const int MinSharedTopicWords = 2;

    /// <inheritdoc />
    public string Name => RuleName;

    /// <summary>The rule's name, also the key its claim readings carry (<see cref="RuleReadings"/>).</summary>
    public const string RuleName = "discussed topic";

    /// <inheritdoc />
    public RuleFinding? Evaluate(StancePair pair)
    {
        ArgumentNullException.ThrowIfNull(pair);
        var a = pair.A.Memo(TopicKey, Find);
        if (a is null) return null;
        var b = pair.B.Memo(TopicKey, Find);
        if (b is null || a.Value.Negated || b.Value.Negated) return null;
        int shared = 0;
        foreach (var (stem, word) in a.Value.Topic)
            if (b.Value.Topic.Exists(x => x.Stem == stem || Lexicon.SameSynonymGroup(word, x.Word)))
                shared++;
        if (shared < MinSharedTopicWords) return null;
        return new RuleFinding(this, StanceLabel.Agrees, RuleEffect.Decide, 0.6,
            $"discussed topic: '{a.Value.Phrase}' and '{b.Value.Phrase}'");
    }

    private static readonly object TopicKey = new();

    // The topic phrases by first word, in the lexicon's order: only those can match where a word starts.
    private static readonly PhraseStarts TopicAfter = new(Lexicon.TopicAfter);
    private static readonly PhraseStarts TopicBefore = new(Lexicon.TopicBefore);

    /// <summary>The text's first discussed topic, worked out once per unit (the rule's own memo).</summary>
    internal static (string Phrase, List<(string Stem, string Word)> Topic, bool Negated)? TopicOf(TextUnit u) => u.Memo(TopicKey, Find);

    private static bool ClauseEnd(string w) => w is "," or "." or ";" or ":" or "–" or "—" or "but" or "while" or "though" or "although";

    /// <summary>The first discussed topic of a text: the phrase, the topic's content stems (with their words), negation.</summary>
    private static (string Phrase, List<(string Stem, string Word)> Topic, bool Negated)? Find(TextUnit u)
    {
        for (int i = 0; i < u.Words.Length; i++)
        {
            foreach (var (p, _) in TopicAfter.At(u.Words[i]))
            {
                if (!UnitBuilder.MatchAt(u.Words, i, p)) continue;
                var topic = new List<(string, string)>();
                int last = Math.Min(u.Words.Length - 1, i + p.Length - 1 + TopicWords);
                for (int k = i + p.Length; k <= last; k++)
                {
                    if (ClauseEnd(u.Words[k])) { last = k - 1; break; }
                    if (u.Stems[k] is { } s && !u.Capitalized[k]) topic.Add((s, u.Words[k]));
                }
                if (topic.Count > 0) return (StanceRules.Phrase(u.Words, i, last), topic, u.Negated[i] || StanceRules.InNegatedClause(u, i));
            }
            foreach (var (p, _) in TopicBefore.At(u.Words[i]))
            {
                if (!UnitBuilder.MatchAt(u.Words, i, p)) continue;
                var topic = new List<(string, string)>();
                int first = Math.Max(0, i - SubjectWords);
                for (int k = i - 1; k >= first; k--)
                {
                    if (u.Words[k] is "," or "." or ";" or ":" or "that" or "while" or "but" or "though" or "although") { first = k + 1; break; }
                    if (u.Stems[k] is { } s && !u.Capitalized[k]) topic.Add((s, u.Words[k]));
                }
                bool negated = u.Negated[i] || StanceRules.InNegatedClause(u, i) || i > 0 && u.Negated[i - 1];
                if (topic.Count > 0) return (StanceRules.Phrase(u.Words, first, i + p.Length - 1), topic, negated);
            }
        }
        return null;
    }
}
