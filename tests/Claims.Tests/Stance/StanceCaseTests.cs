using Claims.Stance;
using Claims.Training;

namespace Claims.Tests.Stance;

/// <summary>
/// The rule-tuning table <c>cases/stance.tsv</c>: claim A, claim B, expected relation, why. Expected is agrees,
/// contradicts, neutral, or not-contradicts / not-agrees for guard cases where only one outcome is wrong. Add a row
/// to pin down a behaviour.
/// </summary>
public class StanceCaseTests
{
    private static readonly Lazy<StanceClassifier> Classifier = new(() => new StanceClassifier());
    private static readonly Lazy<BodyStanceClassifier> Bodies = new(() => new BodyStanceClassifier(StanceModel.Default));

    public static IEnumerable<TestCaseData> Cases() =>
        CaseTable.Read("stance.tsv", ["a", "b", "expected", "why"])
            .Select(row => new TestCaseData(row["a"], row["b"], row["expected"], row["why"]).SetName($"stance.tsv:{row.Line} {row["why"]}"));

    [TestCaseSource(nameof(Cases))]
    public void Case(string a, string b, string expected, string why)
    {
        var verdict = Classifier.Value.Classify(a, b);
        string detail = $"{why}\n  A: {a}\n  B: {b}\n  got {verdict.Label}: {string.Join(" | ", verdict.Reasons)}";
        ExpectedRelation.Check(expected, verdict, detail);
        Assert.That(verdict.Reasons, Is.Not.Empty, "every verdict has a reason");
    }

    [Test]
    public void SeedCancellationNamesTheCancellation()
    {
        var verdict = Classifier.Value.Classify("Trump said the summit with Putin was cancelled.", "The summit was postponed, not cancelled.");
        Assert.That(verdict.Label, Is.EqualTo(StanceLabel.Contradicts));
        Assert.That(verdict.Reasons, Has.Some.Contains("cancelled").And.Some.StartsWith("status:"));
    }

    [Test]
    public void ClaimOverloadUsesTheClaimText()
    {
        var a = new Claim { Id = "a#1", ArticleId = "a", Span = new TextSpan(0, 24), Text = "The summit was cancelled.", Kind = ClaimKind.Author };
        var b = a with { Id = "b#1", ArticleId = "b", Text = "The summit was not cancelled." };
        Assert.That(Classifier.Value.Classify(a, b).Label, Is.EqualTo(StanceLabel.Contradicts));
    }

    [Test]
    public void NullsAreRejected()
    {
        Assert.Throws<ArgumentNullException>(() => Classifier.Value.Classify((string)null!, "x"));
        Assert.Throws<ArgumentNullException>(() => Classifier.Value.Classify("x", (string)null!));
        Assert.Throws<ArgumentNullException>(() => Classifier.Value.Classify((Claim)null!, null!));
        Assert.Throws<ArgumentNullException>(() => Bodies.Value.Classify(null!, "body"));
    }

    [Test]
    public void BodyStanceFindsTheRelatedSentencesAndRefutation()
    {
        const string headline = "Giant shark spotted swimming on flooded highway";
        const string body = "A photo shared widely on social media shows a shark swimming on a flooded highway after the storm. " +
                            "Experts say the photo is fake. The image is a hoax that has circulated after every major hurricane. " +
                            "The original picture of the shark was taken off the coast of South Africa.";
        var result = Bodies.Value.Classify(headline, body);
        Assert.That(result.Stance, Is.Not.EqualTo(BodyStance.Unrelated));
        Assert.That(result.Evidence, Has.Some.Contains("shark"));
        Assert.That(result.Probabilities.Values.Sum(), Is.EqualTo(1.0).Within(1e-3));
        var unrelated = Bodies.Value.Classify(headline, "The central bank raised interest rates by a quarter point on Wednesday. Markets had expected the move.");
        Assert.That(unrelated.Stance, Is.EqualTo(BodyStance.Unrelated));
    }

    public static IEnumerable<TestCaseData> BodyOpeningDenialCases() =>
        CaseTable.Read("body-opening-denial.tsv", ["headline", "body", "probabilities", "expected", "why"])
            .Select(r => new TestCaseData(r["headline"], r["body"], r["probabilities"], r["expected"], r["why"])
                .SetName($"body-opening-denial.tsv:{r.Line} {r["why"]}"));

    [TestCaseSource(nameof(BodyOpeningDenialCases))]
    public void ABodyThatOpensByDenyingTheHeadlineDisagreesThoughTheModelReadsDiscuss(string headline, string body, string probabilities, string expected, string why)
    {
        var model = StanceModel.Default;
        var given = probabilities.Split(' ').Select(x => float.Parse(x, System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        string[] order = ["agree", "disagree", "discuss", "unrelated"];
        var p = model.Labels.Select(l => given[Array.IndexOf(order, l)]).ToArray();
        // The lexical and the semantic model's repairs (gates chosen on each model's out-of-fold probabilities).
        foreach (var options in new[] { BodyStanceOptions.LexicalRepairs, BodyStanceOptions.SemanticRepairs })
        {
            var repaired = new BodyStanceClassifier(model, options);
            var result = repaired.Classify(model.Featurizer.Profile(headline), model.Featurizer.Profile(body), p);
            Assert.That(result.Stance.ToString().ToLowerInvariant(), Is.EqualTo(expected), why + ": " + string.Join(" | ", result.Reasons));
            if (expected == "disagree") Assert.That(result.Reasons, Has.Some.StartsWith("the body opens by").Or.Some.StartsWith("the headline denies the report"), why);
        }
        // Without the repair the model's most probable stance stands.
        var plain = Bodies.Value.Classify(model.Featurizer.Profile(headline), model.Featurizer.Profile(body), p);
        Assert.That(plain.Stance.ToString().ToLowerInvariant(), Is.EqualTo(order[Array.IndexOf(given, given.Max())]), why);
    }

    [Test]
    public void BodyClassificationHonorsCancellation()
    {
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        Assert.Throws<OperationCanceledException>(() => Bodies.Value.Classify("a", "b", cts.Token));
    }

    [Test]
    public void ClassifierIsSafeFromManyThreads()
    {
        var pairs = new[]
        {
            ("The summit was cancelled.", "The summit was not cancelled.", StanceLabel.Contradicts),
            ("The meeting lasted three hours.", "The meeting lasted five hours.", StanceLabel.Contradicts),
            ("The central bank raised interest rates.", "The football team won the cup final.", StanceLabel.Neutral),
        };
        var expected = pairs.Select(p => Classifier.Value.Classify(p.Item1, p.Item2).Label).ToArray();
        Assert.That(expected, Is.EqualTo(pairs.Select(p => p.Item3).ToArray()));
        Parallel.For(0, 2000, i =>
        {
            var p = pairs[i % pairs.Length];
            var label = Classifier.Value.Classify(p.Item1, p.Item2).Label;
            if (label != p.Item3) throw new InvalidOperationException($"pair {i % pairs.Length}: {label}");
        });
    }
}
