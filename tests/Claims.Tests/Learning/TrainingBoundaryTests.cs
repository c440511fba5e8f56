using System.Reflection;
using System.Runtime.CompilerServices;
using Claims.Attribution.Learned;
using Claims.Training.Attribution;

namespace Claims.Tests.Learning;

/// <summary>Dataset training and scoring live outside the library; what they need from it is public.</summary>
public class TrainingBoundaryTests
{
    [Test]
    public void TheLibraryOpensItsInternalsToNoEvaluationTool()
    {
        var friends = typeof(Document).Assembly.GetCustomAttributes<InternalsVisibleToAttribute>().Select(a => a.AssemblyName).ToList();
        Assert.That(friends, Does.Not.Contain("Claims.Evaluation"));
        Assert.That(friends, Does.Contain("Claims.Training"));
    }

    [Test]
    public void TheAttributionModelsTrainingEntryPointsAreInTheTrainingPackage()
    {
        const BindingFlags Any = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.Instance;
        Assert.That(typeof(LearnedAttributionModel).GetMethods(Any).Select(m => m.Name), Does.Not.Contain("Train"));
        Assert.That(typeof(AttributionTaggerModel).GetMethods(Any).Select(m => m.Name), Does.Not.Contain("Train"));
        Assert.That(typeof(TextSpan).GetMethods(Any).Select(m => m.Name), Does.Not.Contain("MatchOneToOne"));
        Assert.That(typeof(LearnedAttributionTrainer).IsPublic && typeof(LearnedAttributionModel).IsPublic, Is.True);
    }

    [Test]
    public void SpansMatchOneToOneBestJaccardFirst()
    {
        // Span 0 overlaps both targets; target 1 is its better match, so target 0 goes to span 1.
        TextSpan[] spans = [new(0, 10), new(0, 6)];
        TextSpan[] targets = [new(0, 5), new(1, 10)];
        var (spanMatch, targetMatch) = SpanMatching.MatchOneToOne(spans, targets);
        Assert.That(spanMatch, Is.EqualTo(new[] { 1, 0 }));
        Assert.That(targetMatch, Is.EqualTo(new[] { 1, 0 }));
    }

    [Test]
    public void SpansBelowTheJaccardThresholdStayUnmatched()
    {
        var (spanMatch, targetMatch) = SpanMatching.MatchOneToOne([new TextSpan(0, 10)], [new TextSpan(8, 20)]);
        Assert.That(spanMatch, Is.EqualTo(new[] { -1 }));
        Assert.That(targetMatch, Is.EqualTo(new[] { -1 }));
    }
}
