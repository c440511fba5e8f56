using Claims.Stance;
using Claims.Text;

namespace Claims.Semantic.Tests;

public class SemanticStanceTests
{
    [Test]
    public void SoftmaxRegressionLearnsAndRoundTrips()
    {
        var random = new Random(3);
        var x = new List<float[]>();
        var y = new List<int>();
        for (int i = 0; i < 600; i++)
        {
            int label = i % 3;
            var row = new float[4];
            for (int d = 0; d < 4; d++) row[d] = (float)random.NextDouble() * 0.5f;
            row[label] += 1;
            x.Add(row);
            y.Add(label);
        }
        var model = SoftmaxRegression.Train(x, y, 4, 3, seed: 1, epochs: 30, rate: 0.05f);
        var p = new float[3];
        int right = 0;
        for (int i = 0; i < x.Count; i++)
        {
            model.Predict(x[i], p);
            if (Array.IndexOf(p, p.Max()) == y[i]) right++;
        }
        Assert.That(right, Is.GreaterThan(570));
        var text = new StringWriter();
        model.Save(text);
        var again = SoftmaxRegression.Load(new StringReader(text.ToString()), "test");
        var q = new float[3];
        again.Predict(x[0], q);
        model.Predict(x[0], p);
        Assert.That(q, Is.EqualTo(p));
        var retrained = SoftmaxRegression.Train(x, y, 4, 3, seed: 1, epochs: 30, rate: 0.05f);
        var r = new float[3];
        retrained.Predict(x[5], r);
        model.Predict(x[5], p);
        Assert.That(r, Is.EqualTo(p), "same seed, same model");
    }

    [Test]
    public void BrokenProjectionFileIsNamed()
    {
        var e = Assert.Throws<InvalidDataException>(() => SoftmaxRegression.Load(new StringReader("softmax-regression\t2\t3\n0.1\n"), "p.tsv"));
        Assert.That(e!.Message, Does.Contain("p.tsv"));
    }

    [Test]
    public void EmbeddingFeaturesReadMeaning()
    {
        var idf = IdfTable.FromContentTerms(["The talks collapsed on Monday.", "Negotiations broke down on Monday.", "Add two cups of flour."]);
        var featurizer = new PairFeaturizer(idf).WithFeatures(EmbeddingFeatures.Set).WithEncoder(MiniLmEncoder.Default);
        var a = featurizer.Profile("The talks collapsed on Monday.");
        var paraphrase = featurizer.Profile("Negotiations broke down on Monday. The weather was fine.");
        var unrelated = featurizer.Profile("Add two cups of flour.");
        var f = new float[featurizer.FeatureCount];
        int best = EmbeddingFeatures.Set.IndexOf(EmbeddingFeatures.CosBest);
        featurizer.Compute(a, paraphrase, f);
        float close = f[best];
        featurizer.Compute(a, unrelated, f);
        Assert.That(close, Is.GreaterThan(f[best] + 0.3f));
        Assert.That(paraphrase.Embeddings!.Sentences, Has.Count.EqualTo(2));
    }

    [Test]
    public void EvidenceFeaturesReadTheCuesOfTheSentencesClosestInMeaning()
    {
        const string claim = "Negotiations between the unions and the ministry broke down";
        var idf = IdfTable.FromContentTerms([claim, "Add two cups of flour."]);
        var set = EmbeddingFeatures.Set.With(EvidenceFeatures.Group);
        var featurizer = new PairFeaturizer(idf).WithFeatures(set).WithEncoder(MiniLmEncoder.Default);
        var a = featurizer.Profile(claim);
        var refuting = featurizer.Profile("Add two cups of flour and stir. The report that the talks collapsed is false, officials said. The oven was hot.");
        var plain = featurizer.Profile("Add two cups of flour and stir. Officials said the talks collapsed. The oven was hot. The cake is a hoax.");
        var f = new float[featurizer.FeatureCount];
        featurizer.Compute(a, refuting, f);
        Assert.That(f[set.IndexOf(EvidenceFeatures.RefutesTop3)], Is.GreaterThanOrEqualTo(1));
        Assert.That(f[set.IndexOf(EvidenceFeatures.CosRefuting)], Is.GreaterThan(0.3f), "the refuting sentence is the one about the talks");
        float refutingWeight = f[set.IndexOf(EvidenceFeatures.RefutesWeighted)];
        featurizer.Compute(a, plain, f);
        // The hoax sentence is about a cake: it counts far less than a refutation of the talks.
        Assert.That(f[set.IndexOf(EvidenceFeatures.RefutesWeighted)], Is.LessThan(refutingWeight / 2));
        Assert.That(f[set.IndexOf(EvidenceFeatures.CosRefuting)], Is.LessThan(0.3f));
        Assert.That(f[set.IndexOf(EvidenceFeatures.CosGap)], Is.GreaterThan(0));
    }

    [Test]
    public void RankedEvidenceFeaturesReadTheDenialClosestInMeaningAndWhatFollowsIt()
    {
        const string claim = "Negotiations between the unions and the ministry broke down";
        var idf = IdfTable.FromContentTerms([claim, "Add two cups of flour."]);
        var set = EmbeddingFeatures.Set.With(EvidenceFeatures.Group).With(RankedEvidenceFeatures.Group);
        var featurizer = new PairFeaturizer(idf).WithFeatures(set).WithEncoder(MiniLmEncoder.Default);
        var a = featurizer.Profile(claim);
        var denied = featurizer.Profile("The ministry denied that the talks with the unions had collapsed. Add two cups of flour and stir. The oven was hot.");
        var turned = featurizer.Profile("Officials said the talks with the unions collapsed. But scientists have since cast doubt on the report. The oven was hot.");
        var cake = featurizer.Profile("Officials said the talks with the unions collapsed. Add two cups of flour and stir. The oven was hot. The cake is a hoax.");
        var f = new float[featurizer.FeatureCount];
        featurizer.Compute(a, denied, f);
        Assert.That(f[set.IndexOf(RankedEvidenceFeatures.StrongRefutesTop3)], Is.GreaterThanOrEqualTo(1));
        float cosDenial = f[set.IndexOf(RankedEvidenceFeatures.CosStrongRefuting)];
        Assert.That(cosDenial, Is.GreaterThan(0.3f), "the denial is about the talks");
        Assert.That(f[set.IndexOf(RankedEvidenceFeatures.BestPosition)], Is.EqualTo(0f), "the closest sentence is the first");
        Assert.That(f[set.IndexOf(RankedEvidenceFeatures.CosSecond)], Is.LessThan(cosDenial));
        featurizer.Compute(a, turned, f);
        Assert.That(f[set.IndexOf(RankedEvidenceFeatures.RefutesAfterBest)], Is.GreaterThanOrEqualTo(1), "'doubt' follows the report");
        Assert.That(f[set.IndexOf(RankedEvidenceFeatures.ContrastsNearBest)], Is.GreaterThanOrEqualTo(1), "'But' opens the next sentence");
        featurizer.Compute(a, cake, f);
        Assert.That(f[set.IndexOf(RankedEvidenceFeatures.CosStrongRefuting)], Is.LessThan(cosDenial - 0.2f), "the hoax is a cake");
        Assert.That(f[set.IndexOf(RankedEvidenceFeatures.RefutesAfterBest)], Is.EqualTo(0f), "the hoax comes three sentences after the report");
    }

    [Test]
    public void EmbeddingFeaturesWithoutAnEncoderFailClearly()
    {
        var featurizer = new PairFeaturizer(IdfTable.FromContentTerms(["a b"])).WithFeatures(EmbeddingFeatures.Set);
        var p = featurizer.Profile("The talks collapsed.");
        var e = Assert.Throws<InvalidOperationException>(() => featurizer.Compute(p, p, new float[featurizer.FeatureCount]));
        Assert.That(e!.Message, Does.Contain("sentence encoder"));
    }

    [Test]
    public void TheLexicalModelCannotBeLoadedAsASemanticOne()
    {
        using var stream = new MemoryStream();
        StanceModel.Default.Save(stream);
        stream.Position = 0;
        var e = Assert.Throws<InvalidDataException>(() => StanceModel.Load(stream, EmbeddingFeatures.Set, MiniLmEncoder.Default));
        Assert.That(e!.Message, Does.Contain("emb_cos_whole"));
    }
}

public class ShippedSemanticStanceTests
{
    [Test]
    public void TheShippedModelLoadsWithItsProjection()
    {
        var model = SemanticStanceModel.LoadShipped(MiniLmEncoder.Default);
        Assert.That(model.Model.Labels, Is.EqualTo(new[] { "agree", "disagree", "discuss", "unrelated" }));
        Assert.That(model.Model.Featurizer.Features.Names, Does.Contain("emb_cos_best").And.Contain("emb_refute_top3").And.Contain("emb_proj_disagree"));
        Assert.That(model.Model.Featurizer.FeatureCount, Is.EqualTo(169 + 9 + 10 + 4));
        Assert.That(model.Projection.Regression!.Inputs, Is.EqualTo(3 * 384), "[u*v, |u-v|] and the body's whole vector");
    }

    [Test]
    public void TheShippedBodyStanceModelReadsTheSameFeaturesWithMoreTrees()
    {
        var analyzer = SemanticStanceModel.LoadShipped(MiniLmEncoder.Default).Model;
        var body = Claims.Training.BodyStanceModels.LoadSemantic(MiniLmEncoder.Default).Model;
        Assert.That(body.Labels, Is.EqualTo(analyzer.Labels));
        Assert.That(body.Featurizer.Features.Names, Is.EqualTo(analyzer.Featurizer.Features.Names));
        Assert.That(body.Description, Does.Contain("300 trees").And.Contain("rate 0.1"));
        Assert.That(analyzer.Description, Does.Contain("100 trees"), "the analyzer keeps the model its lead-stance thresholds were tuned on");
    }

    [Test]
    public void ModelVerdictsOnTheSeedsGiveTheirMeaningEvidence()
    {
        var seeds = Directory.GetFiles(Path.Combine(TestContext.CurrentContext.TestDirectory, "seeds"), "*.txt")
            .Order(StringComparer.Ordinal).Select(f => Article.FromFile(f)).ToList();
        // Neutral pairs are kept: most pairs the model judges alone are neutral, and they carry the evidence too.
        var builder = new ClaimAnalyzerBuilder().UseDefaults().UseSemantic();
        builder.IncludeNeutral = true;
        var report = builder.Build().Analyze(seeds);
        var modelPairs = report.Pairs.Where(p => p.Reasons.Any(r => r.StartsWith("model:", StringComparison.Ordinal))).ToList();
        Assert.That(modelPairs, Is.Not.Empty);
        foreach (var pair in modelPairs)
            Assert.That(pair.Reasons, Has.Some.StartsWith("meaning: cosine"), $"{pair.A} / {pair.B}");
    }

    [Test]
    public void BodyStanceQuotesTheClosestSentence()
    {
        var classifier = new Claims.Training.BodyStanceClassifier(Claims.Training.BodyStanceModels.LoadSemantic(MiniLmEncoder.Default).Model);
        var result = classifier.Classify("Talks between the two sides collapsed",
            "The weather in the capital was mild. Negotiators said on Monday the talks had broken down without a deal. Markets fell.");
        Assert.That(result.Reasons, Has.Some.Contains("the talks had broken down"));
    }
}
