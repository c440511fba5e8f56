using System.Text.Json;
using Claims.Attribution;

namespace Claims.Tests.Attribution;

/// <summary>
/// Runs every default stage (the rules and the learned attribution stage) on the five seed articles and checks <c>seeds/gold.json</c>: each <c>speakers</c>
/// anchor is covered (at least half its characters) by a claim of the named speaker (null: an author claim), and the
/// pair anchors are covered by claims.
/// </summary>
public class SeedGoldAttributionTests
{
    private static readonly Lazy<Dictionary<string, Document>> Docs = new(() =>
        SeedFiles.All().ToDictionary(a => a.Id, Pipeline.RunDefault, StringComparer.Ordinal));

    private static JsonElement Gold() =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(SeedFiles.Directory, "gold.json"))).RootElement;

    public static IEnumerable<TestCaseData> SpeakerCases()
    {
        foreach (var e in Gold().GetProperty("speakers").EnumerateArray())
        {
            string article = e.GetProperty("article").GetString()!;
            string anchor = e.GetProperty("anchor").GetString()!;
            string? speaker = e.GetProperty("speaker").ValueKind == JsonValueKind.Null ? null : e.GetProperty("speaker").GetString();
            yield return new TestCaseData(article, anchor, speaker).SetName($"SeedSpeaker {article[..3]} {anchor[..Math.Min(30, anchor.Length)]}");
        }
    }

    private static List<Claim> Covering(Document doc, string anchor)
    {
        int at = doc.Text.IndexOf(anchor, StringComparison.Ordinal);
        Assert.That(at, Is.GreaterThanOrEqualTo(0), $"anchor '{anchor}' not in {doc.Article.Id}");
        var span = new TextSpan(at, at + anchor.Length);
        return doc.Claims.Where(c => c.Span.OverlapLength(span) * 2 >= span.Length).ToList();
    }

    [TestCaseSource(nameof(SpeakerCases))]
    public void SpeakerAnchorIsAttributed(string article, string anchor, string? speaker)
    {
        var doc = Docs.Value[article];
        var covering = Covering(doc, anchor);
        string found = string.Join(" | ", covering.Select(c => $"{c.Kind} [{c.Speaker}] {c.Text}"));
        if (speaker is null)
            Assert.That(covering.Any(c => c.Speaker is null && c.Kind == ClaimKind.Author), Is.True, found);
        else
            Assert.That(covering.Any(c => c.Speaker is { } s && s.Contains(speaker, StringComparison.Ordinal)), Is.True, found);
    }

    [Test]
    public void PairAnchorsAreCoveredByClaims()
    {
        foreach (var pair in Gold().GetProperty("pairs").EnumerateArray())
            foreach (var side in new[] { "a", "b" })
            {
                var e = pair.GetProperty(side);
                var doc = Docs.Value[e.GetProperty("article").GetString()!];
                Assert.That(Covering(doc, e.GetProperty("anchor").GetString()!), Is.Not.Empty, pair.GetProperty("id").GetString());
            }
    }

    [Test]
    public void C1SidesAreDmitrievAndTrumpCounter()
    {
        var doc = Docs.Value["000_78797ef3dd2ac28f"];
        Assert.That(Covering(doc, "had not been cancelled").Any(c => c.Speaker == "Kirill Dmitriev" && c.Kind == ClaimKind.Indirect), Is.True);
        var counter = Covering(doc, "contrary to earlier statements from Trump").Where(c => c.Kind == ClaimKind.Counter).ToList();
        Assert.That(counter, Has.Count.EqualTo(1));
        Assert.That(counter[0].Speaker, Does.Contain("Trump"));
        Assert.That(counter[0].Cue, Is.EqualTo("statements"));
    }

    [Test]
    public void SpeakersAreCanonicalWithRoles()
    {
        var doc = Docs.Value["000_78797ef3dd2ac28f"];
        var dmitriev = doc.Speakers.Single(s => s.Name == "Kirill Dmitriev");
        Assert.That(dmitriev.Roles, Has.Some.Contains("aide"));
        // Surname, pronoun and role-noun mentions all resolve to him.
        var mentions = dmitriev.Mentions.Select(doc.GetText).ToList();
        Assert.That(mentions, Does.Contain("Dmitriev").And.Contain("he").And.Contain("the Kremlin envoy"));
        Assert.That(doc.Speakers.Select(s => s.Name), Has.None.EqualTo("Vladimir Putin"));
    }

    [Test]
    public void ClaimsAreWellFormed()
    {
        foreach (var doc in Docs.Value.Values)
        {
            var ids = doc.Claims.Select(c => c.Id).ToList();
            Assert.That(ids, Is.EqualTo(Enumerable.Range(1, ids.Count).Select(n => $"{doc.Article.Id}#{n}")));
            foreach (var c in doc.Claims)
            {
                Assert.That(c.Text, Is.EqualTo(doc.Text.Substring(c.Span.Start, c.Span.Length)));
                Assert.That(c.Text, Is.EqualTo(c.Text.Trim()));
                Assert.That(doc.Furniture.Any(f => f.Span.Overlaps(c.Span)), Is.False, c.Text);
                if (c.Kind is ClaimKind.Author or ClaimKind.Headline) Assert.That(c.Speaker, Is.Null);
            }
            Assert.That(doc.Claims.Select(c => c.Span.Start), Is.Ordered);
        }
    }
}
