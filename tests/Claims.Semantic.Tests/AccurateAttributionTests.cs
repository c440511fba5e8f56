using Claims.Attribution;
using Claims.Semantic.Attribution;

namespace Claims.Semantic.Tests;

/// <summary>The accurate attribution mode: projection, pooled features, the shipped model and the pipeline switch.</summary>
public class AccurateAttributionTests
{
    private const string Text = "The meeting ended late. Kirill Dmitriev said the summit had not been cancelled. Analysts believe the talks will resume in May.";

    [Test]
    public void ProjectionIsFixedBySeedAndCommutesWithMeanPooling()
    {
        var states = MiniLmEncoder.Default.EncodeTokens(Text);
        var a = new TokenStateProjection(states.Dimensions, 8, seed: 1).Project(states);
        var b = new TokenStateProjection(states.Dimensions, 8, seed: 1).Project(states);
        var c = new TokenStateProjection(states.Dimensions, 8, seed: 2).Project(states);
        Assert.That(a.Values.ToArray(), Is.EqualTo(b.Values.ToArray()));
        Assert.That(a.Values.ToArray(), Is.Not.EqualTo(c.Values.ToArray()));

        // The mean of projected states over a span equals the projection of the mean state.
        var span = new TextSpan(Text.IndexOf("the summit", StringComparison.Ordinal), Text.IndexOf(" cancelled", StringComparison.Ordinal));
        var pooled = new float[8];
        Assert.That(a.Mean(span, pooled), Is.True);
        var pieces = states.PiecesIn(span);
        var mean = new float[states.Dimensions];
        int n = 0;
        for (int p = pieces.Start.Value; p < pieces.End.Value; p++, n++)
            for (int d = 0; d < mean.Length; d++) mean[d] += states.State(p)[d];
        for (int d = 0; d < mean.Length; d++) mean[d] /= n;
        var single = new Claims.Embeddings.TokenStates("x", [new TextSpan(0, 1)], ["x"], mean, states.Dimensions);
        var projectedMean = new TokenStateProjection(states.Dimensions, 8, seed: 1).Project(single).Values.ToArray();
        Assert.That(pooled, Is.EqualTo(projectedMean).Within(1e-4f));
        Assert.That(a.Mean(new TextSpan(Text.Length, Text.Length), pooled), Is.False, "no pieces, no state");
    }

    [Test]
    public void StatesSurviveTheCacheFormat()
    {
        var projected = new TokenStateProjection(384, 4, seed: 1).Project(MiniLmEncoder.Default.EncodeTokens(Text));
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true)) projected.Write(writer);
        stream.Position = 0;
        var read = ProjectedTokenStates.Read(new BinaryReader(stream));
        Assert.That(read.Spans, Is.EqualTo(projected.Spans));
        Assert.That(read.Values.ToArray(), Is.EqualTo(projected.Values.ToArray()));
        Assert.Throws<InvalidDataException>(() => ProjectedTokenStates.Read(new BinaryReader(new MemoryStream([255, 255, 255, 255, 0, 0, 0, 0]))));
    }

    [Test]
    public void UseSemanticSwitchesTheAccurateModeOnAndItAttributes()
    {
        var builder = new ClaimAnalyzerBuilder().UseDefaults().UseSemantic(accurateAttribution: true);
        Assert.That(builder.Stages.OfType<ContextualAttributionFinder>().Count(), Is.EqualTo(1));
        Assert.That(builder.Stages.OfType<LearnedAttributionFinder>(), Is.Empty);
        var byDefault = new ClaimAnalyzerBuilder().UseDefaults().UseSemantic();
        Assert.That(byDefault.Stages.OfType<ContextualAttributionFinder>().Count(), Is.EqualTo(1), "the accurate mode is the semantic default");
        var fast = new ClaimAnalyzerBuilder().UseDefaults().UseSemantic(accurateAttribution: false);
        Assert.That(fast.Stages.OfType<LearnedAttributionFinder>().Count(), Is.EqualTo(1), "the fast mode on request");
        Assert.That(fast.Stages.OfType<ContextualAttributionFinder>(), Is.Empty);

        Assert.That(byDefault.Stages.OfType<ContextualAttributionFinder>().Single().Encoder, Is.SameAs(MiniLmEncoder.Default),
            "without an encoder the token states are float32 (int8 ones moved three seed claims: benchmarks/README.md, speed8)");
        using var given = new MiniLmEncoder();
        Assert.That(new ClaimAnalyzerBuilder().UseDefaults().UseSemantic(given).Stages.OfType<ContextualAttributionFinder>().Single().Encoder, Is.SameAs(given),
            "a given encoder gives the token states");
        var doc = builder.Build().Process(Article.FromString(Text, "t"));
        var claim = doc.Claims.FirstOrDefault(c => c.Text.Contains("had not been cancelled", StringComparison.Ordinal));
        Assert.That(claim, Is.Not.Null);
        Assert.That(claim!.Kind, Is.EqualTo(ClaimKind.Indirect));
        Assert.That(claim.Speaker, Is.EqualTo("Kirill Dmitriev"));
    }

    [Test]
    public void ARunOverManyShortArticlesAttributesAsArticleByArticle()
    {
        // Analyze runs the stage over a chunk (short articles batched, long ones alone); Process runs it per article.
        var analyzer = new ClaimAnalyzerBuilder().UseDefaults().UseSemantic(semanticStance: false).Build();
        var articles = Enumerable.Range(0, 80).Select(i => Article.FromString(i switch
        {
            < 25 => $"Minister {i} says the deal is off",
            < 50 => $"Police deny report of {i} arrests, spokesman Karl Berg said on Monday.",
            < 78 => $"\"We will not resign,\" {i} officials told reporters in Zürich.",
            _ => string.Join(" ", Enumerable.Repeat(Text, 12)),
        }, $"a{i}")).ToList();
        Assert.That(articles.Count(a => a.Text.Length > ContextualAttributionFinder.BatchedTextChars), Is.EqualTo(2));
        var together = analyzer.Extract(articles).Articles;
        Assert.That(together.SelectMany(a => a.Claims).Count(c => c.Speaker is not null), Is.GreaterThan(40));
        for (int d = 0; d < articles.Count; d++)
        {
            var alone = analyzer.Process(articles[d]);
            Assert.That(Shape(together[d].Claims), Is.EqualTo(Shape(alone.Claims)), articles[d].Id);
        }

        static List<string> Shape(IEnumerable<Claim> claims) =>
            claims.Select(c => $"{c.Span} {c.Kind} {c.Speaker} {c.CueSpan} | {c.Text} | {string.Join(",", c.Embedding!.Values.ToArray())}").ToList();
    }
}
