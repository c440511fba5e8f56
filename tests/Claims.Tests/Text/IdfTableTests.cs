using Claims.Text;

namespace Claims.Tests.Text;

public class IdfTableTests
{
    private static readonly string[] Texts = ["the summit was cancelled", "the summit was postponed", "talks went ahead", "the summit"];

    [Test]
    public void CountsEachTermOncePerDocumentAndSkipsRepeatedTexts()
    {
        var idf = IdfTable.FromContentTerms([.. Texts, "the summit was cancelled"]);
        string summit = TermExtractor.Default.Stem("summit");
        Assert.That(idf.DocumentCount, Is.EqualTo(4), "a repeated text is one document");
        Assert.That(idf.DocumentFrequency(summit), Is.EqualTo(3));
        Assert.That(idf.Idf(summit), Is.EqualTo(Math.Log(5.0 / 4.0) + 1).Within(1e-12));
        Assert.That(idf.Idf("neverseen"), Is.EqualTo(idf.UnseenIdf));
        Assert.That(idf.UnseenIdf, Is.EqualTo(Math.Log(5.0) + 1).Within(1e-12));
        var repeated = IdfTable.FromDocuments([["a", "a", "b"], ["a"]]);
        Assert.That(repeated.DocumentFrequency("a"), Is.EqualTo(2));
    }

    [Test]
    public void RoundTripsThroughText()
    {
        var idf = IdfTable.FromContentTerms(Texts);
        var writer = new StringWriter();
        idf.Save(writer);
        var back = IdfTable.Load(new StringReader(writer.ToString()));
        Assert.That(back.DocumentCount, Is.EqualTo(idf.DocumentCount));
        Assert.That(back.DocumentFrequencies, Is.EquivalentTo(idf.DocumentFrequencies));
        foreach (var term in idf.DocumentFrequencies.Keys) Assert.That(back.Idf(term), Is.EqualTo(idf.Idf(term)));
    }

    [Test]
    public void PruningDropsRareTermsButKeepsTheirStanceWeight()
    {
        var idf = IdfTable.FromContentTerms(Texts);
        var pruned = idf.WithMinimumDocumentFrequency(2);
        string talks = TermExtractor.Default.Stem("talks");
        Assert.That(idf.DocumentFrequency(talks), Is.EqualTo(1));
        Assert.That(pruned.DocumentFrequency(talks), Is.Zero);
        Assert.That(pruned.FeatureCount, Is.LessThan(idf.FeatureCount));
        // The stance features weigh a missing term like one seen once, so the shipped (pruned) table scores as the full one.
        int hash = Claims.Stance.UnitBuilder.Hash(talks);
        Assert.That(pruned.WeightOfHash(hash), Is.EqualTo(idf.WeightOfHash(hash)));
        Assert.That(IdfTable.Empty.WeightOfHash(hash), Is.EqualTo(1f));
    }

    [TestCase("")]
    [TestCase("garbage")]
    [TestCase("#documents\tx")]
    [TestCase("#documents\t2\nterm")]
    [TestCase("#documents\t2\nterm\t-1")]
    [TestCase("#documents\t2\nterm\t3")]
    [TestCase("#documents\t2\nterm\t1\nterm\t1")]
    public void MalformedTablesAreRejectedWithTheLine(string text) =>
        Assert.That(() => IdfTable.Load(new StringReader(text)), Throws.InstanceOf<InvalidDataException>().With.Message.Contains("IDF table"));

    [Test]
    public void NullsThrow()
    {
        Assert.That(() => IdfTable.FromContentTerms(null!), Throws.ArgumentNullException);
        Assert.That(() => IdfTable.FromContentTerms(["a text", null!]), Throws.ArgumentNullException);
        Assert.That(() => IdfTable.FromDocuments([["a"], null!]), Throws.ArgumentNullException);
        Assert.That(() => IdfTable.Empty.Idf(null!), Throws.ArgumentNullException);
        Assert.That(() => IdfTable.Load(null!), Throws.ArgumentNullException);
    }
    [Test]
    public void FeatureSetsCountAsTheirTermsDo()
    {
        // FromFeatureSets (the claim index's table) counts without a set a document: it must count as FromDocuments does.
        var extractor = new Claims.Matching.FeatureExtractor(TermExtractor.Default, ConceptLexicon.Default);
        string[] texts = [.. Texts, "Summit-summit talks: the summit, 5,000 talks", "Putin and Trump-Putin talks were postponed"];
        var sets = texts.Select(extractor.Extract).ToList();
        var direct = IdfTable.FromFeatureSets(sets);
        var counted = IdfTable.FromDocuments(sets.Select(set => set.Select(f => f.Term)));
        Assert.That(direct.DocumentCount, Is.EqualTo(counted.DocumentCount));
        Assert.That(direct.DocumentFrequencies, Is.EquivalentTo(counted.DocumentFrequencies));
        Assert.That(direct.DocumentFrequency(TermExtractor.Default.Stem("summit")), Is.EqualTo(4));
        Assert.That(direct.DocumentFrequencies, Is.Not.InstanceOf<Dictionary<string, int>>(), "the counts are not handed out for change");
    }
}
