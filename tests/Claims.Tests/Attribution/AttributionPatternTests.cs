using Claims.Attribution;
using Claims.Attribution.Patterns;

namespace Claims.Tests.Attribution;

/// <summary>
/// The attribution pattern registry: patterns are removed, replaced and inserted through <see cref="ClaimAnalyzerBuilder"/>
/// like stages, and a bad pattern list is refused by name. Each pattern's own rows are in <c>cases/attribution.tsv</c>.
/// </summary>
public class AttributionPatternTests
{
    private const string AccordingTo = "EU nations are preparing a new ceasefire proposal, according to the Financial Times.";
    private const string Per = "Per the Financial Times, EU nations are preparing a new ceasefire proposal.";

    private static IReadOnlyList<Claim> Rules(string text, Func<ClaimAnalyzerBuilder, ClaimAnalyzerBuilder> edit) =>
        edit(new ClaimAnalyzerBuilder().UseDefaults().Remove<LearnedAttributionFinder>()).Build()
            .Extract([Article.FromString(text, "t")]).Articles[0].Claims;

    [Test]
    public void RemovingAPatternThroughTheBuilderRemovesItsAttributions()
    {
        var with = Rules(AccordingTo, b => b);
        Assert.That(with.Any(c => c.Kind == ClaimKind.Indirect && c.Cue == "according to" && c.Speaker == "Financial Times"), Is.True);
        var without = Rules(AccordingTo, b => b.RemoveAttributionPattern<AccordingToPattern>());
        Assert.That(without.Any(c => c.Cue == "according to"), Is.False, string.Join(" | ", without.Select(c => $"{c.Kind} {c.Cue} {c.Text}")));
        Assert.That(without.Single().Kind, Is.EqualTo(ClaimKind.Author), "the sentence stays, in the outlet's own voice");
    }

    [Test]
    public void RemovingEveryPatternLeavesOnlyTheOutletsVoice()
    {
        var claims = Rules("Steve Witkoff told CNN that the meeting had been productive.", b => b.EditAttributionPatterns(_ => []));
        Assert.That(claims.Select(c => c.Kind), Is.EqualTo(new[] { ClaimKind.Author }));
    }

    [Test]
    public void InsertedPatternAddsItsAttributions()
    {
        Assert.That(Rules(Per, b => b).Any(c => c.Cue == "Per"), Is.False);
        var claims = Rules(Per, b => b.InsertAttributionPatternAfter<AccordingToPattern>(new PerPattern()));
        var claim = claims.Single(c => c.Cue == "Per");
        Assert.That(claim.Text, Is.EqualTo("EU nations are preparing a new ceasefire proposal"));
        Assert.That(claim.Speaker, Does.Contain("Financial Times"));
        Assert.That(Rules(Per, b => b.InsertAttributionPatternBefore<CounterPattern>(new PerPattern())).Any(c => c.Cue == "Per"), Is.True);
    }

    [Test]
    public void ReplacedPatternRunsInsteadOfTheOriginal()
    {
        var builder = new ClaimAnalyzerBuilder().UseDefaults().ReplaceAttributionPattern<AccordingToPattern>(new PerPattern());
        var finder = builder.Stages.OfType<AttributionFinder>().Single();
        Assert.That(finder.Patterns.OfType<AccordingToPattern>(), Is.Empty);
        Assert.That(finder.Patterns.Select(p => p.Name).ToList().IndexOf("per"),
            Is.EqualTo(AttributionPatterns.Default.Select(p => p.Name).ToList().IndexOf("according-to")));
        Assert.That(Rules(AccordingTo, b => b.ReplaceAttributionPattern<AccordingToPattern>(new PerPattern())).Any(c => c.Cue == "according to"), Is.False);
    }

    [Test]
    public void BadPatternListsAreRefusedByName()
    {
        Assert.That(() => new AttributionFinder(CueLexicon.Shipped, [new PerPattern(), new PerPattern()]),
            Throws.ArgumentException.With.Message.Contains("'per'"));
        Assert.That(() => new AttributionFinder(CueLexicon.Shipped, [new KindlessPattern()]),
            Throws.ArgumentException.With.Message.Contains("kindless"));
        Assert.That(() => new AttributionFinder(CueLexicon.Shipped, null!), Throws.ArgumentNullException);
        Assert.That(() => new ClaimAnalyzerBuilder().UseDefaults().ReplaceAttributionPattern<PerPattern>(new PerPattern()),
            Throws.InvalidOperationException.With.Message.Contains(nameof(PerPattern)));
        Assert.That(() => new ClaimAnalyzerBuilder().RemoveAttributionPattern<AccordingToPattern>(),
            Throws.InvalidOperationException.With.Message.Contains(nameof(AttributionFinder)));
    }

    [Test]
    public void DefaultPatternsHaveUniqueNamesAndOneKindEach()
    {
        var names = AttributionPatterns.Default.Select(p => p.Name).ToList();
        Assert.That(names, Is.Unique);
        foreach (var p in AttributionPatterns.Default)
        {
            int kinds = (p is IQuotePattern ? 1 : 0) + (p is ISentencePattern ? 1 : 0) + (p is ICuePattern ? 1 : 0) + (p is IDocumentPattern ? 1 : 0);
            Assert.That(kinds, Is.EqualTo(1), p.Name);
        }
    }

    /// <summary>"Per SOURCE, CONTENT.": a user's own pattern, written against the public pattern API.</summary>
    private sealed class PerPattern : ISentencePattern
    {
        public string Name => "per";

        public SentenceKinds Reads => SentenceKinds.Body;

        public void Attribute(AttributionDraft draft, SentenceTokens sentence)
        {
            int k = sentence.First;
            if (!draft.Is(k, "per")) return;
            int comma = draft.ClauseEnd(k + 1, sentence.End);
            if (comma <= k + 1 || !draft.IsPunct(comma, ',')) return;
            int last = sentence.End - 1;
            while (last > comma && !draft.IsWord(last)) last--;
            if (last - comma < 2) return;
            draft.Add(draft.SpanOf(comma + 1, last), k, k, draft.SpanOf(k + 1, comma - 1), ClaimKind.Indirect);
        }
    }

    private sealed class KindlessPattern : IAttributionPattern
    {
        public string Name => "kindless";
    }
}
