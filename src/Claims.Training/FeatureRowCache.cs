using System.Text;
using Claims.Stance;
using Claims.Text;

namespace Claims.Training;

/// <summary>
/// The featurized training rows of a cross-validation run on disk (<c>fnc1-cv --rows-cache FILE</c>): featurizing the
/// 38,720 FNC-1 training rows takes minutes, fitting a candidate far less. The file holds the feature names, each row's
/// features and label, and a hash of the pairs' texts; a file written for other pairs or another lexical feature set is
/// refused.
/// </summary>
internal static class FeatureRowCache
{
    private const string Magic = "claims-feature-rows-1";

    /// <summary>Writes the rows of <paramref name="prepared"/>.</summary>
    public static void Save(string path, PreparedPairs prepared)
    {
        using var writer = new BinaryWriter(File.Create(path), Encoding.UTF8);
        writer.Write(Magic);
        writer.Write(PairsHash(prepared.Data));
        writer.Write(prepared.Labels.Count);
        foreach (var l in prepared.Labels) writer.Write(l);
        var names = prepared.Featurizer.Features.Names;
        writer.Write(names.Count);
        foreach (var n in names) writer.Write(n);
        writer.Write(prepared.Rows.Length);
        for (int i = 0; i < prepared.Rows.Length; i++)
        {
            writer.Write(prepared.LabelOf[i]);
            foreach (float f in prepared.Rows[i].Features) writer.Write(f);
        }
    }

    /// <summary>The rows saved for exactly <paramref name="pairs"/>, or null when <paramref name="path"/> does not exist.</summary>
    /// <exception cref="InvalidDataException">The file was written for other pairs, or its features do not start with <see cref="StanceFeatureSet.Lexical"/>.</exception>
    public static PreparedPairs? Load(string path, IReadOnlyList<LabeledPair> pairs)
    {
        if (!File.Exists(path)) return null;
        using var reader = new BinaryReader(File.OpenRead(path), Encoding.UTF8);
        if (reader.ReadString() != Magic) throw new InvalidDataException($"{path}: not a feature-row cache");
        if (reader.ReadUInt64() != PairsHash(pairs)) throw new InvalidDataException($"{path}: written for other training pairs; delete it to featurize again");
        var labels = Enumerable.Range(0, reader.ReadInt32()).Select(_ => reader.ReadString()).ToArray();
        var names = Enumerable.Range(0, reader.ReadInt32()).Select(_ => reader.ReadString()).ToArray();
        var lexical = StanceFeatureSet.Lexical.Names;
        if (names.Length < lexical.Count || !names.Take(lexical.Count).SequenceEqual(lexical, StringComparer.Ordinal))
            throw new InvalidDataException($"{path}: written for other features than today's lexical set; delete it to featurize again");
        int count = reader.ReadInt32();
        if (count != pairs.Count) throw new InvalidDataException($"{path}: {count} rows for {pairs.Count} pairs");
        var rows = new FeatureRow[count];
        var labelOf = new int[count];
        for (int i = 0; i < count; i++)
        {
            labelOf[i] = reader.ReadInt32();
            var f = new float[names.Length];
            for (int k = 0; k < f.Length; k++) f[k] = reader.ReadSingle();
            rows[i] = new FeatureRow { Features = f, Label = (uint)labelOf[i] };
        }
        var counts = new int[labels.Length];
        foreach (int l in labelOf) counts[l]++;
        var featurizer = new PairFeaturizer(IdfTable.Empty).WithFeatures(new StanceFeatureSet([new StoredGroup(names)]));
        return new PreparedPairs(pairs, rows, labelOf, labels, counts, IdfTable.Empty, WordPairTable.Empty, featurizer);
    }

    private static ulong PairsHash(IReadOnlyList<LabeledPair> pairs)
    {
        ulong h = 14695981039346656037;
        foreach (var p in pairs)
            foreach (var s in new[] { p.A, "\u0001", p.B, "\u0001", p.Label, "\u0002" })
                foreach (char c in s) { h ^= c; h *= 1099511628211; }
        return h;
    }

    /// <summary>Features known by name only: their values come from the file, never computed.</summary>
    private sealed class StoredGroup(string[] names) : IStanceFeatureGroup
    {
        public string Name => "stored";

        public IReadOnlyList<StanceFeature> Features { get; } = names.Select(n => new StanceFeature(n)).ToArray();

        public void Compute(in PairView pair, Span<float> destination) =>
            throw new InvalidOperationException("features read from a cache cannot be computed");
    }
}
