using Claims.Attribution;

namespace Claims.Tests.Attribution;

/// <summary>
/// <see cref="AttributionSpanIndex"/> answers exactly what a pass over all attributions answers (the pass it replaced
/// in <see cref="ContentBoundaryRefiner"/>), on seeded random attributions with overlaps, empty spans and ties.
/// </summary>
public class AttributionSpanIndexTests
{
    [Test]
    public void AnswersAsAPassOverAllAttributions([Values(1, 2, 3, 4, 5)] int seed)
    {
        var random = new Random(seed);
        TextSpan RandomSpan(int maxLength)
        {
            int start = random.Next(0, 200);
            return new TextSpan(start, start + random.Next(0, maxLength));
        }
        var all = Enumerable.Range(0, random.Next(1, 40)).Select(_ => new AttributionSpan
        {
            Content = RandomSpan(60),
            Cue = random.Next(4) == 0 ? null : RandomSpan(6),
            Source = random.Next(3) == 0 ? null : RandomSpan(10),
            Kind = ClaimKind.Indirect,
        }).ToList();
        var index = new AttributionSpanIndex(all);
        for (int query = 0; query < 300; query++)
        {
            int owner = random.Next(all.Count);
            var span = RandomSpan(40);
            Assert.That(index.ContentOverlapsOther(owner, span),
                Is.EqualTo(all.Where((a, i) => i != owner && a.Content.Overlaps(span)).Any()), $"content {span} owner {owner}");
            Assert.That(index.CueOverlapsOther(owner, span),
                Is.EqualTo(all.Where((a, i) => i != owner && a.Cue is { } c && c.Overlaps(span)).Any()), $"cue {span} owner {owner}");
            int end = span.End + random.Next(0, 80);
            int expected = end;
            for (int i = 0; i < all.Count; i++)
            {
                if (i == owner) continue;
                foreach (var s in new[] { all[i].Content, all[i].Cue, all[i].Source })
                    if (s is { IsEmpty: false } t && t.Start >= span.Start && t.Start < expected) expected = t.Start;
            }
            Assert.That(index.NextOtherSpanStart(owner, span.Start, end), Is.EqualTo(expected), $"next from {span.Start} to {end}");
        }
    }
}
