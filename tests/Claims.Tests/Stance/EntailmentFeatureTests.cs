using Claims.Text;
using Claims.Stance;

namespace Claims.Tests.Stance;

/// <summary>The directional entailment, sister-term, verb, negation-interaction and role features.</summary>
public class EntailmentFeatureTests
{
    private static readonly PairFeaturizer Featurizer = new(IdfTable.Empty);

    private static float Feature(string a, string b, string name)
    {
        int index = Featurizer.Features.Names.ToList().IndexOf(name);
        Assert.That(index, Is.GreaterThanOrEqualTo(0), name);
        var v = new float[Featurizer.FeatureCount];
        Featurizer.Compute(Featurizer.Profile(a), Featurizer.Profile(b), v);
        return v[index];
    }

    [Test]
    public void SpecificWordsEntailTheirHypernymsInOneDirectionOnly()
    {
        const string a = "A man is playing a guitar", b = "A person is playing an instrument";
        // Every content word of B is entailed by A ("man" is a person, a guitar an instrument) ...
        Assert.That(Feature(a, b, "entailed_share_B"), Is.EqualTo(1f));
        Assert.That(Feature(a, b, "entailed_idf_B"), Is.EqualTo(1f).Within(1e-6));
        // ... but only "playing" of A is entailed by B.
        Assert.That(Feature(a, b, "entailed_share_A"), Is.EqualTo(1f / 3).Within(1e-6));
        Assert.That(Feature(b, a, "entailed_share_B"), Is.EqualTo(1f / 3).Within(1e-6));
        Assert.That(Feature(b, a, "entailed_share_A"), Is.EqualTo(1f));
    }

    [Test]
    public void UnrelatedWordsAreNotEntailed()
    {
        Assert.That(Feature("A man is playing a guitar", "A cat is eating a banana", "entailed_share_B"), Is.EqualTo(0f));
        Assert.That(Feature("A man is playing a guitar", "A cat is eating a banana", "entailed_idf_A"), Is.EqualTo(0f));
    }

    [Test]
    public void WordsSharingAHypernymAreSisters()
    {
        Assert.That(Feature("A man is playing the piano", "A man is playing the keyboard", "sisters_A"), Is.EqualTo(1f));
        Assert.That(Feature("A man is playing the piano", "A man is playing the keyboard", "sisters_B"), Is.EqualTo(1f));
        Assert.That(Feature("A man is playing the guitar", "A man is eating the banana", "sisters_A"), Is.EqualTo(0f));
    }

    [Test]
    public void DifferentActionsLeaveVerbsUnaligned()
    {
        const string a = "The lady is slicing a tomato", b = "The woman is holding a tomato";
        Assert.That(Feature(a, b, "unaligned_verbs_A"), Is.EqualTo(1f));
        Assert.That(Feature(a, b, "unaligned_verbs_B"), Is.EqualTo(1f));
        Assert.That(Feature(a, b, "aligned_verbs_A"), Is.EqualTo(0f));
        Assert.That(Feature(a, "A woman is slicing a tomato", "unaligned_verbs_A"), Is.EqualTo(0f));
        Assert.That(Feature(a, "A woman is slicing a tomato", "aligned_verbs_A"), Is.EqualTo(1f));
    }

    [Test]
    public void SisterVerbsAreCountedApart()
    {
        // "slicing" and "chopping" are both kinds of cutting; "tomato" and "banana" are not verbs.
        Assert.That(Feature("A woman is slicing garlic", "A woman is chopping garlic", "verb_sisters_A"), Is.EqualTo(1f));
        Assert.That(Feature("A woman is slicing garlic", "A woman is chopping garlic", "verb_sisters_B"), Is.EqualTo(1f));
        Assert.That(Feature("A man is playing the piano", "A man is playing the keyboard", "verb_sisters_A"), Is.EqualTo(0f));
    }

    [Test]
    public void MostInformativeMissingWordWeighsByIdf()
    {
        var idf = IdfTable.FromContentTerms(["a man is playing", "a man is eating", "a man is playing a guitar", "a man is singing", "a man is playing a harp"]);
        var featurizer = new PairFeaturizer(idf);
        int index = featurizer.Features.Names.ToList().IndexOf("max_unaligned_idf_B");
        var v = new float[featurizer.FeatureCount];
        featurizer.Compute(featurizer.Profile("A man is playing"), featurizer.Profile("A man is playing a harp"), v);
        float harp = v[index];
        featurizer.Compute(featurizer.Profile("A man is singing"), featurizer.Profile("A man is playing"), v);
        float playing = v[index];
        // "harp" (one text in five) is rarer than "playing" (three in five); nothing is missing from identical texts.
        Assert.That(harp, Is.GreaterThan(playing));
        Assert.That(playing, Is.GreaterThan(0f));
        featurizer.Compute(featurizer.Profile("A man is playing"), featurizer.Profile("A man is playing"), v);
        Assert.That(v[index], Is.EqualTo(0f));
    }

    [TestCase("slicing", true)]
    [TestCase("cooked", true)]
    [TestCase("ate", true)]
    [TestCase("held", true)]
    [TestCase("ring", false)]
    [TestCase("red", false)]
    [TestCase("tomato", false)]
    public void VerbShapes(string word, bool verb) => Assert.That(UnitBuilder.LooksLikeVerb(word), Is.EqualTo(verb));

    [Test]
    public void OneSidedNegationOfTheSameStatementIsFlagged()
    {
        Assert.That(Feature("Someone is slicing a tomato", "Nobody is slicing a tomato", "neg_asym_entailed_B"), Is.GreaterThan(0.5f));
        Assert.That(Feature("Someone is slicing a tomato", "A woman is slicing a tomato", "neg_asym_entailed_B"), Is.EqualTo(0f));
        Assert.That(Feature("Nobody is slicing a tomato", "Nobody is slicing a tomato", "neg_asym_entailed_A"), Is.EqualTo(0f));
    }

    [Test]
    public void SwappedRolesAreDetected()
    {
        const string a = "The man is talking to the woman";
        Assert.That(Feature(a, "The woman is talking to the man", "first_last_swap"), Is.EqualTo(1f));
        Assert.That(Feature(a, "The woman is talking to the man", "first_term_match"), Is.EqualTo(0f));
        Assert.That(Feature(a, "A man is talking to a woman", "first_last_swap"), Is.EqualTo(0f));
        Assert.That(Feature(a, "A man is talking to a woman", "first_term_match"), Is.EqualTo(1f));
        Assert.That(Feature(a, "A man is talking to a woman", "last_term_match"), Is.EqualTo(1f));
        // WordNet-similar words match by half: "lady" is a "woman".
        Assert.That(Feature(a, "A man is talking to a lady", "last_term_match"), Is.EqualTo(0.5f));
    }

    [Test]
    public void PassiveShapeDiffers()
    {
        Assert.That(Feature("A man is eating a banana", "A banana is being eaten by a man", "passive_diff"), Is.EqualTo(1f));
        Assert.That(Feature("A banana is being eaten by a man", "A banana is being eaten by a man", "passive_diff"), Is.EqualTo(0f));
        Assert.That(Feature("A man is eating a banana", "A man is standing by a tree", "passive_diff"), Is.EqualTo(0f));
    }

    [Test]
    public void SubjectSkipsClauseNegators()
    {
        // "Nobody" is a term but not the subject: the subject of "nobody is slicing a tomato" is unknown, so the
        // first content word after it ("slicing") stands in.
        Assert.That(Feature("Nobody is slicing a tomato", "Slicing a tomato", "first_term_match"), Is.EqualTo(1f));
    }
}
