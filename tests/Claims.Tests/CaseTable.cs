namespace Claims.Tests;

/// <summary>
/// The one reader of the case tables in <c>cases/*.tsv</c>: tab-separated, one case a line; empty lines and lines
/// starting with <c>#</c> are comments. The caller names the columns in order; the last <c>optional</c> ones may be
/// missing (they read as ""). A line with too few or too many cells fails with the file and line number.
/// </summary>
internal static class CaseTable
{
    /// <summary>The rows of <paramref name="file"/> (a name under <c>cases/</c>), columns named by <paramref name="columns"/>.</summary>
    public static IEnumerable<CaseRow> Read(string file, string[] columns, int optional = 0)
    {
        string path = Path.Combine(TestContext.CurrentContext.TestDirectory, "cases", file);
        int number = 0;
        foreach (var line in File.ReadLines(path))
        {
            number++;
            if (line.Length == 0 || line[0] == '#') continue;
            var cells = line.Split('\t');
            if (cells.Length < columns.Length - optional || cells.Length > columns.Length)
                throw new FormatException($"{file} line {number}: expected {(optional == 0 ? "" : $"{columns.Length - optional} to ")}{columns.Length} tab-separated columns ({string.Join(", ", columns)}), found {cells.Length}");
            yield return new CaseRow(file, number, columns, cells);
        }
    }
}

/// <summary>One row of a case table: cells by column name.</summary>
internal sealed class CaseRow(string file, int line, string[] columns, string[] cells)
{
    /// <summary>The table's file name.</summary>
    public string File { get; } = file;

    /// <summary>1-based line number in the file.</summary>
    public int Line { get; } = line;

    /// <summary>The raw cell of <paramref name="column"/> ("" for a missing optional cell).</summary>
    public string this[string column]
    {
        get
        {
            int i = Array.IndexOf(columns, column);
            if (i < 0) throw new ArgumentException($"{File} has no column '{column}' (columns: {string.Join(", ", columns)})", nameof(column));
            return i < cells.Length ? cells[i] : "";
        }
    }

    /// <summary>The cell of <paramref name="column"/> with <c>\n</c> read as a line break (texts spanning paragraphs).</summary>
    public string Text(string column) => this[column].Replace("\\n", "\n", StringComparison.Ordinal);
}
