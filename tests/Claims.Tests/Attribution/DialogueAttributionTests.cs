using Claims.Attribution;
using Claims.Pipeline;

namespace Claims.Tests.Attribution;

/// <summary>
/// <see cref="DialogueAttributionFinder"/>: what it must not read as a turn or a signature, how it replaces the rules'
/// reading of the same cue, and its place in the default stages. The positive cases are rows of
/// <c>cases/dialogue-attribution.tsv</c>.
/// </summary>
public class DialogueAttributionTests
{
    private static List<AttributionSpan> Dialogue(string text)
    {
        var doc = Pipeline.Run(text);
        return doc.Attributions.Where(a => a.Cue is { } c && text[c.Start] is ':' or '-' or '–' or '—' or '―').ToList();
    }

    private static string Text(string text, TextSpan? span) => span is { } s ? text.Substring(s.Start, s.Length) : "";

    [Test]
    public void ALoneNameAndColonIsAHeadlineNotATranscript()
    {
        // One label in the whole text: no transcript; the sentence rule reads the headline to its end only.
        const string text = "Clinton: Trump will reverse Roe v. Wade\n\nHillary Clinton spoke in Ohio on Monday. She talked about the court.\n\nThe crowd cheered her on.";
        var doc = Pipeline.Run(text);
        Assert.That(doc.Attributions.Where(a => Text(text, a.Source) == "Clinton").Select(a => Text(text, a.Content)),
            Is.EqualTo(new[] { "Trump will reverse Roe v. Wade" }));
    }

    [Test]
    public void SectionLabelsAndPossessiveKickersAreNoSpeakers()
    {
        const string text = "UPDATE: The polls have closed in Iowa and the count has begun.\n\nUPDATE: The first results show a close race.\n\n"
                            + "Tuesday’s Morning Email: What you need to know about the caucuses tonight.\n\nTuesday’s Morning Email: More on the race.";
        Assert.That(Dialogue(text).Where(a => a.Kind == ClaimKind.DirectQuote), Is.Empty);
    }

    [Test]
    public void AnswerLabelsNeedAQuestionLabel()
    {
        // "A:" without any "Q:" is a list item or a letter, not an interview answer.
        const string text = "Sue Miller, the manager, spoke with Tom Jones of the union.\n\nA: Raise taxes on the wealthy to pay for schools.\n\n"
                            + "B: Cut spending on the military instead.\n\nMILLER: We will decide by Friday whatever happens.\n\n"
                            + "JONES: Then the union will wait until Friday.\n\nMILLER: The vote is final after that.";
        var sources = Dialogue(text).Where(a => a.FromLayout).Select(a => Text(text, a.Source)).ToList();
        Assert.That(sources, Does.Not.Contain("A"));
        Assert.That(sources, Is.EqualTo(new[] { "MILLER", "JONES", "MILLER" }));
    }

    [Test]
    public void PhotoCaptionsAndListsOfPeopleAreNoTranscript()
    {
        // Captions name nobody the text names; a list gives each person one line; one named speaker is no dialogue.
        const string captions = "Parliament was locked down on Wednesday.\n\nStoic: He managed to keep a straight face during the parade.\n\n"
                                + "Patrol: Members of the Ottawa Police stand guard in front of the memorial.\n\nStoic: The guard changed at noon as usual.\n\n"
                                + "Patrol: Officers searched the grounds for hours.";
        const string list = "Five detainees were released, among them Abdul Haq Wasiq and Mullah Norullah Nori.\n\n"
                            + "Abdul Haq Wasiq: Served as the deputy minister of intelligence.\n\nMullah Norullah Nori: Served as a senior commander in the north.";
        const string single = "Dan Olsen called the station on Monday.\n\nDan Olsen: I heard he is on a month of suspension.\n\nDan Olsen: That is nothing, though.";
        foreach (var text in new[] { captions, list, single })
            Assert.That(Dialogue(text).Where(a => a.FromLayout), Is.Empty, text);
    }

    [Test]
    public void ATurnEndsAtItsParagraphWhenItsQuoteIsClosed()
    {
        const string text = "Jake Tapper interviewed Gov. Mary Fallin on Sunday.\n\nJAKE TAPPER: Donald Trump released a video on Friday about racial healing.\n\n"
                            + "FALLIN: I think the whole nation needs to work together on it.\n\nTAPPER: Is he trying to campaign as a healer?\n\nThe governor later left for Tulsa.";
        var turns = Dialogue(text).Where(a => a.FromLayout).ToList();
        Assert.That(turns.Select(a => (Text(text, a.Source), Text(text, a.Content))), Is.EqualTo(new[]
        {
            ("JAKE TAPPER", "Donald Trump released a video on Friday about racial healing."),
            ("FALLIN", "I think the whole nation needs to work together on it."),
            ("TAPPER", "Is he trying to campaign as a healer?"),
        }));
        Assert.That(turns.All(a => a.Kind == ClaimKind.DirectQuote));
    }

    [Test]
    public void ATurnReplacesTheRulesReadingOfItsColon()
    {
        const string text = "Mike Pence spoke with Chris Wallace.\n\nWALLACE: Will she be there? We need to know now.\n\n"
                            + "PENCE: She will not be attending. Trump was using the tweet to mock them.\n\nWALLACE: Thank you, Governor.";
        var doc = Pipeline.Run(text);
        var withPence = doc.Attributions.Where(a => Text(text, a.Source) == "PENCE").ToList();
        Assert.That(withPence, Has.Count.EqualTo(1));
        Assert.That(Text(text, withPence[0].Content), Is.EqualTo("She will not be attending. Trump was using the tweet to mock them."));
    }

    [TestCase("The decision — Trump said on Monday — was final and nobody could change it.")]
    [TestCase("“This is not over,” she said - and she meant it.")]
    [TestCase("“This is not over.” — the senator from Ohio, speaking on Monday")]
    [TestCase("“Yes.” ― Sonya Herridge")]
    [TestCase("“We will win this race and we will win it big.” ― Jorge Luis Alberto Falcon Mendez Ortega")]
    [TestCase("\"We will win this race and we will win it big.\" - Smith. She said so at the rally.")]
    public void ProseAroundDashesIsNoSignature(string text)
    {
        Assert.That(Dialogue(text).Where(a => a.Kind == ClaimKind.DirectQuote && text[a.Cue!.Value.Start] != ':'), Is.Empty,
            () => string.Join(" | ", Dialogue(text).Select(a => $"[{Text(text, a.Source)}] {Text(text, a.Content)}")));
    }

    [Test]
    public void ASignatureLineSignsOnlyAQuotedParagraphAboveIt()
    {
        const string text = "The senator is relying on a study by two economists.\n\n- Bernie Sanders.\n\nHe has said so before.";
        Assert.That(Dialogue(text), Is.Empty);
    }

    [Test]
    public void OffsetsPointIntoTheUnchangedText()
    {
        const string text = "Readers wrote in.\n\n“Our schools need the money more than the banks do.” ―\u00a0Julie A. Diaz Martinez\n\nMore letters follow.";
        var doc = Pipeline.Run(text);
        Assert.That(doc.Text, Is.SameAs(text));
        var signed = doc.Attributions.Single(a => a.Cue is { } c && text[c.Start] == '―');
        Assert.That(Text(text, signed.Content), Is.EqualTo("Our schools need the money more than the banks do."));
        Assert.That(Text(text, signed.Source), Is.EqualTo("Julie A. Diaz Martinez"));
        Assert.That(Text(text, signed.Cue), Is.EqualTo("―"));
    }

    [Test]
    public void LeavesAnEmptyDocumentAndNullInputAlone()
    {
        var stage = new DialogueAttributionFinder();
        var doc = new Document(Article.FromString(" ", "blank"));
        stage.Process(doc, CancellationToken.None);
        Assert.That(doc.Attributions, Is.Empty);
        Assert.Throws<ArgumentNullException>(() => stage.Process(null!, CancellationToken.None));
    }

    [Test]
    public void HonoursCancellation()
    {
        var doc = new Document(Article.FromString("Q: Why?\n\nA: Because we said so and we meant it.", "t"));
        foreach (var stage in DefaultComponents.RuleStages().Take(3)) stage.Process(doc, CancellationToken.None);
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        Assert.Throws<OperationCanceledException>(() => new DialogueAttributionFinder().Process(doc, cancelled.Token));
    }

    [Test]
    public void EveryStageKeepsTheTurnsAndTheSpeakerIsThePersonTheArticleNames()
    {
        const string text = "Gov. Mike Pence spoke to Fox News on Sunday.\n\nWALLACE: Will Gennifer Flowers be there, sir?\n\n"
                            + "PENCE: Gennifer Flowers will not be attending the debate tomorrow night.\n\n"
                            + "WALLACE: Do you really see those two as equivalent?\n\nPENCE: And that is why Donald Trump is on his way to the White House.";
        var doc = Pipeline.RunDefault(Article.FromString(text, "transcript"));
        var turns = doc.Claims.Where(c => c.Kind == ClaimKind.DirectQuote && c.Cue == ":").ToList();
        Assert.That(turns.Select(c => (c.Speaker, c.Text)), Is.EqualTo(new[]
        {
            ("WALLACE", "Will Gennifer Flowers be there, sir?"),
            ("Mike Pence", "Gennifer Flowers will not be attending the debate tomorrow night."),
            ("WALLACE", "Do you really see those two as equivalent?"),
            ("Mike Pence", "And that is why Donald Trump is on his way to the White House."),
        }), () => string.Join(" | ", doc.Claims.Select(c => $"{c.Kind} [{c.Speaker}] <{c.Cue}> {c.Text}")));
        Assert.That(doc.Attributions.Where(a => a.Cue is { } c && text[c.Start] == ':').All(a => a.FromLayout));
    }

    [Test]
    public void RunsAfterTheBoundaryRefinerAndBeforeTheLearnedStage()
    {
        var names = DefaultComponents.Stages().Select(s => s.Name).ToList();
        int dialogue = names.IndexOf(new DialogueAttributionFinder().Name);
        Assert.That(dialogue, Is.EqualTo(names.IndexOf(new ContentBoundaryRefiner().Name) + 1));
        Assert.That(names.IndexOf(new LearnedAttributionFinder().Name), Is.EqualTo(dialogue + 1));
    }
}
