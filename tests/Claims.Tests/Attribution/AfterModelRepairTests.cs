using Claims.Attribution;
using Claims.Attribution.Learned;

namespace Claims.Tests.Attribution;

/// <summary>
/// The readings applied after the learned attribution model (<see cref="LateSpeakers"/>, <see cref="FrameRepairs"/>, <see cref="PassiveReports"/>, <see cref="CoordinatedCues"/>),
/// each alone on the rule stages' document and, for the rows that expect an attribution, through the full default
/// pipeline: <c>cases/after-model-repairs.tsv</c>. Adding a case is adding a line.
/// </summary>
public class AfterModelRepairTests
{
    public sealed record Case(int Line, string Reading, string Text, string Content, string Source, string Cue)
    {
        public override string ToString() => $"line {Line}";
    }

    public static IEnumerable<TestCaseData> Cases() =>
        CaseTable.Read("after-model-repairs.tsv", ["reading", "text", "content", "source", "cue", "why"])
            .Select(r => new TestCaseData(new Case(r.Line, r["reading"], r["text"].Replace("\\n", "\n", StringComparison.Ordinal), r["content"], r["source"], r["cue"]))
                .SetName($"AfterModel_{r.Line:000}_{r["reading"]}"));

    public static IEnumerable<TestCaseData> PipelineCases() =>
        Cases().Where(c => ((Case)c.Arguments[0]!) is { Reading: not ("naming" or "for-to" or "sentence-bound-source" or "recipient"), Content: not "-" } and var k && !k.Source.EndsWith('-'))
            .Select(c => new TestCaseData(c.Arguments[0]).SetName(c.TestName!.Replace("AfterModel_", "AfterModelPipeline_", StringComparison.Ordinal)));

    private static IReadOnlyList<AttributionSpan> Read(Document doc, string reading)
    {
        var lexicon = CueLexicon.Shipped;
        return reading switch
        {
            "quote-then-appositives" => [.. Enumerable.Range(0, doc.Quotes.Count).Select(q => LateSpeakers.QuoteThenAppositives(doc, q, lexicon)).OfType<AttributionSpan>()],
            "clause-then-modified-source" => [.. Enumerable.Range(0, doc.Sentences.Count).Select(s => LateSpeakers.ClauseThenModifiedSource(doc, s, lexicon)).OfType<AttributionSpan>()],
            "headline" => [.. Enumerable.Range(0, doc.Sentences.Count).Where(s => doc.Sentences[s].IsHeading).Select(s => FrameRepairs.HeadlineReport(doc, s, lexicon)).OfType<AttributionSpan>()],
            "relative-speaker" => [.. Enumerable.Range(1, Math.Max(0, doc.Tokens.Count - 1)).Select(k => LateSpeakers.RelativeSpeaker(doc, k, lexicon)).OfType<AttributionSpan>()],
            "anaphoric-report" => [.. Enumerable.Range(1, Math.Max(0, doc.Sentences.Count - 1)).Select(s => FrameRepairs.AnaphoricReport(doc, s, lexicon)).OfType<AttributionSpan>()],
            "verification-note" => [.. doc.Attributions.Select(a => FrameRepairs.WithoutVerificationNote(doc, a)).OfType<AttributionSpan>()],
            "coordinated-cue" => [.. doc.Attributions.Select(a => CoordinatedCues.FirstVerbPhrase(doc, a, lexicon)).OfType<AttributionSpan>()],
            "verb-object" => [.. Enumerable.Range(0, doc.Sentences.Count).SelectMany(s => VerbObjectReadings.Read(doc, s, lexicon))],
            "that-clause" => [.. Enumerable.Range(0, doc.Sentences.Count).SelectMany(s => ThatClauseReadings.Read(doc, s, lexicon))],
            "spoke-of" => [.. Enumerable.Range(0, doc.Sentences.Count).Select(s => SpokeOfReadings.Read(doc, s)).OfType<AttributionSpan>()],
            "nominal-subject" => [.. Enumerable.Range(0, doc.Sentences.Count).Select(s => NominalSubjectContent.Read(doc, s)).OfType<AttributionSpan>()],
            "passive-report" => [.. Enumerable.Range(0, doc.Sentences.Count).Select(s => PassiveReports.Read(doc, s, lexicon)).OfType<AttributionSpan>()],
            "participle-after-speaker" => [.. doc.Attributions.Select(a => FrameRepairs.ParticipleAfterSpeaker(doc, a, lexicon)).OfType<AttributionSpan>()],
            _ => throw new InvalidDataException($"unknown reading '{reading}'"),
        };
    }

    private static string Describe(Document doc, IEnumerable<AttributionSpan> attributions) =>
        string.Join(" | ", attributions.Select(a =>
            $"[{(a.Source is { } s ? doc.GetText(s) : "")}] <{(a.Cue is { } c ? doc.GetText(c) : "")}> {doc.GetText(a.Content)}"));

    [TestCaseSource(nameof(Cases))]
    public void ReadingAlone(Case test)
    {
        var doc = Pipeline.RunRules(Article.FromString(test.Text, "t"));
        if (test.Reading is "naming" or "for-to")
        {
            int source = test.Text.IndexOf(test.Source, StringComparison.Ordinal), cue = test.Text.IndexOf(test.Cue, source, StringComparison.Ordinal);
            Assert.That(source >= 0 && cue > source, Is.True, "source and cue must be in the text, in that order");
            var a = new AttributionSpan
            {
                Source = new TextSpan(source, source + test.Source.Length), Cue = new TextSpan(cue, cue + test.Cue.Length),
                Content = new TextSpan(cue + test.Cue.Length + 1, test.Text.Length), Kind = ClaimKind.Indirect,
            };
            bool dropped = test.Reading == "naming" ? FrameRepairs.IsNaming(doc, a) : ForToInfinitives.InForTo(doc, a);
            Assert.That(dropped, Is.EqualTo(test.Content == "-"));
            var after = test.Reading == "naming" ? FrameRepairs.Apply(doc, [a], CueLexicon.Shipped) : ForToInfinitives.Apply(doc, [a]);
            Assert.That(after, test.Content == "-" ? Is.Empty : Has.Count.EqualTo(1));
            return;
        }
        if (test.Reading == "sentence-bound-source")
        {
            var a = Constructed(test.Text, test.Source, test.Cue);
            // Content column: "-" dropped, "kept" unchanged, else the source the repair reads in the cue's sentence.
            Assert.That(SentenceBoundSources.InOtherSentence(doc, a), Is.EqualTo(test.Content != "kept"));
            var after = SentenceBoundSources.Apply(doc, [a]);
            if (test.Content is "-" or "kept")
                Assert.That(after[0].Source, test.Content == "-" ? Is.Null : Is.EqualTo(a.Source));
            else
                Assert.That(after[0].Source is { } moved && moved.Start > a.Source!.Value.Start && doc.GetText(moved) == test.Content, Is.True,
                    () => $"source: {(after[0].Source is { } m ? $"{doc.GetText(m)} at {m.Start}" : "none")}");
            return;
        }
        if (test.Reading == "recipient")
        {
            RecipientAlone(doc, test);
            return;
        }
        if (test.Reading is "subject-source" or "name-completion")
        {
            SubjectSourceAlone(doc, test);
            return;
        }
        var found = Read(doc, test.Reading);
        if (test.Content == "-")
        {
            Assert.That(found, Is.Empty, () => Describe(doc, found));
            return;
        }
        if (test.Reading == "verification-note")
            Assert.That(found.Select(a => doc.GetText(a.Content)), Has.None.Contain(" not "), "the note stays outside the content");
        Assert.That(found.Any(a => doc.GetText(a.Content).Contains(test.Content, StringComparison.Ordinal) && a.Source is { } s
                                   && doc.GetText(s).Contains(test.Source, StringComparison.Ordinal) && a.Cue is { } c && doc.GetText(c) == test.Cue),
            Is.True, () => "found: " + Describe(doc, found));
    }

    // An attribution with the row's source and cue (first occurrences) and the rest of the text as its content.
    private static AttributionSpan Constructed(string text, string source, string cue)
    {
        int s = text.IndexOf(source, StringComparison.Ordinal), c = text.IndexOf(cue, s, StringComparison.Ordinal);
        Assert.That(s >= 0 && c > s, Is.True, "source and cue must be in the text, in that order");
        return new AttributionSpan
        {
            Source = new TextSpan(s, s + source.Length), Cue = new TextSpan(c, c + cue.Length),
            Content = new TextSpan(c + cue.Length + 1, text.Length), Kind = ClaimKind.Indirect,
        };
    }

    // "told [recipient content]": the content after the repair starts with the row's content, or ("-") is unchanged.
    private static void RecipientAlone(Document doc, Case test)
    {
        string text = test.Text;
        int cue = text.IndexOf(" told ", StringComparison.Ordinal) + 1;
        var a = new AttributionSpan
        {
            Cue = new TextSpan(cue, cue + 4), Content = new TextSpan(cue + 5, text.Length - 1), Kind = ClaimKind.Indirect,
        };
        var repaired = RecipientsOutsideContent.Apply(doc, [a]);
        if (test.Content == "-")
        {
            Assert.That(repaired[0], Is.EqualTo(a), () => "content: " + doc.GetText(repaired[0].Content));
            return;
        }
        Assert.That(doc.GetText(repaired[0].Content), Does.StartWith(test.Content));
        // Through the full pipeline no reported claim opens with the one told.
        string recipient = text[(cue + 5)..text.IndexOf(test.Content, StringComparison.Ordinal)].Trim();
        var full = LearnedFixtures.FullDocument(text);
        Assert.That(full.Claims.Where(c => c.Kind != ClaimKind.Author).Select(c => c.Text), Has.None.StartWith(recipient + " "),
            () => "claims: " + string.Join(" | ", full.Claims.Select(c => $"{c.Kind} [{c.Speaker}] {c.Text}")));
    }

    // A kept attribution with the row's cue and content (first occurrences) and no source ("subject-source") or the source
    // before ">" ("name-completion"): SubjectSources gives it the source after ">" (or the row's source), or none ("-").
    private static void SubjectSourceAlone(Document doc, Case test)
    {
        string text = test.Text;
        int cue = text.IndexOf(test.Cue, StringComparison.Ordinal), content = text.IndexOf(test.Content, StringComparison.Ordinal);
        Assert.That(cue >= 0 && content >= 0, Is.True, "cue and content must be in the text");
        string[] parts = test.Source.Split('>');
        TextSpan? given = null;
        if (test.Reading == "name-completion")
        {
            int at = text.IndexOf(parts[0], StringComparison.Ordinal);
            given = new TextSpan(at, at + parts[0].Length);
        }
        var a = new AttributionSpan
        {
            Source = given, Cue = new TextSpan(cue, cue + test.Cue.Length), Content = new TextSpan(content, content + test.Content.Length),
            Kind = ClaimKind.Indirect,
        };
        var repaired = SubjectSources.Apply(doc, [a]);
        string expected = parts[^1];
        if (expected == "-") Assert.That(repaired[0], Is.EqualTo(a), "no source read");
        else Assert.That(repaired[0].Source is { } s ? doc.GetText(s) : "", Is.EqualTo(expected));
    }

    [TestCaseSource(nameof(PipelineCases))]
    public void FullPipeline(Case test)
    {
        var doc = LearnedFixtures.FullDocument(test.Text);
        // A pronoun's speaker is its antecedent, named in the row's text: only the claim is checked.
        string name = test.Source is "who" or "which" or "She" or "his" ? "" : test.Source.Split(' ')[^1];
        Assert.That(doc.Claims.Any(c => c.Kind != ClaimKind.Author && c.Text.Contains(test.Content, StringComparison.Ordinal)
                                        && (c.Speaker ?? "").Contains(name, StringComparison.OrdinalIgnoreCase)),
            Is.True, () => "claims: " + string.Join(" | ", doc.Claims.Select(c => $"{c.Kind} [{c.Speaker}] {c.Text}")));
    }
}
