using System.Text;

namespace Claims.Tests;

public class ArticleTests
{
    private string _dir = "";

    [SetUp]
    public void SetUp() => System.IO.Directory.CreateDirectory(_dir = Path.Combine(Path.GetTempPath(), "claims-article-" + Guid.NewGuid().ToString("N")));

    [TearDown]
    public void TearDown() => System.IO.Directory.Delete(_dir, recursive: true);

    private string Write(string name, byte[] bytes)
    {
        string path = Path.Combine(_dir, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    [Test]
    public void Utf8BomIsRemovedAndNothingElseChanges()
    {
        var text = "Dmitriev said “yes”.\r\nLine two ";
        var path = Write("bom.txt", [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)]);
        var article = Article.FromFile(path);
        Assert.That(article.Text, Is.EqualTo(text));
        Assert.That(article.Id, Is.EqualTo("bom"));
        Assert.That(article.Path, Is.EqualTo(path));
        Assert.That(article.Warnings, Is.Empty);
    }

    [Test]
    public void Utf16WithBomIsDecoded()
    {
        var path = Write("u16.txt", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes("Kremlin aide Yury Ushakov said.")]);
        Assert.That(Article.FromFile(path).Text, Is.EqualTo("Kremlin aide Yury Ushakov said."));
    }

    [Test]
    public void BinaryFileIsRefusedWithItsName()
    {
        var path = Write("image.txt", [0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x1A, 0x0A]);
        var e = Assert.Throws<ArticleLoadException>(() => Article.FromFile(path))!;
        Assert.That(e.Message, Does.Contain("image.txt").And.Contain("binary"));
        Assert.That(e.Input, Is.EqualTo(path));
    }

    [Test]
    public void BinaryFileWithoutNulBytesIsRefused()
    {
        // Compressed or random data need not contain a NUL byte; its control bytes still give it away.
        var bytes = new byte[4096];
        new Random(7).NextBytes(bytes);
        for (int i = 0; i < bytes.Length; i++) if (bytes[i] == 0) bytes[i] = 0x1F;
        var path = Write("archive.txt", bytes);
        var e = Assert.Throws<ArticleLoadException>(() => Article.FromFile(path))!;
        Assert.That(e.Message, Does.Contain("archive.txt").And.Contain("binary"));
    }

    [Test]
    public void AStrayControlCharacterInTextIsNotBinary()
    {
        var text = "Kremlin aide Yury Ushakov said the summit was postponed.\u001B " + string.Concat(Enumerable.Repeat("Talks go on. ", 20));
        var article = Article.FromFile(Write("escape.txt", Encoding.UTF8.GetBytes(text)));
        Assert.That(article.Text, Is.EqualTo(text));
    }

    [Test]
    public void InvalidUtf8FallsBackToWindows1252WithAWarningAndKeepsEveryByte()
    {
        // 0x93/0x94 are Windows-1252 curly quotes (control characters in Latin-1), 0xE9 and 0xFC letters in both.
        var path = Write("cp1252.txt", [.. Encoding.Latin1.GetBytes("Caf\u00e9 talks in Z\u00fcrich, he said "), 0x93, (byte)'n', (byte)'o', 0x94, (byte)'.']);
        var article = Article.FromFile(path);
        Assert.That(article.Text, Is.EqualTo("Caf\u00e9 talks in Z\u00fcrich, he said \u201cno\u201d."));
        Assert.That(article.Warnings.Single(), Does.Contain("cp1252.txt").And.Contain("Windows-1252"));
    }

    [TestCase(true)]
    [TestCase(false)]
    public void Utf32WithBomIsDecodedAsUtf32(bool bigEndian)
    {
        var encoding = new UTF32Encoding(bigEndian, byteOrderMark: true);
        var path = Write("u32.txt", [.. encoding.GetPreamble(), .. encoding.GetBytes("Ushakov said the talks were “useful”.")]);
        var article = Article.FromFile(path);
        Assert.That(article.Text, Is.EqualTo("Ushakov said the talks were “useful”."));
        Assert.That(article.Warnings, Is.Empty);
    }

    [Test]
    public void NulByteAfterTheFirst8KbStillMeansBinary()
    {
        var bytes = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("The talks went on. ", 1000)));
        bytes[^5] = 0;
        var e = Assert.Throws<ArticleLoadException>(() => Article.FromFile(Write("late-nul.txt", bytes)))!;
        Assert.That(e.Message, Does.Contain("late-nul.txt").And.Contain("binary"));
    }

    [Test]
    public void EmptyPathThrowsTheDocumentedException()
    {
        var e = Assert.Throws<ArticleLoadException>(() => Article.FromFile(""))!;
        Assert.That(e.Reason, Does.Contain("empty path"));
    }

    [Test]
    public void FailingStreamThrowsTheDocumentedExceptionNamingTheInput()
    {
        var e = Assert.Throws<ArticleLoadException>(() => Article.FromStream(new FailingStream(), "feed-7"))!;
        Assert.That(e.Input, Is.EqualTo("feed-7"));
        Assert.That(e.InnerException, Is.TypeOf<IOException>());
    }

    private sealed class FailingStream : Stream
    {
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => 0; set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override int Read(byte[] buffer, int offset, int count) => throw new IOException("connection reset");
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }

    [Test]
    public void MissingFileNamesThePath()
    {
        var missing = Path.Combine(_dir, "nope.txt");
        var e = Assert.Throws<ArticleLoadException>(() => Article.FromFile(missing))!;
        Assert.That(e.Message, Does.Contain("nope.txt").And.Contain("not found"));
    }

    [Test]
    public void OversizedInputIsRefused()
    {
        var path = Write("big.txt", new byte[2048]);
        Assert.That(() => Article.FromFile(path, maxBytes: 1024), Throws.TypeOf<ArticleLoadException>().With.Message.Contains("over the limit"));
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(new string('a', 2048)));
        Assert.That(() => Article.FromStream(stream, "s", maxBytes: 1024), Throws.TypeOf<ArticleLoadException>().With.Message.Contains("s:"));
    }

    [Test]
    public void StreamAndStringFactoriesKeepTheText()
    {
        using var stream = new MemoryStream([.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes("A “quote”.")]);
        var fromStream = Article.FromStream(stream, "s1", outlet: "Outlet");
        Assert.That(fromStream.Text, Is.EqualTo("A “quote”."));
        Assert.That(fromStream.Outlet, Is.EqualTo("Outlet"));
        Assert.That(Article.FromString("x", "id").Outlet, Is.EqualTo("id"));
    }

    [Test]
    public void NullsAreRejected()
    {
        Assert.Throws<ArgumentNullException>(() => Article.FromFile(null!));
        Assert.Throws<ArgumentNullException>(() => Article.FromString(null!, "id"));
        Assert.Throws<ArgumentNullException>(() => Article.FromStream(null!, "id"));
        Assert.Throws<ArgumentException>(() => Article.FromString("x", ""));
    }
}
