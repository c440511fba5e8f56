using System.Diagnostics;
using System.Globalization;
using Claims.Attribution;

namespace Claims.Benchmarks;

/// <summary>
/// <c>speaker-linking [--speakers 1000,10000]</c>: links that many distinct speakers (random seeded names, "Firstname
/// Surname", 20 a document, every fourth one also mentioned by surname alone in the next document and every fifth by
/// its full name with a letter added to the surname) with
/// <see cref="SpeakerLinker"/> and prints the CPU seconds of each size and the growth exponent between them.
/// </summary>
public sealed class SpeakerLinkingCommand : ICustomCommand
{
    private const int SpeakersPerDocument = 20;

    /// <inheritdoc />
    public string Name => "speaker-linking";

    /// <inheritdoc />
    public int Run(string[] args)
    {
        var options = GrowthCaseCommand.Arguments(args);
        var sizes = options.GetValueOrDefault("--speakers", "1000,10000").Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToArray();
        var linker = new SpeakerLinker();
        linker.Link(Documents(200), CancellationToken.None); // warm-up
        double previous = double.NaN;
        int previousSize = 0;
        foreach (int size in sizes)
        {
            var documents = Documents(size);
            double cpu = GrowthSupport.Cpu();
            var speakers = linker.Link(documents, CancellationToken.None);
            double seconds = GrowthSupport.Cpu() - cpu;
            string growth = double.IsNaN(previous) ? "" : GrowthCommand.Invariant($", exponent {Math.Log(seconds / previous) / Math.Log((double)size / previousSize):F2}");
            // A checksum of who was linked with what: the same before and after a change to the linker.
            ulong checksum = 14695981039346656037UL;
            foreach (var speaker in speakers)
                foreach (char c in speaker.Id + "=" + speaker.Name + ":" + string.Join(",", speaker.Mentions.Select(m => m.ArticleId + "@" + m.Span.Start)) + ";")
                    checksum = (checksum ^ c) * 1099511628211UL;
            Console.WriteLine(GrowthCommand.Invariant($"{size,7} speakers in {documents.Count,5} documents: {speakers.Count,7} linked speakers (checksum {checksum:x16}), {seconds,7:F3} CPU s{growth}"));
            (previous, previousSize) = (seconds, size);
        }
        return 0;
    }

    private static List<Document> Documents(int speakers)
    {
        var random = new Random(7);
        var names = Enumerable.Range(0, speakers).Select(_ => Word(random) + " " + Word(random)).ToList();
        var documents = new List<Document>();
        for (int first = 0; first < speakers; first += SpeakersPerDocument)
        {
            var own = names.Skip(first).Take(SpeakersPerDocument).ToList();
            // Surnames alone of every fourth speaker of the document before: they join the full names.
            var before = first == 0 ? [] : names.Skip(first - SpeakersPerDocument).Take(SpeakersPerDocument).ToList();
            var earlier = before.Where((_, i) => i % 4 == 0).Select(n => n.Split(' ')[1])
                // and full names with the surname spelled with one more letter ("Zelensky", "Zelenskyy").
                .Concat(before.Where((_, i) => i % 5 == 1).Select(n => n + "h"));
            var all = own.Concat(earlier).ToList();
            var document = new Document(Article.FromString(string.Join(". ", all) + ".", "d" + documents.Count.ToString(CultureInfo.InvariantCulture)));
            int at = 0;
            var found = new List<ArticleSpeaker>();
            foreach (var name in all)
            {
                found.Add(new ArticleSpeaker(name, [], [new TextSpan(at, at + name.Length)]));
                at += name.Length + 2;
            }
            document.Speakers = found;
            documents.Add(document);
        }
        return documents;
    }

    private static string Word(Random random)
    {
        var chars = new char[random.Next(4, 10)];
        for (int i = 0; i < chars.Length; i++) chars[i] = (char)('a' + random.Next(26));
        chars[0] = char.ToUpperInvariant(chars[0]);
        return new string(chars);
    }
}
