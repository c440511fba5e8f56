using Claims.Embeddings;

namespace Claims.Semantic.Tests;

public class EncoderTests
{
    private static MiniLmEncoder Encoder => MiniLmEncoder.Default;

    [Test]
    public void VectorsAreUnitLengthAndHaveTheModelsDimensions()
    {
        var v = Encoder.Encode("The summit was postponed, not cancelled.");
        Assert.That(v.Dimensions, Is.EqualTo(384));
        Assert.That(Encoder.Dimensions, Is.EqualTo(384));
        Assert.That(v.Dot(v), Is.EqualTo(1f).Within(1e-5));
    }

    [Test]
    public void SameTextGivesTheSameBytesWhateverItIsEncodedWith()
    {
        const string text = "Russia said the summit had not been cancelled.";
        var alone = Encoder.Encode(text);
        var batched = Encoder.Encode(["A short one.", text, "Another sentence of a different length, longer than the others by far.", "Russia said the summit had been cancelled today."]);
        Assert.That(batched[1], Is.EqualTo(alone));
        Assert.That(Encoder.Encode(text), Is.EqualTo(alone));
    }

    [Test]
    public void PaddedSmallBatchesGiveTheBytesOfUnpaddedOnes()
    {
        // Texts of many lengths, one or two of each: the default batching pads them together under the attention mask.
        var texts = Enumerable.Range(1, 30).Select(i => string.Join(' ', Enumerable.Repeat("talks", i % 15 + 1)) + $" ended on day {i}.").ToArray();
        using var unpadded = new MiniLmEncoder(new MiniLmEncoderOptions { SmallBatchWordPieces = 0 });
        Assert.That(Encoder.Encode(texts), Is.EqualTo(unpadded.Encode(texts)));
        Assert.That(new MiniLmEncoderOptions().SmallBatchWordPieces, Is.GreaterThan(0));
    }

    [Test]
    public void ConcurrentCallsGiveWhatSequentialCallsGive()
    {
        var texts = Enumerable.Range(0, 24).Select(i => $"Sentence number {i} says that the talks lasted {i + 2} hours.").ToArray();
        var expected = Encoder.Encode(texts);
        var actual = new Embedding[texts.Length];
        Parallel.For(0, texts.Length, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i => actual[i] = Encoder.Encode(texts[i]));
        Assert.That(actual, Is.EqualTo(expected));
    }

    [Test]
    public void ParaphraseIsCloserThanAnUnrelatedSentence()
    {
        var v = Encoder.Encode(["The talks collapsed on Monday.", "Negotiations broke down on Monday.", "Add two cups of flour and stir."]);
        Assert.That(v[0].Cosine(v[1]), Is.GreaterThan(v[0].Cosine(v[2]) + 0.3f));
    }

    [Test]
    public void EmptyAndWhitespaceTextsGetTheVectorOfNoWords()
    {
        var v = Encoder.Encode(["", "   \n\t", "\u200B"]);
        Assert.That(v[0].Dot(v[0]), Is.EqualTo(1f).Within(1e-5));
        Assert.That(v[1], Is.EqualTo(v[0]));
        Assert.That(v[2], Is.EqualTo(v[0]));
    }

    [Test]
    public void NonEnglishTextGetsAFiniteUnitVector()
    {
        var v = Encoder.Encode(["Путин заявил, что саммит не отменён.", "峰会被推迟了，没有取消。", "مؤتمر القمة تأجل", "🙂🙂🙂"]);
        foreach (var e in v) Assert.That(e.Dot(e), Is.EqualTo(1f).Within(1e-4));
    }

    [Test]
    public void HundredThousandCharactersAreEncodedInWindowsNotTruncated()
    {
        string head = string.Concat(Enumerable.Repeat("The summit in Budapest was postponed by the Kremlin. ", 100));
        string tail = string.Concat(Enumerable.Repeat("Heavy rain flooded the valley and farmers lost their crops. ", 1600));
        var text = head + tail;
        Assert.That(text.Length, Is.GreaterThan(100_000));
        var v = Encoder.Encode([text, head, tail]);
        Assert.That(v[0].Dot(v[0]), Is.EqualTo(1f).Within(1e-4));
        // The whole text reads mostly like its long tail, yet its head still counts.
        Assert.That(v[0].Cosine(v[2]), Is.GreaterThan(v[0].Cosine(v[1])));
        Assert.That(v[0].Cosine(v[2]), Is.LessThan(0.9999f));
    }

    [Test]
    public void NullTextIsRejectedNamingItsIndex()
    {
        var e = Assert.Throws<ArgumentNullException>(() => Encoder.Encode(["fine", null!]));
        Assert.That(e!.Message, Does.Contain("index 1"));
    }

    [Test]
    public void CancelledEncodingStops()
    {
        using var cancel = new CancellationTokenSource();
        cancel.Cancel();
        Assert.That(() => Encoder.Encode(["The talks collapsed."], cancel.Token), Throws.InstanceOf<OperationCanceledException>());
        Assert.That(() => Encoder.EncodeTokens("The talks collapsed.", cancel.Token), Throws.InstanceOf<OperationCanceledException>());
    }

    [Test]
    public void CorruptModelFailsWithAMessageNamingIt()
    {
        string dir = Path.Combine(Path.GetTempPath(), "claims-semantic-tests-" + Environment.ProcessId);
        Directory.CreateDirectory(dir);
        string model = Path.Combine(dir, "broken.onnx"), vocab = Path.Combine(dir, "vocab.txt");
        File.WriteAllBytes(model, [1, 2, 3, 4, 5, 6, 7, 8]);
        File.WriteAllLines(vocab, ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "a"]);
        using var encoder = MiniLmEncoder.FromFiles(model, vocab);
        var e = Assert.Throws<InvalidDataException>(() => encoder.Encode("a"));
        Assert.That(e!.Message, Does.Contain(model));
    }

    [Test]
    public void VocabularyWithoutSpecialPiecesFailsNamingIt()
    {
        string dir = Path.Combine(Path.GetTempPath(), "claims-semantic-tests-" + Environment.ProcessId);
        Directory.CreateDirectory(dir);
        string model = Path.Combine(dir, "m.onnx"), vocab = Path.Combine(dir, "words.txt");
        File.WriteAllBytes(model, [0]);
        File.WriteAllLines(vocab, ["a", "b"]);
        using var encoder = MiniLmEncoder.FromFiles(model, vocab);
        var e = Assert.Throws<InvalidDataException>(() => encoder.Encode("a"));
        Assert.That(e!.Message, Does.Contain(vocab).And.Contain("[UNK]"));
    }

    [Test]
    public void MissingModelFileIsNamed()
    {
        var e = Assert.Throws<FileNotFoundException>(() => MiniLmEncoder.FromFiles("/no/such/model.onnx", "/no/such/vocab.txt"));
        Assert.That(e!.Message, Does.Contain("/no/such/model.onnx"));
    }
}
