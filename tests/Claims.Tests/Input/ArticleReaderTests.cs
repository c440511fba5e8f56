using System.Text;
using Claims.Input;

namespace Claims.Tests.Input;

public class ArticleReaderTests
{
    private static InputText Input(string name, string text) => new(name, name + ".data", "/data/" + name, text);

    [Test]
    public void JsonlRowsCarryTheirMetadata()
    {
        var text = """
            {"id":"rt-1","outlet":"RT","url":"https://example.org/a","published":"2025-04-02T09:10:00+01:00","title":"Envoy in Washington","text":"Dmitriev said talks go on."}

            {"text":"No id here.","outlet":"Reuters"}
            """;
        var articles = new JsonlArticleReader().Read(Input("feed", text)).Select(r => r.Article!).ToList();
        Assert.That(articles, Has.Count.EqualTo(2));
        Assert.That(articles[0].Id, Is.EqualTo("rt-1"));
        Assert.That(articles[0].Outlet, Is.EqualTo("RT"));
        Assert.That(articles[0].Url, Is.EqualTo(new Uri("https://example.org/a")));
        Assert.That(articles[0].Published, Is.EqualTo(new DateTimeOffset(2025, 4, 2, 9, 10, 0, TimeSpan.FromHours(1))));
        Assert.That(articles[0].Title, Is.EqualTo("Envoy in Washington"));
        Assert.That(articles[0].Text, Is.EqualTo("Dmitriev said talks go on."));
        Assert.That(articles[1].Id, Is.EqualTo("feed-3"), "a row without id is named by its input and line");
    }

    [Test]
    public void JsonlBadRowsAreReportedByLineAndTheOthersRead()
    {
        var text = string.Join('\n',
            """{"id":"a","text":"First article text."}""",
            """{"id":"b","text":"Second""",
            """{"id":"c","title":"no text"}""",
            """{"id":"a","text":"Same id again."}""",
            """[1,2]""",
            """{"id":"d","text":"Fourth article text."}""");
        var results = new JsonlArticleReader().Read(Input("feed", text)).ToList();
        Assert.That(results.Where(r => r.Article is not null).Select(r => r.Article!.Id), Is.EqualTo(new[] { "a", "d" }));
        var errors = results.Where(r => r.Error is not null).Select(r => r.Error!).ToList();
        Assert.That(errors.Select(e => e.Line), Is.EqualTo(new int?[] { 2, 3, 4, 5 }));
        Assert.That(errors.Select(e => e.Input).Distinct(), Is.EqualTo(new[] { "feed.data" }));
        Assert.That(errors[0].Message, Does.Contain("malformed JSON"));
        Assert.That(errors[1].Message, Does.Contain("no text"));
        Assert.That(errors[2].Message, Does.Contain("duplicate id 'a'"));
        Assert.That(errors[3].ToString(), Does.StartWith("feed.data:5: expected a JSON object"));
    }

    [Test]
    public void CsvReadsQuotedFieldsWithCommasQuotesAndLineBreaks()
    {
        var text = "id,outlet,published,text,extra\r\n"
            + "x1,The Gaze,2025-11-29,\"Ushakov said, \"\"useful\"\".\nSecond line.\",1\r\n"
            + "x2,Reuters,,Plain text.,2\r\n";
        var results = new CsvArticleReader().Read(Input("table", text)).ToList();
        var articles = results.Select(r => r.Article!).ToList();
        Assert.That(articles.Select(a => a.Id), Is.EqualTo(new[] { "x1", "x2" }));
        Assert.That(articles[0].Text, Is.EqualTo("Ushakov said, \"useful\".\nSecond line."));
        Assert.That(articles[0].Published, Is.EqualTo(new DateTimeOffset(2025, 11, 29, 0, 0, 0, TimeSpan.Zero)));
        Assert.That(articles[0].Warnings.Single(), Does.Contain("columns ignored: extra"));
        Assert.That(articles[1].Outlet, Is.EqualTo("Reuters"));
        Assert.That(articles[1].Published, Is.Null);
    }

    [Test]
    public void CsvBadRowsAreReportedByTheirFirstLineAndTheOthersRead()
    {
        var text = "id,text\n"
            + "a,\"Multi\nline text.\"\n"   // lines 2-3
            + "b,too,many\n"               // line 4: three fields
            + "c,\n"                       // line 5: no text
            + "a,Duplicate.\n"             // line 6
            + "e,bad \"quote\n"            // line 7
            + "f,Last one.\n";             // line 8
        var results = new CsvArticleReader().Read(Input("table", text)).ToList();
        Assert.That(results.Where(r => r.Article is not null).Select(r => r.Article!.Id), Is.EqualTo(new[] { "a", "f" }));
        var errors = results.Where(r => r.Error is not null).Select(r => r.Error!).ToList();
        Assert.That(errors.Select(e => e.Line), Is.EqualTo(new int?[] { 4, 5, 6, 7 }));
        Assert.That(errors[0].Message, Does.Contain("3 fields"));
        Assert.That(errors[1].Message, Does.Contain("no text"));
        Assert.That(errors[2].Message, Does.Contain("duplicate id"));
        Assert.That(errors[3].Message, Does.Contain("quote"));
    }

    [Test]
    public void CsvWithoutTextColumnIsOneErrorOnLineOne()
    {
        var results = new CsvArticleReader().Read(Input("table", "id,body\n1,x\n")).ToList();
        Assert.That(results.Single().Error!.Line, Is.EqualTo(1));
        Assert.That(results.Single().Error!.Message, Does.Contain("'text'"));
    }

    [Test]
    public void BadDateOrUrlIsAWarningAndTheArticleIsKept()
    {
        var results = new JsonlArticleReader().Read(Input("feed", """{"id":"a","url":"not a url","published":"last Tuesday","text":"Body."}""")).ToList();
        var article = results.Single().Article!;
        Assert.That(article.Url, Is.Null);
        Assert.That(article.Published, Is.Null);
        Assert.That(article.Warnings, Has.Count.EqualTo(2));
        Assert.That(article.Warnings, Has.All.StartWith("feed.data:1:"));
    }

    [Test]
    public void RegistryChoosesByNameAndExtension()
    {
        var readers = ArticleReaders.Default;
        Assert.That(readers.Names, Is.EquivalentTo(new[] { "txt", "jsonl", "csv" }));
        Assert.That(readers.ForPath("a/B.JSONL")!.Name, Is.EqualTo("jsonl"));
        Assert.That(readers.ForPath("x.csv")!.Name, Is.EqualTo("csv"));
        Assert.That(readers.ForPath("x.md"), Is.Null);
        Assert.That(readers.ForName("CSV")!.Name, Is.EqualTo("csv"));
        var custom = readers.With(new UpperReader());
        Assert.That(custom.ForPath("x.txt")!, Is.TypeOf<UpperReader>(), "a reader registered later wins its name");
        Assert.That(readers.ForPath("x.txt")!, Is.TypeOf<TxtArticleReader>(), "registries are immutable");
    }

    private sealed class UpperReader : IArticleReader
    {
        public string Name => "txt";
        public IReadOnlyList<string> Extensions { get; } = [".txt"];
        public IEnumerable<ArticleReadResult> Read(InputText input, CancellationToken cancellationToken = default) =>
            [ArticleReadResult.Of(new Article(input.Name, input.Text.ToUpperInvariant()))];
    }
}
