using Claims.Stance;
using Claims.Text;

namespace Claims.Tests.Stance;

public class ContextFeatureTests
{
    private static float Feature(string name, string a, string b)
    {
        var f = new PairFeaturizer(IdfTable.Empty);
        var v = new float[f.FeatureCount];
        f.Compute(f.Profile(a), f.Profile(b), v);
        int at = f.Features.Names.ToList().IndexOf(name);
        Assert.That(at, Is.GreaterThanOrEqualTo(0), name);
        return v[at];
    }

    private const string Headline = "Meteor leaves crater near Managua airport";
    private const string Refuted = "A blast left a crater near the Managua airport on Sunday. But NASA experts said the meteor story was a hoax. The airport stayed open.";
    private const string Reported = "A blast left a crater near the Managua airport on Sunday. Astronomers said a meteor caused it. The airport stayed open.";

    [Test]
    public void AnOutrightRefutationNextToTheMatchingSentenceIsRead()
    {
        Assert.That(Feature("strong_refute_near_best", Headline, Refuted), Is.EqualTo(1));
        Assert.That(Feature("strong_refute_near_best", Headline, Reported), Is.Zero);
        Assert.That(Feature("contrast_near_best", Headline, Refuted), Is.EqualTo(1));
        Assert.That(Feature("cos_strong_refuting", Headline, Refuted), Is.GreaterThan(0));
        Assert.That(Feature("cos_strong_refuting", Headline, Reported), Is.Zero);
        Assert.That(Feature("strong_refute_weighted", Headline, Refuted), Is.GreaterThan(0).And.LessThan(1));
    }

    [Test]
    public void AHeadlineCallingAHoaxAgainstABodyThatNeverDoes()
    {
        const string hoax = "Video of the meteor crater near Managua airport is a hoax";
        Assert.That(Feature("strong_refute_A", hoax, Reported), Is.EqualTo(1));
        Assert.That(Feature("strong_refute_A_clean_body", hoax, Reported), Is.EqualTo(1));
        Assert.That(Feature("strong_refute_A_clean_body", hoax, Refuted), Is.Zero);
        Assert.That(Feature("strong_refute_A_clean_body", Headline, Reported), Is.Zero);
    }
}
