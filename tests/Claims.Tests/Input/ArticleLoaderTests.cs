using System.Diagnostics;
using System.Text;
using Claims.Input;

namespace Claims.Tests.Input;

public class ArticleLoaderTests
{
    private string _dir = "";

    [SetUp]
    public void SetUp() => Directory.CreateDirectory(_dir = Path.Combine(Path.GetTempPath(), "claims-loader-" + Guid.NewGuid().ToString("N")));

    [TearDown]
    public void TearDown()
    {
        foreach (var d in Directory.GetDirectories(_dir, "*", SearchOption.AllDirectories))
            if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(d, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        Directory.Delete(_dir, recursive: true);
    }

    private string Write(string relative, string text)
    {
        string path = Path.Combine(_dir, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    [Test]
    public void EveryPathIsTriedAndEachFailureNamed()
    {
        string good = Write("good.txt", "Ushakov said the talks were useful.");
        string empty = Path.Combine(_dir, "empty-folder");
        Directory.CreateDirectory(empty);
        var result = new ArticleLoader().Load([Path.Combine(_dir, "missing.txt"), empty, "", good]);
        Assert.That(result.Articles.Select(a => a.Id), Is.EqualTo(new[] { "good" }));
        Assert.That(result.Errors.Select(e => e.Input), Is.EqualTo(new[] { Path.Combine(_dir, "missing.txt"), empty, "" }));
        Assert.That(result.Errors[0].Message, Does.Contain("no such file"));
        Assert.That(result.Errors[1].Message, Does.Contain("no *.txt"));
    }

    [Test]
    public void FoldersReadEveryRegisteredKindAndSubfoldersOnlyWhenRecursive()
    {
        Write("a.txt", "Plain article.");
        Write("b.jsonl", "{\"id\":\"j1\",\"text\":\"Row one.\"}\n{\"id\":\"j2\",\"text\":\"Row two.\"}\n");
        Write("c.csv", "id,text\nc1,Cell text.\n");
        Write("notes.md", "ignored");
        Write("sub/deeper/d.txt", "Nested article.");
        var flat = new ArticleLoader().Load([_dir]);
        Assert.That(flat.Articles.Select(a => a.Id), Is.EqualTo(new[] { "a", "j1", "j2", "c1" }));
        Assert.That(flat.Notes.Single(), Does.Contain("1 subfolder(s) not read").And.Contain("--recursive"));
        var deep = new ArticleLoader { Recursive = true }.Load([_dir]);
        Assert.That(deep.Articles.Select(a => a.Id), Is.EqualTo(new[] { "a", "j1", "j2", "c1", "d" }));
        Assert.That(deep.Notes, Is.Empty);
    }

    [Test]
    public void ALinkBackToAParentFolderIsReadOnce()
    {
        Write("a/one.txt", "First article.");
        Directory.CreateSymbolicLink(Path.Combine(_dir, "a", "loop"), _dir);
        var load = Task.Run(() => new ArticleLoader { Recursive = true }.Load([_dir]));
        Assert.That(load.Wait(TimeSpan.FromSeconds(30)), Is.True, "the link loop was followed forever");
        Assert.That(load.Result.Articles.Select(a => a.Id), Is.EqualTo(new[] { "one" }));
        Assert.That(load.Result.Notes.Single(), Does.Contain("loop").And.Contain("already read"));
    }

    [Test]
    public void RepeatedIdsAcrossInputsGetASuffixNotADrop()
    {
        string one = Write("x/same.txt", "First.");
        string two = Write("y/same.txt", "Second.");
        var result = new ArticleLoader().Load([one, two]);
        Assert.That(result.Articles.Select(a => a.Id), Is.EqualTo(new[] { "same", "same~2" }));
        Assert.That(result.Articles[1].Text, Is.EqualTo("Second."));
    }

    [Test]
    public void StandardInputIsReadForDash()
    {
        var loader = new ArticleLoader { OpenStandardInput = () => new MemoryStream(Encoding.UTF8.GetBytes("{\"id\":\"s\",\"outlet\":\"AP\",\"text\":\"From a pipe.\"}\n")), StandardInputFormat = "jsonl" };
        var article = loader.Load(["-"]).Articles.Single();
        Assert.That(article.Id, Is.EqualTo("s"));
        Assert.That(article.Outlet, Is.EqualTo("AP"));
        var plain = new ArticleLoader { OpenStandardInput = () => new MemoryStream(Encoding.UTF8.GetBytes("Typed text.")) }.Load(["-"]).Articles.Single();
        Assert.That((plain.Id, plain.Text, plain.Path), Is.EqualTo(("stdin", "Typed text.", (string?)null)));
    }

    [Test]
    public void FifoIsRefusedByNameWithoutBeingOpened()
    {
        if (OperatingSystem.IsWindows()) Assert.Ignore("no FIFOs on Windows");
        string fifo = Path.Combine(_dir, "pipe.txt");
        using (var mk = Process.Start(new ProcessStartInfo("mkfifo", fifo) { UseShellExecute = false })!) mk.WaitForExit();
        Assume.That(File.Exists(fifo), "mkfifo is not available");
        string good = Write("good.txt", "Plain article.");
        // Opening a FIFO for reading blocks until a writer comes: a hang here is the failure, so run with a bound.
        var load = Task.Run(() => (Direct: new ArticleLoader().Load([fifo, good]), InFolder: new ArticleLoader().Load([_dir])));
        Assert.That(load.Wait(TimeSpan.FromSeconds(30)), Is.True, "reading hung on the FIFO");
        foreach (var result in new[] { load.Result.Direct, load.Result.InFolder })
        {
            Assert.That(result.Articles.Select(a => a.Id), Is.EqualTo(new[] { "good" }));
            Assert.That(result.Errors.Single().Input, Is.EqualTo(fifo));
            Assert.That(result.Errors.Single().Message, Does.Contain("named pipe"));
        }
        Assert.That(() => Article.FromFile(fifo), Throws.TypeOf<ArticleLoadException>().With.Message.Contains("named pipe"));
    }

    [Test]
    public void DeviceIsRefusedByName()
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS()) Assert.Ignore("no /dev/zero here");
        var result = new ArticleLoader().Load(["/dev/zero"]);
        Assert.That(result.Errors.Single().Message, Does.Contain("character device"));
        Assert.That(InputFile.KindOf("/dev/zero"), Is.EqualTo(InputFileKind.CharacterDevice));
    }

    [Test]
    public void UnreadableFolderIsReportedByName()
    {
        if (OperatingSystem.IsWindows())
        {
            Assert.Ignore("Unix permissions");
            return;
        }
        string locked = Path.Combine(_dir, "locked");
        Directory.CreateDirectory(locked);
        Write("locked/x.txt", "Hidden.");
        string good = Write("good.txt", "Plain article.");
        File.SetUnixFileMode(locked, UnixFileMode.None);
        bool readable;
        try { Directory.GetFiles(locked); readable = true; } catch (UnauthorizedAccessException) { readable = false; }
        if (readable) Assert.Ignore("running as root: a folder without permissions is still readable");
        var result = new ArticleLoader().Load([locked, good]);
        Assert.That(result.Articles.Select(a => a.Id), Is.EqualTo(new[] { "good" }));
        Assert.That(result.Errors.Single().Input, Is.EqualTo(locked));
        Assert.That(result.Errors.Single().Message, Does.Contain("cannot be read"));
        var nested = new ArticleLoader { Recursive = true }.Load([_dir]);
        Assert.That(nested.Errors.Single().Input, Is.EqualTo(locked));
        Assert.That(nested.Articles.Select(a => a.Id), Is.EqualTo(new[] { "good" }));
    }
}
