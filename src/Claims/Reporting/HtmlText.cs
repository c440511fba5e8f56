using System.Text;

namespace Claims.Reporting;

/// <summary>HTML escaping for text and attribute values (the five characters that can end either).</summary>
internal static class HtmlText
{
    public static void Append(StringBuilder sb, ReadOnlySpan<char> text)
    {
        foreach (char c in text)
        {
            switch (c)
            {
                case '&': sb.Append("&amp;"); break;
                case '<': sb.Append("&lt;"); break;
                case '>': sb.Append("&gt;"); break;
                case '"': sb.Append("&quot;"); break;
                case '\'': sb.Append("&#39;"); break;
                case '\0': sb.Append('\uFFFD'); break;
                default: sb.Append(c); break;
            }
        }
    }

    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        var sb = new StringBuilder(text.Length + 16);
        Append(sb, text);
        return sb.ToString();
    }

    /// <summary>A filter key list as written in data attributes: "|a|b|" (each key escaped, '|' removed).</summary>
    public static string Keys(IEnumerable<string> keys) =>
        "|" + string.Concat(keys.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).Select(k => Escape(k.Replace('|', '/')) + "|"));
}
