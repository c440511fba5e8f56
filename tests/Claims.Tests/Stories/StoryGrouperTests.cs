using Claims.Stories;

namespace Claims.Tests.Stories;

/// <summary>Story grouping on small synthetic corpora: three events, three outlets each, plus distractors.</summary>
public class StoryGrouperTests
{
    private static readonly Lazy<ClaimAnalyzer> Analyzer = new(ClaimAnalyzer.CreateDefault);

    private static readonly (string Id, string Story, string Text)[] Corpus =
    [
        ("quake-1", "quake", "A magnitude 7.1 earthquake struck northern Chile near the port of Iquique on Tuesday.\nThe quake shook buildings in Iquique and Arica, and authorities issued a tsunami warning for the Chilean coast."),
        ("merger-1", "merger", "Brewer Heineken agreed to buy rival Carlsberg in a deal worth 40 billion euros.\nThe Heineken board said the Carlsberg takeover would close next year, pending approval by competition regulators."),
        ("vote-1", "vote", "Nigerians voted on Saturday in a presidential election between Buhari and Atiku.\nTurnout was low in Lagos, where polling stations opened late, election observers said."),
        ("quake-2", "quake", "Chile lifted its tsunami warning after the earthquake off Iquique.\nThe quake, magnitude 7.1, damaged roads near Iquique and Arica, the Chilean interior ministry said."),
        ("merger-2", "merger", "Carlsberg shareholders will receive cash under the Heineken takeover, the brewers said.\nRegulators in Brussels are expected to review the Heineken deal for Carlsberg."),
        ("vote-2", "vote", "Counting began in Nigeria's presidential election after polls closed on Saturday.\nBuhari and Atiku both said they expected to win; observers reported late openings at polling stations in Lagos."),
        ("quake-3", "quake", "Residents of Iquique slept outdoors after the magnitude 7.1 earthquake, fearing aftershocks.\nChile's navy said the tsunami warning had been lifted along the coast near Arica."),
        ("merger-3", "merger", "Heineken's bid for Carlsberg would create the world's largest brewer.\nCarlsberg investors welcomed the takeover price, and Heineken said competition regulators would be consulted."),
        ("vote-3", "vote", "Atiku accused Buhari's party of rigging in Lagos as the presidential election count went on.\nNigeria's election commission said results from polling stations would be announced within days."),
    ];

    // The corpora here are small: grouping is asked for from two articles on (the default starts at 20).
    private static readonly StoryGrouper Grouper = new(new StoryGrouperOptions { MinArticles = 2 });

    private static IReadOnlyList<Story> Stories(IEnumerable<(string Id, string Story, string Text)> corpus) =>
        Grouper.Group(corpus.Select(x => Analyzer.Value.Process(Article.FromString(x.Text, x.Id))).ToList(), default);

    [Test]
    public void AHandfulOfArticlesIsOneStory()
    {
        var report = Analyzer.Value.Extract(Corpus.Take(4).Select(x => Article.FromString(x.Text, x.Id)));
        Assert.That(report.Stories, Has.Count.EqualTo(1));
        Assert.That(report.Stories[0].Articles, Has.Count.EqualTo(4));
    }

    [Test]
    public void ThreeEventsGiveThreeStories()
    {
        var stories = Stories(Corpus);
        var groups = stories.Select(s => s.Articles.Select(a => a.Split('-')[0]).Distinct().ToList()).ToList();
        Assert.That(stories, Has.Count.EqualTo(3), string.Join(" / ", stories.Select(s => string.Join(",", s.Articles))));
        Assert.That(groups, Has.All.Count.EqualTo(1), "every story holds one event's articles");
        Assert.That(stories.Select(s => s.Articles.Count), Has.All.EqualTo(3));
    }

    [Test]
    public void StoriesAreNumberedByFirstArticleAndListArticlesInInputOrder()
    {
        var stories = Stories(Corpus);
        Assert.That(stories.Select(s => s.Id), Is.EqualTo(new[] { "s1", "s2", "s3" }));
        Assert.That(stories[0].Articles, Is.EqualTo(new[] { "quake-1", "quake-2", "quake-3" }));
        Assert.That(stories[1].Articles, Is.EqualTo(new[] { "merger-1", "merger-2", "merger-3" }));
        Assert.That(stories.Select(s => s.Title), Has.All.Not.Empty);
    }

    [Test]
    public void TheSamePartitionWhateverTheInputOrder()
    {
        static string Partition(IReadOnlyList<Story> stories) =>
            string.Join(" / ", stories.Select(s => string.Join(",", s.Articles.Order(StringComparer.Ordinal))).Order(StringComparer.Ordinal));
        Assert.That(Partition(Stories(Corpus.Reverse())), Is.EqualTo(Partition(Stories(Corpus))));
    }

    [Test]
    public void OneSharedNameDoesNotMakeOneStory()
    {
        (string, string, string)[] corpus =
        [
            ("a", "x", "Trump signed an executive order on tariffs for Chinese steel imports.\nThe steel tariffs take effect in March, the White House said."),
            ("b", "y", "Trump played golf in Scotland at his Turnberry resort over the weekend.\nThe Turnberry visit drew protesters to the golf course."),
        ];
        Assert.That(Stories(corpus), Has.Count.EqualTo(2));
    }

    [Test]
    public void EveryArticleIsInExactlyOneStory()
    {
        var ids = Corpus.Select(x => x.Id).ToList();
        Assert.That(Stories(Corpus).SelectMany(s => s.Articles), Is.EquivalentTo(ids));
    }

    [Test]
    public void ArticleVectorsJoinStoriesTheWordsDoNotLink()
    {
        (string, string, string)[] corpus =
        [
            ("a", "x", "Talks between the unions and the rail operator collapsed late on Monday night."),
            ("b", "x", "Negotiations to end the train strike made no headway, drivers' representatives conceded."),
        ];
        var articles = corpus.Select(x => Article.FromString(x.Item3, x.Item1)).ToList();
        var documents = articles.Select(a => Analyzer.Value.Process(a)).ToList();
        Assert.That(Grouper.Group(documents, default), Has.Count.EqualTo(2), "no shared salient term");
        var withVectors = new StoryGrouper(new StoryGrouperOptions { MinArticles = 2, LinkThreshold = 0.3, MergeThreshold = 0.3 }, new SameVector());
        Assert.That(withVectors.Group(documents, default), Has.Count.EqualTo(1), "the vectors say both are one topic");
    }

    [Test]
    public void WithOptionsKeepsTheVectorsAndChangesOnlyWhatItNames()
    {
        var options = new StoryGrouperOptions { MinArticles = 2, LinkThreshold = 0.3, MergeThreshold = 0.3 };
        var vectors = new SameVector();
        var grouper = new StoryGrouper(options, vectors);
        var same = grouper.WithOptions(grouper.Options);
        var documents = Corpus.Select(x => Analyzer.Value.Process(Article.FromString(x.Text, x.Id))).ToList();
        Assert.That(same.Vectors, Is.SameAs(vectors), "the vectors the grouper had");
        Assert.That(same.Options, Is.EqualTo(options));
        Assert.That(Describe(same.Group(documents, default)), Is.EqualTo(Describe(grouper.Group(documents, default))));
        var changed = grouper.WithOptions(grouper.Options with { LinkThreshold = 0.9 });
        Assert.That(changed.Options, Is.EqualTo(options with { LinkThreshold = 0.9 }));
        Assert.That(changed.Vectors, Is.SameAs(vectors));
        var other = new SameVector();
        Assert.That(grouper.WithOptions(options, other).Vectors, Is.SameAs(other));
        Assert.Throws<ArgumentNullException>(() => grouper.WithOptions(null!));
        Assert.Throws<ArgumentOutOfRangeException>(() => grouper.WithOptions(options with { SalientTerms = 0 }));
    }

    [Test]
    public void HeadlinesThatLinkToEachOtherJoinTheStoryTheySumUp()
    {
        (string, string, string)[] headlines =
        [
            ("h-1", "quake", "Iquique residents return home as tsunami warning ends"),
            ("h-2", "quake", "Tsunami warning ends, Iquique residents return home"),
        ];
        var documents = Corpus.Concat(headlines).Select(x => Analyzer.Value.Process(Article.FromString(x.Item3, x.Item1))).ToList();
        string StoryOf(IReadOnlyList<Story> stories, string id) => string.Join(",", stories.Single(s => s.Articles.Contains(id)).Articles);
        // The articles here are short: a headline is at most 7 salient terms, the quake reports 11 or 12.
        var options = Grouper.Options with { AttachMaxTerms = 7 };
        var apart = new StoryGrouper(options with { AttachShortStories = false }).Group(documents, default);
        Assert.That(StoryOf(apart, "h-1"), Is.EqualTo("h-1,h-2"), "the headlines link to each other, not to one body");
        var joined = new StoryGrouper(options).Group(documents, default);
        Assert.That(StoryOf(joined, "h-1"), Is.EqualTo("quake-1,quake-2,quake-3,h-1,h-2"));
    }

    [Test]
    public void HeadlinesNoCentroidTakesJoinTheStoryOfTheBodyTheyLinkTo()
    {
        (string, string, string)[] headlines =
        [
            ("h-1", "quake", "Iquique residents return home as tsunami warning ends"),
            ("h-2", "quake", "Tsunami warning ends, Iquique residents return home"),
            ("h-4", "none", "Chile and Nigeria"),
        ];
        var documents = Corpus.Concat(headlines).Select(x => Analyzer.Value.Process(Article.FromString(x.Item3, x.Item1))).ToList();
        string StoryOf(IReadOnlyList<Story> stories, string id) => string.Join(",", stories.Single(s => s.Articles.Contains(id)).Articles);
        // No centroid is similar enough (0.99): only the headlines' link to one body can attach them.
        var options = Grouper.Options with { AttachMaxTerms = 7, AttachThreshold = 0.99 };
        var off = new StoryGrouper(options with { ArticleAttachThreshold = 1 }).Group(documents, default);
        Assert.That(StoryOf(off, "h-1"), Is.EqualTo("h-1,h-2"), Describe(off));
        var on = new StoryGrouper(options).Group(documents, default);
        Assert.That(StoryOf(on, "h-1"), Is.EqualTo("quake-1,quake-2,quake-3,h-1,h-2"), Describe(on));
        Assert.That(StoryOf(on, "h-4"), Is.EqualTo("h-4"), "two shared names are no link: the headline stays alone");
        var strict = new StoryGrouper(options with { ArticleAttachThreshold = 0.95 }).Group(documents, default);
        Assert.That(StoryOf(strict, "h-1"), Is.EqualTo("h-1,h-2"), "a link weaker than the threshold attaches nothing");
        Assert.Throws<ArgumentOutOfRangeException>(() => new StoryGrouper(options with { ArticleAttachThreshold = 1.5 }));
    }

    [Test]
    public void EveryArticleIsInExactlyOneStoryWhateverTheAttachSettings()
    {
        (string, string, string)[] headlines =
        [
            ("h-1", "quake", "Iquique residents return home as tsunami warning ends"),
            ("h-2", "quake", "Tsunami warning ends, Iquique residents return home"),
            ("h-3", "merger", "Heineken to buy Carlsberg"),
            ("h-4", "none", "Chile and Nigeria"),
        ];
        var documents = Corpus.Concat(headlines).Select(x => Analyzer.Value.Process(Article.FromString(x.Item3, x.Item1))).ToList();
        var ids = documents.Select(d => d.Article.Id).ToList();
        foreach (bool stories in new[] { false, true })
            foreach (bool single in new[] { false, true })
            {
                var grouper = new StoryGrouper(Grouper.Options with { AttachMaxTerms = 7, AttachShortStories = stories, AttachToSingleArticles = single });
                Assert.That(grouper.Group(documents, default).SelectMany(s => s.Articles), Is.EquivalentTo(ids), $"short stories {stories}, single articles {single}");
            }
    }

    [Test]
    public void TermsOfOneArticleAloneAreNotSalient()
    {
        var documents = Corpus.Select(x => Analyzer.Value.Process(Article.FromString(x.Text, x.Id))).ToList();
        var shared = Grouper.SalientTerms(documents, default);
        var all = new StoryGrouper(Grouper.Options with { MinDocumentFrequency = 1 }).SalientTerms(documents, default);
        int Frequency(string term) => all.Count(t => t.ContainsKey(term));
        Assert.That(all.SelectMany(t => t.Keys).Any(t => Frequency(t) == 1), "some terms are one article's own");
        Assert.That(shared.SelectMany(t => t.Keys).Select(Frequency), Has.All.GreaterThanOrEqualTo(2));
        Assert.That(shared.Select(t => t.Values.Sum(w => (double)w * w)), Has.All.EqualTo(1.0).Within(1e-4), "unit length");
    }

    private static string Describe(IReadOnlyList<Story> stories) =>
        string.Join(" / ", stories.Select(s => $"{s.Id} {s.Title}: {string.Join(",", s.Articles)}"));

    [Test]
    public void BadOptionsAreRejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new StoryGrouper(new StoryGrouperOptions { SalientTerms = 0 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => new StoryGrouper(new StoryGrouperOptions { MergeThreshold = 1.5 }));
    }

    private sealed class SameVector : IArticleVectorSource
    {
        public ReadOnlyMemory<float> VectorOf(Document document) => new float[] { 0.6f, 0.8f };
    }
}
