using System.Collections.Concurrent;
using Claims.Embeddings;

namespace Claims.Evaluation;

/// <summary>
/// An <see cref="ISentenceEncoder"/> that remembers every vector by its exact text and keeps them in a file between
/// runs (default <c>/tmp/semantic/embeddings.bin</c>, <c>--embedding-cache</c>), so trainings and evaluations over the
/// same data encode each sentence once. Thread-safe; <see cref="Save"/> appends what is new.
/// </summary>
internal sealed class CachedEncoder(ISentenceEncoder inner, string path) : ISentenceEncoder
{
    private readonly ConcurrentDictionary<string, Embedding> _vectors = Load(path, inner.Dimensions);
    private readonly ConcurrentQueue<string> _added = new();

    public int Dimensions => inner.Dimensions;

    public int Count => _vectors.Count;

    public IReadOnlyList<Embedding> Encode(IReadOnlyList<string> texts, CancellationToken cancellationToken = default)
    {
        var missing = texts.Where(t => !_vectors.ContainsKey(t)).Distinct(StringComparer.Ordinal).ToList();
        if (missing.Count > 0)
        {
            var vectors = inner.Encode(missing, cancellationToken);
            for (int i = 0; i < missing.Count; i++)
                if (_vectors.TryAdd(missing[i], vectors[i])) _added.Enqueue(missing[i]);
        }
        return texts.Select(t => _vectors[t]).ToList();
    }

    /// <summary>Appends the vectors encoded since the last save.</summary>
    public void Save()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        using var stream = new FileStream(path, FileMode.Append, FileAccess.Write);
        using var writer = new BinaryWriter(stream);
        while (_added.TryDequeue(out var text))
        {
            writer.Write(text);
            foreach (float v in _vectors[text].Values) writer.Write(v);
        }
    }

    private static ConcurrentDictionary<string, Embedding> Load(string path, int dimensions)
    {
        var result = new ConcurrentDictionary<string, Embedding>(StringComparer.Ordinal);
        if (!File.Exists(path)) return result;
        using var reader = new BinaryReader(File.OpenRead(path));
        var buffer = new float[dimensions];
        while (reader.BaseStream.Position < reader.BaseStream.Length)
        {
            string text = reader.ReadString();
            for (int d = 0; d < dimensions; d++) buffer[d] = reader.ReadSingle();
            result[text] = new Embedding(buffer);
        }
        return result;
    }
}
