using System.Text.RegularExpressions;
using Claims.Text;

namespace Claims.Tests.Text;

/// <summary>
/// Every shared word list has one definition (<see cref="WordLists"/>): no other source file of the library spells one
/// out again, and the lists that are variants of each other are derived, not copied.
/// </summary>
public class WordListTests
{
    // Each list as a copy would spell it (the whole list, in order): a list written out again matches. Lists of three
    // words or fewer ("him", "her", "them") occur inside longer lists of other words by chance and are not checked.
    private static IEnumerable<TestCaseData> Signatures() =>
        typeof(WordLists).GetFields()
            .Where(f => f.Name is not ("MonthsNotModals" or "MonthsNotVerbs" or "BeForms" or "AuxiliaryVerbs")) // derived in place
            .Where(f => ((string[])f.GetValue(null)!).Length > 3)
            .Select(f => new TestCaseData(f.Name, string.Join(", ", ((string[])f.GetValue(null)!).Select(w => $"\"{w}\""))).SetArgDisplayNames(f.Name));

    private static string SourceRoot()
    {
        for (var dir = new DirectoryInfo(TestContext.CurrentContext.TestDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Claims.sln"))) return Path.Combine(dir.FullName, "src");
        throw new DirectoryNotFoundException($"no Claims.sln above {TestContext.CurrentContext.TestDirectory}: the test reads the library's sources");
    }

    [TestCaseSource(nameof(Signatures))]
    public void NoOtherSourceFileSpellsTheListOut(string list, string words)
    {
        var signature = (List: list, Words: words);
        var home = Path.Combine(SourceRoot(), "Claims", "Text", "WordLists.cs");
        var pattern = new Regex(Regex.Escape(signature.Words).Replace(", ", @",\s*"));
        var copies = Directory.GetFiles(SourceRoot(), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}") && Path.GetFullPath(f) != Path.GetFullPath(home))
            .Where(f => pattern.IsMatch(File.ReadAllText(f)))
            .Select(f => Path.GetRelativePath(SourceRoot(), f))
            .ToList();
        Assert.That(copies, Is.Empty, $"{signature.List} is written out again; read WordLists.{signature.List} instead");
    }

    [Test]
    public void VariantsAreDerivedFromTheirList()
    {
        Assert.That(WordLists.MonthsNotModals, Is.EqualTo(WordLists.Months.Where(m => m != "may")));
        Assert.That(WordLists.MonthsNotVerbs, Is.EqualTo(WordLists.Months.Except(["may", "march"])));
        Assert.That(WordLists.MonthStamps, Is.EqualTo(WordLists.Months.Select(m => m[..3])));
        Assert.That(WordLists.BeForms, Is.SupersetOf(WordLists.FiniteBeForms));
        Assert.That(WordLists.AuxiliaryVerbs, Is.SupersetOf(WordLists.Modals.Concat(WordLists.HaveDoForms).Concat(WordLists.NegatedAuxiliaries)));
        Assert.That(WordLists.MonthAbbreviations.Where(a => a != "sept"), Is.EqualTo(WordLists.MonthStamps.Where(m => m != "may")));
    }

    [Test]
    public void ListsHoldNoDuplicates()
    {
        foreach (var list in typeof(WordLists).GetFields().Select(f => (f.Name, Words: (string[])f.GetValue(null)!)))
            Assert.That(list.Words, Is.Unique, list.Name);
    }
}
