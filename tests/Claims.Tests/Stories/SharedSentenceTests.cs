using Claims.Segmentation;
using Claims.Stories;

namespace Claims.Tests.Stories;

/// <summary>
/// Pieces of one sentence never contradict each other (<see cref="SharedSentence"/>): the FNC-1 train bodies b24 and
/// b553 read as a raw corpus, where a claim cut out of a quoted sentence ("He joins the long list of celebrities")
/// met the other article's whole quotation, whose "hoax" is its own sentence's.
/// </summary>
public class SharedSentenceTests
{
    private const string B24 = "The actor's representatives issued a statement about the hoax.\n\n"
        + "\"He joins the long list of celebrities who have been victimized by this hoax. He's still alive and, well, stop believing what you see on the Internet.\"";

    private const string Quotation = "He joins the long list of celebrities who have been victimized by this hoax. He's still alive and well, stop believing what you see on the Internet";

    // A claim of b24 covering `text`, with b24's text as its document.
    private static Claim Piece(string text, int number = 12)
    {
        int start = B24.IndexOf(text, StringComparison.Ordinal);
        return Claim.FromText("b24", number, text) with { Span = new TextSpan(start, start + text.Length), View = TextView.Of(B24) };
    }

    [Test]
    public void AFragmentAndAClaimCarryingItsSentenceOnArePiecesOfOneSentence()
    {
        var whole = Claim.FromText("b553", 5, Quotation);
        Assert.That(SharedSentence.Of(Piece("He joins the long list of celebrities"), whole), Is.Not.Null);
        Assert.That(SharedSentence.Of(whole, Piece("have been victimized by this hoax.", 13)), Is.Not.Null, "the piece after the cut, either order");
    }

    [Test]
    public void AWholeSentenceQuotedAndCalledAHoaxIsNoPiece()
    {
        // b539 / b585: "Macaulay Culkin has been found dead again." against a text that quotes it and calls it a hoax.
        var asserted = Claim.FromText("b539", 3, "Macaulay Culkin has been found dead.");
        var refuted = Claim.FromText("b585", 1, "\"Macaulay Culkin has been found dead.\" is a 100 percent fake hoax");
        Assert.That(SharedSentence.Of(asserted, refuted), Is.Null);
        Assert.That(SharedSentence.Of(Piece("He joins the long list of celebrities"), Claim.FromText("b1", 1, "He joins the long list of celebrities.")), Is.Null,
            "the other claim does not go on with the sentence");
    }

    [Test]
    public void ClaimsOfOneSentenceOfOneArticleArePiecesUnlessOneIsACounterClaim()
    {
        var a = Claim.FromText("x", 1, "the summit had not been cancelled") with { Sentence = 2 };
        var b = Claim.FromText("x", 2, "the summit was cancelled") with { Sentence = 2 };
        Assert.That(SharedSentence.Of(a, b), Is.Not.Null);
        Assert.That(SharedSentence.Of(a, b with { Kind = ClaimKind.Counter }), Is.Null);
        Assert.That(SharedSentence.Of(a, b with { Sentence = 3, Span = new TextSpan(500, 520) }), Is.Null);
    }
}
