using System.Globalization;
using System.Runtime.Intrinsics.X86;

namespace Claims.Semantic.Attribution;

/// <summary>
/// Where the token states an accurate attribution model was trained on came from: the SHA-256 of the cache file the
/// trainer read, how many articles and word pieces it held, and the instruction set of the machine that trained it.
/// ONNX Runtime picks its matrix kernels by instruction set (AVX-512F, AVX2/FMA3, ...), so the same text gives token
/// states that differ in their last bits from one set to another, and a model retrained from them differs too: with
/// the provenance a reproducibility check can tell "same states, different model" (a real defect) from "different
/// states" (compare the models by behaviour instead).
/// </summary>
/// <param name="Sha256">Lower-case hex SHA-256 of the token-state cache file.</param>
/// <param name="Articles">Articles in the cache that the training used.</param>
/// <param name="WordPieces">Word pieces (token states) of those articles.</param>
/// <param name="InstructionSet">The training machine's widest vector instruction set, as <see cref="CurrentInstructionSet"/> names it.</param>
internal sealed record TokenStatesProvenance(string Sha256, int Articles, long WordPieces, string InstructionSet)
{
    private const string Key = "training-states";

    /// <summary>The widest x86 vector instruction set ONNX Runtime's kernels can use on this machine (or the architecture elsewhere).</summary>
    public static string CurrentInstructionSet() =>
        Avx512F.IsSupported ? "x86-64 AVX-512F"
        : Avx2.IsSupported && Fma.IsSupported ? "x86-64 AVX2/FMA3"
        : Avx.IsSupported ? "x86-64 AVX"
        : System.Runtime.InteropServices.RuntimeInformation.ProcessArchitecture.ToString();

    /// <summary>Writes the provenance as one tab-separated settings line.</summary>
    internal void Write(TextWriter writer) =>
        writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{Key}\t{Sha256}\t{Articles}\t{WordPieces}\t{InstructionSet}"));

    /// <summary>The provenance among split settings lines, or null when the model was saved without one.</summary>
    /// <exception cref="InvalidDataException">The line is there but malformed.</exception>
    internal static TokenStatesProvenance? Read(IEnumerable<string[]> lines)
    {
        var line = lines.FirstOrDefault(c => c.Length > 0 && c[0] == Key);
        if (line is null) return null;
        if (line.Length != 5 || line[1].Length != 64
            || !int.TryParse(line[2], NumberStyles.None, CultureInfo.InvariantCulture, out int articles)
            || !long.TryParse(line[3], NumberStyles.None, CultureInfo.InvariantCulture, out long pieces))
            throw new InvalidDataException($"malformed {Key} line in the contextual attribution model's settings: '{string.Join('\t', line)}'");
        return new TokenStatesProvenance(line[1], articles, pieces, line[4]);
    }
}
