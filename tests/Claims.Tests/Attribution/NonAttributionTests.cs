using Claims.Attribution;
using Claims.Pipeline;

namespace Claims.Tests.Attribution;

/// <summary>Phrases that look like attributions but are not, and claims that must not be emitted twice.</summary>
public class NonAttributionTests
{
    private static List<Claim> Attributed(Document doc) =>
        doc.Claims.Where(c => c.Kind is ClaimKind.Indirect or ClaimKind.DirectQuote or ClaimKind.Counter).ToList();

    [TestCase("Russia launched its invasion in 2022, and despite repeated mediation attempts, large-scale hostilities have continued.")]
    [TestCase("However, his campaign claim that the war could be resolved within 24 hours has proven unrealistic.")]
    [TestCase("Still, Dmitriev’s visit suggests the administration remains committed to pursuing a deal.")]
    [TestCase("The discussions with Witkoff suggest that unofficial intermediaries may continue to play a role.")]
    [TestCase("Zelenskiy’s latest position acknowledging battle lines was welcomed in Moscow.")]
    [TestCase("STAT OF THE WEEK: $43 million in subsidies was approved for the company last year.")]
    [TestCase("Monday’s Morning Email: Putin’s potential involvement in the email hack is examined.")]
    [TestCase("Iowa: Tim Albrecht, Brad Anderson, Rob Barron, Jeff Boeyink, Bonnie Campbell, Dave Caris.")]
    [TestCase("The vote is in June. A new group called Black Votes Matter is trying to raise $25 million for a new effort.")]
    [TestCase("The vote is in June. Several Mexican businesses called off projects with him because of his comments.")]
    public void IsNotAnAttribution(string text)
    {
        var doc = Pipeline.Run(text);
        Assert.That(Attributed(doc), Is.Empty, () => string.Join(" | ", Attributed(doc).Select(c => $"{c.Kind} [{c.Speaker}] <{c.Cue}> {c.Text}")));
    }

    [TestCase("He has since acknowledged the complexity of the conflict.", "since")]
    [TestCase("Ushakov said there were no plans, while suggesting “significant opportunities” exist for cooperation.", "while")]
    public void FunctionWordIsNeverASpeaker(string text, string word)
    {
        var doc = Pipeline.Run(text);
        Assert.That(Attributed(doc), Is.Not.Empty);
        Assert.That(Attributed(doc).Select(c => c.Speaker ?? ""), Has.None.EqualTo(word).IgnoreCase);
    }

    [Test]
    public void QuoteClosingItsSentenceIsNotGivenToTheNextSubject()
    {
        // “….” then a new sentence whose subject agrees: the quote is not that subject's.
        var doc = Pipeline.Run("“We have been electing African-Americans to office for a long time.” Political analyst David Bositis agreed that the shift was a matter of geography.");
        Assert.That(Attributed(doc).Where(c => c.Kind == ClaimKind.DirectQuote && c.Text.Contains("electing", StringComparison.Ordinal)), Is.Empty,
            () => string.Join(" | ", Attributed(doc).Select(c => $"{c.Kind} [{c.Speaker}] <{c.Cue}> {c.Text}")));
    }

    [Test]
    public void CounterPhraseIsNotAlsoAnAuthorClaim()
    {
        var doc = Pipeline.Run("Dmitriev insisted that a summit had not been cancelled, contrary to earlier statements from Trump.");
        var counter = doc.Claims.Single(c => c.Kind == ClaimKind.Counter);
        Assert.That(doc.Claims.Where(c => c.Kind == ClaimKind.Author && c.Span.Overlaps(counter.Span)), Is.Empty,
            () => string.Join(" | ", doc.Claims.Select(c => $"{c.Kind} {c.Text}")));
    }

    [Test]
    public void SentenceDoesNotEndInsideADomainName()
    {
        var doc = Pipeline.Run("According to Digi24.ro, Dmitriev has already played a key role. He met Witkoff.");
        Assert.That(doc.Sentences, Has.Count.EqualTo(2));
    }
}
