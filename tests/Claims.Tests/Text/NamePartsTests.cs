using Claims.Text;

namespace Claims.Tests.Text;

/// <summary>How the matching stages read names and hyphenated words (<see cref="NameParts"/>).</summary>
public class NamePartsTests
{
    private static string Read(string word, bool opensText)
    {
        var parts = new List<string>();
        foreach (var (part, name) in NameParts.Of(word, opensText))
            parts.Add(name ? part.ToString().ToUpperInvariant() + "*" : part.ToString());
        return string.Join(' ', parts);
    }

    [TestCase("Trump-Putin", false, "TRUMP* PUTIN*")]
    [TestCase("Trump-Putin", true, "Trump PUTIN*")]      // the text's first word is capitalized by grammar
    [TestCase("NATO", true, "NATO*")]                    // written in capitals: a name even first
    [TestCase("NATO-led", true, "NATO led")]             // ... but only when the whole word is
    [TestCase("five-hour", false, "five hour")]
    [TestCase("anti-Trump", true, "anti TRUMP*")]
    [TestCase("--", false, "")]
    [TestCase("well‐known", false, "well known")]        // the Unicode hyphen splits too
    public void PartsAndNames(string word, bool opensText, string expected) =>
        Assert.That(Read(word, opensText), Is.EqualTo(expected));
}
