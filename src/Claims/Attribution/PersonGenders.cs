using Claims.Segmentation;
using Claims.Text;

namespace Claims.Attribution;

/// <summary>
/// What an article itself says of the gender of the persons it names, so that "she said" is never resolved to a man
/// the article calls "he" ("Kasich said he would ... She said" names the woman before him, not Kasich). Read from the
/// text alone, no name list: a title or noun beside a name ("Mr. Trump", "Congresswoman Ayotte", "Huma Abedin, a
/// spokeswoman") counts <see cref="TitleWeight"/>; a sentence that names one person only and then refers to someone
/// with "he" or "she" ("himself", "herself") counts one.
/// A person is a man or a woman when one side has at least <see cref="MinimumEvidence"/> and more than twice the
/// other's; otherwise unknown, and then any pronoun may refer to them, as before.
/// </summary>
internal sealed class PersonGenders
{
    /// <summary>Evidence a gendered title or apposition noun gives, against one per pronoun sentence.</summary>
    public const int TitleWeight = 3;

    /// <summary>The least evidence that makes a person a man or a woman: two pronoun sentences, or one title.</summary>
    public const int MinimumEvidence = 2;

    private static readonly WordSet MalePronouns = new(WordLists.MalePronouns);
    private static readonly WordSet FemalePronouns = new(WordLists.FemalePronouns);
    private static readonly WordSet MaleNouns = new(WordLists.MaleTitleNouns);
    private static readonly WordSet FemaleNouns = new(WordLists.FemaleTitleNouns);
    // What a sentence's pronoun votes read: subject and reflexive forms ("Clinton said she", "Trump called himself");
    // not "him"/"her"/"his", which mostly refer to someone else ("Clinton told AIPAC, not naming him").
    private static readonly WordSet VotingMale = new("he", "himself");
    private static readonly WordSet VotingFemale = new("she", "herself");
    private static readonly WordSet AppositionDeterminers = new("a", "an", "the", "his", "her");

    private readonly Dictionary<string, (int Male, int Female)> _evidence = new(StringComparer.Ordinal);

    private PersonGenders() { }

    /// <summary>The gender evidence of the persons in <paramref name="mentions"/> (in text order).</summary>
    public static PersonGenders Read(Document document, IReadOnlyList<(int Position, string Name, bool Subject)> mentions)
    {
        var genders = new PersonGenders();
        if (mentions.Count == 0) return genders;
        var tokens = document.Tokens;
        string text = document.Text;
        int m = 0;
        for (int s = 0; s < document.Sentences.Count; s++)
        {
            var span = document.Sentences[s].Span;
            while (m < mentions.Count && mentions[m].Position < span.Start) m++;
            int first = m;
            while (m < mentions.Count && mentions[m].Position < span.End) m++;
            for (int i = first; i < m; i++) genders.ReadTitles(document, mentions[i]);
            if (m - first == 0 || !OnePerson(mentions, first, m)) continue;
            var range = document.TokenRange(new TextSpan(mentions[first].Position, span.End));
            // Not the next sentence's "He"/"She": which person that refers to is the question this answers.
            genders.Add(mentions[first].Name, FirstPronoun(text, tokens, range.Start.Value, range.End.Value), 1);
        }
        return genders;
    }

    /// <summary>How a pronoun fits a person, as far as the article shows the person's gender.</summary>
    public enum Fit
    {
        /// <summary>The article shows no gender for the person (or the pronoun has none): it may refer to them.</summary>
        Unknown,

        /// <summary>The person is of the pronoun's gender.</summary>
        Same,

        /// <summary>The person is of the other gender: the pronoun does not refer to them.</summary>
        Other,
    }

    /// <summary>How <paramref name="pronoun"/> ("she", "his") fits the person named <paramref name="name"/>.</summary>
    public Fit Fits(string name, string pronoun)
    {
        if (!_evidence.TryGetValue(name, out var e)) return Fit.Unknown;
        bool male = Outweighs(e.Male, e.Female), female = Outweighs(e.Female, e.Male);
        if (MalePronouns.Contains(pronoun)) return female ? Fit.Other : male ? Fit.Same : Fit.Unknown;
        if (FemalePronouns.Contains(pronoun)) return male ? Fit.Other : female ? Fit.Same : Fit.Unknown;
        return Fit.Unknown;
    }

    // One pronoun alone decides nothing ("Grassley said of Sotomayor that her ruling ..."); a title does.
    private static bool Outweighs(int side, int other) => side >= MinimumEvidence && side > 2 * other;

    private static bool OnePerson(IReadOnlyList<(int Position, string Name, bool Subject)> mentions, int from, int to)
    {
        for (int i = from + 1; i < to; i++)
            if (!string.Equals(mentions[i].Name, mentions[from].Name, StringComparison.Ordinal)) return false;
        return true;
    }

    /// <summary>+1 male, -1 female, 0 none: the first gendered pronoun among tokens [from, to).</summary>
    private static int FirstPronoun(string text, IReadOnlyList<Token> tokens, int from, int to)
    {
        for (int k = from; k < to; k++)
        {
            var w = tokens[k].Of(text);
            if (VotingMale.Contains(w)) return 1;
            if (VotingFemale.Contains(w)) return -1;
        }
        return 0;
    }

    /// <summary>"Mr. Trump", "Congresswoman Ayotte", "her husband, Milton Berg" (the word before the name) and "Huma Abedin, a spokeswoman" or
    /// "Jeb Bush, the brother of" (an apposition right after it).</summary>
    private void ReadTitles(Document document, (int Position, string Name, bool Subject) mention)
    {
        var tokens = document.Tokens;
        string text = document.Text;
        int at = document.TokenRange(new TextSpan(mention.Position, mention.Position)).Start.Value;
        int before = at - 1;
        if (before >= 0 && tokens[before].Of(text) is "." or ",") before--; // "Mr. Trump", "her husband, Milton Berg"
        if (before >= 0) Add(mention.Name, GenderOf(tokens[before].Of(text)), TitleWeight);
        // Past the capitalized name to its comma, then "a"/"the" and up to three words to the noun.
        int k = at;
        while (k < tokens.Count && k - at < 4 && tokens[k].Kind == TokenKind.Word && char.IsUpper(text[tokens[k].Start])) k++;
        if (k + 2 >= tokens.Count || tokens[k].Of(text) is not "," || !AppositionDeterminers.Contains(tokens[k + 1].Of(text))) return;
        for (int j = k + 2; j < tokens.Count && j <= k + 5 && tokens[j].Kind == TokenKind.Word; j++)
        {
            int gender = GenderOf(tokens[j].Of(text));
            if (gender == 0) continue;
            Add(mention.Name, gender, TitleWeight);
            return;
        }
    }

    private static int GenderOf(ReadOnlySpan<char> word) =>
        MaleNouns.Contains(word) ? 1 : FemaleNouns.Contains(word) ? -1 : 0;

    private void Add(string name, int gender, int weight)
    {
        if (gender == 0) return;
        _evidence.TryGetValue(name, out var e);
        _evidence[name] = gender > 0 ? (e.Male + weight, e.Female) : (e.Male, e.Female + weight);
    }
}
