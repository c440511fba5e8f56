namespace Claims.Tests;

/// <summary>Locates the bundled seed articles copied next to the test assembly.</summary>
internal static class SeedFiles
{
    public static string Directory => Path.Combine(TestContext.CurrentContext.TestDirectory, "seeds");

    public static string PathOf(string id) => Path.Combine(Directory, id + ".txt");

    public static Article Load(string id) => Article.FromFile(PathOf(id));

    public static IReadOnlyList<Article> All() =>
        System.IO.Directory.GetFiles(Directory, "*.txt").Order(StringComparer.Ordinal).Select(f => Article.FromFile(f)).ToList();
}
