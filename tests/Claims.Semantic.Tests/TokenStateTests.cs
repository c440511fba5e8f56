using Claims.Embeddings;

namespace Claims.Semantic.Tests;

public class TokenStateTests
{
    private static readonly MiniLmEncoder Small = new(new MiniLmEncoderOptions { TokenWindow = 32, TokenWindowOverlap = 8 });

    [OneTimeTearDown]
    public void Dispose() => Small.Dispose();

    private static string Text(int sentences) => string.Join(" ", Enumerable.Range(0, sentences).Select(i => $"Speaker {i} said the talks in Geneva lasted {i} hours."));

    [Test]
    public void EveryPieceGetsOneStateInTextOrder()
    {
        var text = Text(20);
        var states = Small.EncodeTokens(text);
        Assert.That(states.Count, Is.EqualTo(Small.Tokenize(text).Count));
        Assert.That(states.Count, Is.GreaterThan(100), "the text must need several windows");
        for (int i = 1; i < states.Count; i++) Assert.That(states.Span(i).Start, Is.GreaterThanOrEqualTo(states.Span(i - 1).End));
        for (int i = 0; i < states.Count; i++)
        {
            var s = states.State(i);
            Assert.That(s.Length, Is.EqualTo(384));
            Assert.That(s.ToArray().All(float.IsFinite));
        }
    }

    [Test]
    public void EachPieceTakesItsStateFromTheWindowThatOwnsIt()
    {
        var text = Text(20);
        var whole = Small.EncodeTokens(text);
        // The first window holds pieces 0..29 and owns 0..25; a text of exactly those 30 pieces is one window.
        int cut = whole.Span(29).End;
        var prefix = Small.EncodeTokens(text[..cut]);
        Assert.That(prefix.Count, Is.EqualTo(30));
        for (int i = 0; i < 26; i++)
            Assert.That(whole.State(i).ToArray(), Is.EqualTo(prefix.State(i).ToArray()), $"piece {i}");
        Assert.That(whole.State(28).ToArray(), Is.Not.EqualTo(prefix.State(28).ToArray()), "piece 28 belongs to the second window");
    }

    [Test]
    public void AHundredThousandCharactersGiveStatesForAllPieces()
    {
        var text = string.Concat(Enumerable.Repeat("Zürich’s council voted on Monday. ", 3000));
        Assert.That(text.Length, Is.GreaterThan(100_000));
        var states = MiniLmEncoder.Default.EncodeTokens(text);
        Assert.That(states.Count, Is.EqualTo(3000 * 8));
        Assert.That(states.Span(states.Count - 1).End, Is.EqualTo(text.Length - 1));
    }

    [Test]
    public void PiecesInASpanAreFound()
    {
        const string text = "The envoy said the summit was postponed.";
        var states = MiniLmEncoder.Default.EncodeTokens(text);
        var range = states.PiecesIn(new TextSpan(text.IndexOf("summit", StringComparison.Ordinal), text.IndexOf(" was", StringComparison.Ordinal)));
        Assert.That(range.End.Value - range.Start.Value, Is.EqualTo(1));
        Assert.That(states.Piece(range.Start.Value), Is.EqualTo("summit"));
    }

    [Test]
    public void ManyTextsTogetherGiveTheBytesOfEachAlone()
    {
        // Short texts of equal and of different lengths (padded together under the mask), an empty one, and long ones
        // of several windows (windows of 32 pieces: the small encoder), in one call and one by one.
        var texts = new List<string> { "", Text(20), Text(7) };
        for (int i = 0; i < 60; i++)
            texts.Add(i % 3 == 0 ? $"Minister {i} says the deal is off" : i % 3 == 1 ? $"Police deny report of {i} arrests in Zürich" : $"Officials said {i} people were hurt.");
        foreach (var encoder in new[] { Small, MiniLmEncoder.Default })
        {
            var together = encoder.EncodeTokens(texts);
            Assert.That(together, Has.Count.EqualTo(texts.Count));
            for (int t = 0; t < texts.Count; t++)
            {
                var alone = encoder.EncodeTokens(texts[t]);
                Assert.That(together[t].Text, Is.SameAs(texts[t]));
                Assert.That(together[t].Count, Is.EqualTo(alone.Count), texts[t]);
                for (int i = 0; i < alone.Count; i++)
                {
                    Assert.That(together[t].Span(i), Is.EqualTo(alone.Span(i)));
                    Assert.That(together[t].Piece(i), Is.EqualTo(alone.Piece(i)));
                    Assert.That(together[t].State(i).ToArray(), Is.EqualTo(alone.State(i).ToArray()), $"text {t}, piece {i}");
                }
            }
        }
    }

    [Test]
    public void ManyTextsRejectANullTextNamingItsIndex()
    {
        var e = Assert.Throws<ArgumentNullException>(() => MiniLmEncoder.Default.EncodeTokens(["a", null!]));
        Assert.That(e!.Message, Does.Contain("index 1"));
    }

    [Test]
    public void CancelledTokenEncodingOfManyTextsStops()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        Assert.That(() => MiniLmEncoder.Default.EncodeTokens(["The envoy said the summit was postponed.", "Talks resume"], cancelled.Token),
            Throws.InstanceOf<OperationCanceledException>());
    }

    [Test]
    public void EmptyTextHasNoPieces()
    {
        Assert.That(MiniLmEncoder.Default.EncodeTokens("").Count, Is.Zero);
    }
}
