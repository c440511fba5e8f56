namespace Claims.Stories;

/// <summary>
/// One story: a single event or topic covered by several articles (outlets). Claims are paired within a story; a
/// pair across stories needs strong evidence that both claims are about one thing.
/// </summary>
/// <param name="Id">Identifier, unique within an analysis: <c>s1</c>, <c>s2</c>, ... in order of each story's first article.</param>
/// <param name="Title">A short human-readable label: the title (or first line) of the story's most central article.</param>
/// <param name="Articles">Ids of the story's articles, in input order.</param>
public sealed record Story(string Id, string Title, IReadOnlyList<string> Articles);
