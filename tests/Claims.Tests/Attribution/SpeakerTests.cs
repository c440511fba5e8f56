using Claims.Attribution;

namespace Claims.Tests.Attribution;

public class SpeakerResolverTests
{
    [Test]
    public void TitlesAreStrippedIntoRoles()
    {
        var doc = Pipeline.Run("Deputy Foreign Minister Sergei Ryabkov said the proposals do not address the root causes.");
        var speaker = doc.Speakers.Single();
        Assert.That(speaker.Name, Is.EqualTo("Sergei Ryabkov"));
        Assert.That(speaker.Roles, Is.EqualTo(new[] { "Deputy Foreign Minister" }));
    }

    [Test]
    public void PossessiveChainNamesTheLastPerson()
    {
        var doc = Pipeline.Run("Russian President Vladimir Putin’s aide Kirill Dmitriev said that the sides are close to a deal.");
        Assert.That(doc.Attributions.Single().Speaker, Is.EqualTo("Kirill Dmitriev"));
    }

    [Test]
    public void SurnamePronounAndRoleNounResolveToTheFullName()
    {
        var doc = Pipeline.Run(
            "Kremlin aide Yury Ushakov met the envoys on Tuesday.\n" +
            "“The talks were useful,” Ushakov said.\n" +
            "The sides, he noted, remained far from a settlement on the territorial questions.\n" +
            "The Kremlin aide insisted that the meeting had been constructive and frank.");
        Assert.That(doc.Attributions, Has.Count.EqualTo(3));
        Assert.That(doc.Attributions.Select(a => a.Speaker), Is.All.EqualTo("Yury Ushakov"));
        var mentions = doc.Speakers.Single().Mentions.Select(doc.GetText);
        Assert.That(mentions, Is.EqualTo(new[] { "Ushakov", "he", "The Kremlin aide" }));
    }

    [Test]
    public void PronounPrefersTheSentenceSubject()
    {
        var doc = Pipeline.Run("Kirill Dmitriev, an adviser to Vladimir Putin, arrived in Washington. He said that talks would go on for weeks.");
        Assert.That(doc.Attributions.Single().Speaker, Is.EqualTo("Kirill Dmitriev"));
    }

    [Test]
    public void CollectivesKeepTheirNames()
    {
        var doc = Pipeline.Run("The talks will resume next month, the Kremlin said. Analysts warn that progress will be slow and uneven.");
        Assert.That(doc.Attributions.Select(a => a.Speaker), Is.EqualTo(new[] { "Kremlin", "Analysts" }));
    }
}

public class ClaimBuilderTests
{
    [Test]
    public void AttributedAuthorAndHeadlineClaimsInTextOrder()
    {
        var doc = Pipeline.Run("Envoy says talks are close\nThe envoy arrived on Friday. Dmitriev said that the talks are close to a result.", "a1");
        Assert.That(doc.Claims.Select(c => c.Kind), Is.EqualTo(new[] { ClaimKind.Headline, ClaimKind.Author, ClaimKind.Indirect }));
        Assert.That(doc.Claims.Select(c => c.Id), Is.EqualTo(new[] { "a1#1", "a1#2", "a1#3" }));
        var indirect = doc.Claims[2];
        Assert.That(indirect.Text, Is.EqualTo("that the talks are close to a result"));
        Assert.That(indirect.Speaker, Is.EqualTo("Dmitriev"));
        Assert.That(indirect.Cue, Is.EqualTo("said"));
        Assert.That(doc.GetText(indirect.CueSpan!.Value), Is.EqualTo("said"));
        Assert.That(indirect.Sentence, Is.EqualTo(2));
        Assert.That(doc.Claims.Where(c => c.Kind == ClaimKind.Author).Select(c => c.Text), Has.None.Contains("Dmitriev said"));
    }

    [Test]
    public void FurnitureIsNeverAClaim()
    {
        var doc = Pipeline.Run("Talks resume in Riyadh\nWritten by Jane Roe\nTrending Now\nThe delegations met for five hours on Monday.");
        Assert.That(doc.Claims.Select(c => c.Text), Has.None.Contains("Jane Roe").And.None.Contains("Trending"));
    }

    [Test]
    public void DeterministicAcrossRuns()
    {
        string text = System.IO.File.ReadAllText(SeedFiles.PathOf("000_78797ef3dd2ac28f"));
        var a = Pipeline.Run(text).Claims;
        var b = Pipeline.Run(text).Claims;
        Assert.That(a, Is.EqualTo(b));
    }
}

public class SpeakerLinkerTests
{
    private static Document Doc(string id, string text) => Pipeline.Run(text, id);

    [Test]
    public void SpellingVariantsAndSurnamesLinkButDifferentFirstNamesDoNot()
    {
        var docs = new[]
        {
            Doc("d1", "President Volodymyr Zelenskiy said that Ukraine would not give up any territory at all."),
            Doc("d2", "Volodymyr Zelenskyy said that talks must include Ukraine as an equal party."),
            Doc("d3", "Zelensky said that the front line was the starting point for any talks. Kirill Dmitriev said that a deal was close."),
            Doc("d4", "Dmitriev said that sanctions would backfire on American drivers. Hillary Clinton said that the deal was bad."),
            Doc("d5", "Bill Clinton said that the deal was good for both sides and for Europe."),
        };
        var speakers = new SpeakerLinker().Link(docs, CancellationToken.None);
        string IdOf(int d, string speakerPart) => docs[d].Claims.First(c => c.Speaker?.Contains(speakerPart, StringComparison.Ordinal) == true).SpeakerId!;
        Assert.That(IdOf(0, "Zel"), Is.EqualTo(IdOf(1, "Zel")).And.EqualTo(IdOf(2, "Zel")));
        Assert.That(IdOf(2, "Dmitriev"), Is.EqualTo(IdOf(3, "Dmitriev")));
        Assert.That(IdOf(3, "Clinton"), Is.Not.EqualTo(IdOf(4, "Clinton")));
        Assert.That(speakers.Select(s => s.Id), Is.EqualTo(new[] { "s1", "s2", "s3", "s4" }));
        var zelensky = speakers.Single(s => s.Id == IdOf(0, "Zel"));
        Assert.That(zelensky.Mentions.Select(m => m.ArticleId), Is.EqualTo(new[] { "d1", "d2", "d3" }));
        Assert.That(zelensky.Roles, Does.Contain("President"));
        Assert.That(speakers.Single(s => s.Id == IdOf(2, "Dmitriev")).Name, Is.EqualTo("Kirill Dmitriev"));
    }

    [Test]
    public void ShortSurnamesLinkOnlyWhenSpelledAlikeAndLongOnesAcrossFirstLetters()
    {
        // Short words are compared exactly ("Li" never joins "Lin"), long ones fuzzily but only with the same first
        // letter: the linker looks speakers up by the bucket of their last word, and these cross the buckets.
        var docs = new[]
        {
            Doc("d1", "Wang Li said that the plant would reopen in May. Lin said that it would stay closed."),
            Doc("d2", "Li said that workers would be paid. Zelenskiy said that talks must go on."),
            Doc("d3", "Lin said that the plant had been sold. Volodymyr Zelenskyy said that Ukraine would not yield. Selensky said that he was wrong."),
        };
        var speakers = new SpeakerLinker().Link(docs, CancellationToken.None);
        string IdOf(int d, string speaker) => docs[d].Claims.First(c => c.Speaker == speaker).SpeakerId!;
        Assert.That(IdOf(1, "Li"), Is.EqualTo(IdOf(0, "Wang Li")));
        Assert.That(IdOf(2, "Lin"), Is.EqualTo(IdOf(0, "Lin")).And.Not.EqualTo(IdOf(0, "Wang Li")));
        Assert.That(IdOf(2, "Volodymyr Zelenskyy"), Is.EqualTo(IdOf(1, "Zelenskiy")));
        Assert.That(IdOf(2, "Selensky"), Is.Not.EqualTo(IdOf(1, "Zelenskiy")));
        Assert.That(speakers.Select(s => s.Id), Is.EqualTo(new[] { "s1", "s2", "s3", "s4" }));
        Assert.That(speakers.Single(s => s.Id == IdOf(1, "Zelenskiy")).Name, Is.EqualTo("Volodymyr Zelenskyy"));
    }

    [Test]
    public void NullDocumentsThrow() =>
        Assert.That(() => new SpeakerLinker().Link(null!, CancellationToken.None), Throws.ArgumentNullException);
}

public class RobustnessTests
{
    // Each input runs through the rule stages and through every default stage (the learned attribution stage too).
    private static Document Run(string text, bool learned) =>
        learned ? Pipeline.RunDefault(Article.FromString(text, "t")) : Pipeline.Run(text);

    [TestCase(false)]
    [TestCase(true)]
    public void MegabyteParagraphWithoutPunctuation(bool learned)
    {
        var text = string.Concat(Enumerable.Repeat("officials say words keep coming without any stop ", 21000));
        var doc = Run(text, learned);
        Assert.That(doc.Sentences, Has.Count.EqualTo(1));
        Assert.That(doc.Claims, Is.Not.Empty);
        Assert.That(doc.Claims.All(c => c.Text == doc.Text.Substring(c.Span.Start, c.Span.Length)), Is.True);
    }

    [TestCase(false)]
    [TestCase(true)]
    public void OnlyQuotationMarks(bool learned)
    {
        var doc = Run(string.Concat(Enumerable.Repeat("“”\"«»„", 20000)), learned);
        Assert.That(doc.Attributions, Is.Empty);
    }

    [TestCase(false)]
    [TestCase(true)]
    public void TranscriptOfTenThousandTurnsAndSignedQuotes(bool learned)
    {
        // Every turn and every signed quote is kept, each exactly once, with offsets into the text.
        var builder = new System.Text.StringBuilder("Jane Host talks to John Guest every night.\n\n");
        for (int i = 0; i < 5000; i++)
            builder.Append("HOST: Where were you on day ").Append(i).Append("?\n\nGUEST: I was at home all day.\n\n“We will win this one.” ― Ana Ruiz\n\n");
        string text = builder.ToString();
        var doc = Run(text, learned);
        var layout = doc.Attributions.Where(a => a.FromLayout).ToList();
        Assert.That(layout, Has.Count.EqualTo(15000));
        Assert.That(layout.Select(a => a.Content).Distinct().Count(), Is.EqualTo(15000));
        Assert.That(doc.Claims.Count(c => c.Speaker == "Ana Ruiz" && c.Text == "We will win this one."), Is.EqualTo(5000));
        Assert.That(doc.Claims.All(c => c.Text == doc.Text.Substring(c.Span.Start, c.Span.Length)), Is.True);
    }

    [TestCase(false)]
    [TestCase(true)]
    public void NonEnglishText(bool learned)
    {
        var doc = Run("Путин заявил, что переговоры продолжатся. «Мы готовы», — сказал Песков.\n習近平表示，會談富有成果。“我们准备好了，”他说。", learned);
        Assert.That(doc.Sentences, Is.Not.Empty);
        Assert.That(doc.Claims.All(c => c.Text == doc.Text.Substring(c.Span.Start, c.Span.Length)), Is.True);
    }

    [Test]
    public void NullsThrow()
    {
        Assert.That(() => new QuoteFinder().Process(null!, CancellationToken.None), Throws.ArgumentNullException);
        Assert.That(() => new AttributionFinder().Process(null!, CancellationToken.None), Throws.ArgumentNullException);
        Assert.That(() => new SpeakerResolver().Process(null!, CancellationToken.None), Throws.ArgumentNullException);
        Assert.That(() => new ClaimBuilder().Process(null!, CancellationToken.None), Throws.ArgumentNullException);
        Assert.That(() => new AttributionFinder(null!), Throws.ArgumentNullException);
    }

    [Test]
    public void CueLexiconIsDataDriven()
    {
        var lexicon = new CueLexicon(["# comment", "mutter\tspeech\tmutter,muttered\ti"]);
        Assert.That(lexicon.Count, Is.EqualTo(2));
        Assert.That(lexicon.Find("Muttered"), Is.EqualTo(new CueEntry("mutter", CueClass.Speech, null, Invertible: true)));
        var doc = new Document(Article.FromString("“We will see about that,” he muttered.", "t"));
        foreach (var stage in new Claims.Pipeline.IDocumentStage[] { new Claims.Segmentation.PageLayoutAnalyzer(), new Claims.Segmentation.SentenceSegmenter(), new QuoteFinder(), new AttributionFinder(lexicon) })
            stage.Process(doc, CancellationToken.None);
        Assert.That(doc.Attributions, Has.Count.EqualTo(1));
        Assert.That(new CueLexicon().Find("said")?.Lemma, Is.EqualTo("say"));
    }

    [Test]
    public void LearnedCueFormsLoadAfterTheHandWrittenOnes()
    {
        // cue-verbs-polnear.tsv: one form per line, flag "o" (object-only), counts in a fifth column that is ignored.
        var lexicon = new CueLexicon(["say\tspeech\tsaid\ti", "# learned", "endorsed\tstance\tendorsed\to\t70/99", "said\tstance\tsaid\t-\t1/1"]);
        Assert.That(lexicon.Find("endorsed"), Is.EqualTo(new CueEntry("endorsed", CueClass.Stance, null, ObjectOnly: true)));
        Assert.That(lexicon.Find("said")?.Lemma, Is.EqualTo("say"));
        var shipped = new CueLexicon();
        Assert.That(shipped.Find("denounced")?.Class, Is.EqualTo(CueClass.Stance));
        Assert.That(shipped.Find("endorsed")?.ObjectOnly, Is.True);
    }
}

/// <summary>
/// The speaker's name read from a source mention with an apposition or a relative clause (<c>cases/speaker-names.tsv</c>).
/// Adding a case is adding a line.
/// </summary>
public class SpeakerNameTests
{
    public static IEnumerable<TestCaseData> Cases() =>
        CaseTable.Read("speaker-names.tsv", ["text", "anchor", "speaker", "why"], optional: 1)
            .Select(row => new TestCaseData(row["text"], row["anchor"], row["speaker"]).SetName($"SpeakerName_{row.Line:000}_{row["speaker"]}"));

    [TestCaseSource(nameof(Cases))]
    public void TheSpeakerIsTheName(string text, string anchor, string speaker)
    {
        var doc = Pipeline.RunDefault(Article.FromString(text, "t")); // what ClaimAnalyzer runs: the learned stage too
        var claims = doc.Claims.Where(c => c.Text.Contains(anchor, StringComparison.Ordinal)).ToList();
        Assert.That(claims, Is.Not.Empty, $"no claim holds '{anchor}'; claims: {string.Join(" | ", doc.Claims.Select(c => c.Text))}");
        Assert.That(claims.Select(c => c.Speaker), Has.Some.EqualTo(speaker),
            $"claims: {string.Join(" | ", claims.Select(c => $"{c.Speaker ?? "(none)"}: '{c.Text}'"))}");
    }
}
