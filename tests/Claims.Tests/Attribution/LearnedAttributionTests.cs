using System.IO.Compression;
using System.Text;
using Claims.Attribution;
using Claims.Attribution.Learned;

namespace Claims.Tests.Attribution;

/// <summary>Helpers shared by the learned attribution tests: rule-stage documents and their tagger features.</summary>
internal static class LearnedFixtures
{
    private static readonly Lazy<CueLexicon> SharedLexicon = new(() => new CueLexicon());

    public static CueLexicon Lexicon => SharedLexicon.Value;

    /// <summary>A document after the rule stages only: what the learned stage and its training read.</summary>
    public static Document RuleDocument(string text) => Pipeline.RunRules(Article.FromString(text, "t"));

    /// <summary>A document after every default stage, the learned one included.</summary>
    public static Document FullDocument(string text) => Pipeline.RunDefault(Article.FromString(text, "t"));

    public static TaggerFeatures Features(Document doc) => TaggerFeatures.Of(doc, Lexicon, useRuleTags: true);

    public static TextSpan Span(string text, string part)
    {
        int at = text.IndexOf(part, StringComparison.Ordinal);
        Assert.That(at, Is.GreaterThanOrEqualTo(0), $"'{part}' must be in the text");
        return new TextSpan(at, at + part.Length);
    }
}

/// <summary>The shipped learned attribution model: loading, and what <see cref="LearnedAttributionModel.Select"/> keeps.</summary>
public class LearnedAttributionModelTests
{
    private const string CounterText = "Dmitriev insisted that a summit had not been cancelled, contrary to earlier statements from Trump.";

    private const string Story = "Most Republicans believe the economy is getting worse, a new poll found. "
        + "The senator argued that the tariffs would hurt farmers in her state. "
        + "“We will not back down,” the governor said on Tuesday. "
        + "Critics charge that the policy discriminates against immigrants. "
        + "Officials warned that the storm could bring flooding to coastal towns, according to a statement.";

    [Test]
    public void DefaultLoads()
    {
        var model = LearnedAttributionModel.Default;
        Assert.That(model, Is.SameAs(LearnedAttributionModel.Default));
        Assert.That(model.Threshold, Is.GreaterThan(0).And.LessThan(1));
        Assert.That(model.Tagger.UseRuleTags, Is.True);
        Assert.That(model.Rates.Count, Is.GreaterThan(1000));
        Assert.That(model.Rates.Of("said").Rate, Is.GreaterThan(model.Rates.Of("the").Rate));
        Assert.That(model.Description, Does.Contain("threshold"));
        Assert.That(model.Thresholds.Other, Is.GreaterThan(0).And.LessThanOrEqualTo(1));
    }

    [Test]
    public void SelectKeepsCounterClaims()
    {
        var doc = LearnedFixtures.RuleDocument(CounterText);
        var counters = doc.Attributions.Where(a => a.Kind == ClaimKind.Counter).ToList();
        Assert.That(counters, Has.Count.EqualTo(1), "the rules must find the counter-claim");
        var selected = LearnedAttributionModel.Default.Select(doc, LearnedFixtures.Lexicon);
        Assert.That(selected.Where(a => a.Kind == ClaimKind.Counter), Is.EqualTo(counters));
    }

    [Test]
    public void SelectIsInTextOrderWithoutNearDuplicates() => AssertOrderedWithoutNearDuplicates(Story, atLeast: 4);

    [Test]
    public void SelectWithACounterClaimIsInTextOrder()
    {
        var selected = LearnedAttributionModel.Default.Select(LearnedFixtures.RuleDocument(CounterText), LearnedFixtures.Lexicon);
        Assert.That(selected, Has.Count.GreaterThanOrEqualTo(2));
        Assert.That(selected.Select(a => (a.Content.Start, a.Content.End)), Is.Ordered);
    }

    [Test]
    public void SelectWithACounterClaimHasNoNearDuplicates() => AssertOrderedWithoutNearDuplicates(CounterText, atLeast: 2);

    private static void AssertOrderedWithoutNearDuplicates(string text, int atLeast)
    {
        var doc = LearnedFixtures.RuleDocument(text);
        var selected = LearnedAttributionModel.Default.Select(doc, LearnedFixtures.Lexicon);
        Assert.That(selected, Has.Count.GreaterThanOrEqualTo(atLeast));
        Assert.That(selected.Select(a => (a.Content.Start, a.Content.End)), Is.Ordered);
        for (int i = 0; i < selected.Count; i++)
            for (int j = i + 1; j < selected.Count; j++)
                Assert.That(selected[i].Content.Jaccard(selected[j].Content), Is.LessThan(0.5),
                    $"'{doc.GetText(selected[i].Content)}' and '{doc.GetText(selected[j].Content)}'");
    }

    [Test]
    public void WithThresholdKeepsMoreAtALowerThresholdAndFewerAtAHigherOne()
    {
        var model = LearnedAttributionModel.Default;
        int Kept(double t) => model.WithThreshold(t).Select(LearnedFixtures.RuleDocument(Story), LearnedFixtures.Lexicon).Count;
        Assert.That(model.WithThreshold(0.25).Threshold, Is.EqualTo(0.25));
        Assert.That(Kept(0.05), Is.GreaterThanOrEqualTo(Kept(model.Threshold)));
        Assert.That(Kept(1.0), Is.LessThan(Kept(model.Threshold)), "no candidate reaches probability 1 but the fixed ones");
    }

    [TestCase(0.0)]
    [TestCase(-0.1)]
    [TestCase(1.5)]
    [TestCase(double.NaN)]
    public void WithThresholdRejectsAThresholdOutsideTheUnitInterval(double threshold) =>
        Assert.That(() => LearnedAttributionModel.Default.WithThreshold(threshold), Throws.TypeOf<ArgumentOutOfRangeException>());

    [Test]
    public void SelectIsDeterministic()
    {
        var first = LearnedAttributionModel.Default.Select(LearnedFixtures.RuleDocument(Story), LearnedFixtures.Lexicon);
        var second = LearnedAttributionModel.Default.Select(LearnedFixtures.RuleDocument(Story), LearnedFixtures.Lexicon);
        Assert.That(second, Is.EqualTo(first));
    }

    [Test]
    public void SelectIsThreadSafe()
    {
        string[] texts = [Story, CounterText, "Police said the suspect fled on foot.", "Critics charge that the policy discriminates against immigrants."];
        var expected = texts.Select(t => LearnedAttributionModel.Default.Select(LearnedFixtures.RuleDocument(t), LearnedFixtures.Lexicon)).ToList();
        var results = new IReadOnlyList<AttributionSpan>[texts.Length * 8];
        Parallel.For(0, results.Length, new ParallelOptions { MaxDegreeOfParallelism = 4 },
            i => results[i] = LearnedAttributionModel.Default.Select(LearnedFixtures.RuleDocument(texts[i % texts.Length]), LearnedFixtures.Lexicon));
        for (int i = 0; i < results.Length; i++)
            Assert.That(results[i], Is.EqualTo(expected[i % texts.Length]), texts[i % texts.Length]);
    }

    [Test]
    public void SaveLoadRoundTripSelectsTheSame()
    {
        var model = LearnedAttributionModel.Default;
        using var stream = new MemoryStream();
        model.Save(stream);
        stream.Position = 0;
        var loaded = LearnedAttributionModel.Load(stream);
        Assert.That(loaded.Thresholds, Is.EqualTo(model.Thresholds));
        Assert.That(loaded.Description, Is.EqualTo(model.Description));
        var doc = LearnedFixtures.RuleDocument(Story);
        Assert.That(loaded.Select(doc, LearnedFixtures.Lexicon), Is.EqualTo(model.Select(doc, LearnedFixtures.Lexicon)));
    }

    [TestCase("tagger.bin")]
    [TestCase("cue-rates.tsv")]
    [TestCase("ranker-mlnet.zip")]
    [TestCase("settings.txt")]
    public void LoadRefusesAZipMissingAnEntry(string missing)
    {
        var e = Assert.Throws<InvalidDataException>(() => LearnedAttributionModel.Load(ShippedWith(name => name == missing ? null : [])));
        Assert.That(e!.Message, Does.Contain(missing));
    }

    [Test]
    public void LoadRefusesSettingsWithoutAThreshold()
    {
        var e = Assert.Throws<InvalidDataException>(() => LearnedAttributionModel.Load(
            ShippedWith(name => name == "settings.txt" ? Encoding.UTF8.GetBytes("description\tno threshold here\n") : [])));
        Assert.That(e!.Message, Does.Contain("threshold"));
    }

    [Test]
    public void LoadRefusesACorruptTagger()
    {
        Assert.Throws<InvalidDataException>(() => LearnedAttributionModel.Load(
            ShippedWith(name => name == "tagger.bin" ? Encoding.UTF8.GetBytes("not a tagger") : [])));
    }

    /// <summary>
    /// The shipped model re-zipped with entries changed: <paramref name="replace"/> gives an entry's new bytes, null
    /// to leave it out, or an empty array to keep it as shipped.
    /// </summary>
    private static MemoryStream ShippedWith(Func<string, byte[]?> replace)
    {
        var assembly = typeof(LearnedAttributionModel).Assembly;
        string name = assembly.GetManifestResourceNames().Single(n => n.EndsWith("." + LearnedAttributionModel.ResourceName, StringComparison.Ordinal));
        using var shipped = new ZipArchive(assembly.GetManifestResourceStream(name)!, ZipArchiveMode.Read);
        var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in shipped.Entries)
            {
                var bytes = replace(entry.FullName);
                if (bytes is null) continue;
                using var target = zip.CreateEntry(entry.FullName).Open();
                if (bytes.Length > 0) target.Write(bytes);
                else
                {
                    using var source = entry.Open();
                    source.CopyTo(target);
                }
            }
        }
        output.Position = 0;
        return output;
    }
}

/// <summary>The learned stage as a pipeline stage.</summary>
public class LearnedAttributionFinderTests
{
    [Test]
    public void EmptyDocumentIsLeftAlone()
    {
        var doc = new Document(Article.FromString("", "empty"));
        IReadOnlyList<AttributionSpan> before = [new AttributionSpan { Content = new TextSpan(0, 0), Kind = ClaimKind.Indirect }];
        doc.Attributions = before;
        new LearnedAttributionFinder().Process(doc, CancellationToken.None);
        Assert.That(doc.Attributions, Is.SameAs(before));
    }

    [Test]
    public void NullDocumentThrows()
    {
        Assert.Throws<ArgumentNullException>(() => new LearnedAttributionFinder().Process(null!, CancellationToken.None));
    }

    [Test]
    public void CancellationIsHonoured()
    {
        var doc = LearnedFixtures.RuleDocument("Police said the suspect fled on foot.");
        var before = doc.Attributions;
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        Assert.That(() => new LearnedAttributionFinder().Process(doc, cancelled.Token), Throws.InstanceOf<OperationCanceledException>());
        Assert.That(doc.Attributions, Is.SameAs(before));
    }

    [Test]
    public void ReplacesTheRulesAttributionsWithTheSelection()
    {
        const string text = "Researchers discovered that the drug slows the progression of the disease. Police said the suspect fled on foot.";
        var doc = LearnedFixtures.RuleDocument(text);
        var expected = LearnedAttributionModel.Default.Select(LearnedFixtures.RuleDocument(text), LearnedFixtures.Lexicon);
        new LearnedAttributionFinder().Process(doc, CancellationToken.None);
        Assert.That(doc.Attributions, Is.EqualTo(expected));
        Assert.That(doc.Attributions, Is.Not.Empty);
    }

    [Test]
    public void DefaultStagesRunTheLearnedStageAfterTheRuleStages()
    {
        var names = ClaimAnalyzer.CreateDefault().Stages.Select(s => s.GetType()).ToList();
        Assert.That(names.IndexOf(typeof(LearnedAttributionFinder)), Is.EqualTo(names.IndexOf(typeof(DialogueAttributionFinder)) + 1));
        Assert.That(names.IndexOf(typeof(DialogueAttributionFinder)), Is.EqualTo(names.IndexOf(typeof(ContentBoundaryRefiner)) + 1));
    }

    [Test]
    public void DefaultAnalyzerIsDeterministic()
    {
        var articles = new[]
        {
            Article.FromString("Most Republicans believe the economy is getting worse, a new poll found. “We will not back down,” the governor said.", "a"),
            Article.FromString("Critics charge that the policy discriminates against immigrants. The president has long maintained that the tariffs protect American jobs.", "b"),
            Article.FromString("Dmitriev insisted that a summit had not been cancelled, contrary to earlier statements from Trump.", "c"),
        };
        var first = ClaimAnalyzer.CreateDefault().Extract(articles);
        var second = ClaimAnalyzer.CreateDefault().Extract(articles);
        var claims = first.Articles.SelectMany(a => a.Claims).ToList();
        Assert.That(claims.Count(c => c.Kind != ClaimKind.Author), Is.GreaterThanOrEqualTo(5));
        Assert.That(second.Articles.SelectMany(a => a.Claims), Is.EqualTo(claims));
    }
}
