using System.Numerics;
using Claims.Embeddings;

namespace Claims.Semantic;

/// <summary>
/// Turns texts into sentence vectors: tokenizes, cuts long texts into windows, runs windows of one length together
/// (sorted by length; small batches take the next lengths too, padded under the attention mask), mean-pools each
/// window's real positions and averages a text's windows weighted by their piece counts. Padding under the mask
/// leaves a vector as it is (padded keys get zero attention and rows are computed independently: the encoder tests
/// check the same bytes with and without neighbours).
/// </summary>
internal readonly struct SentenceBatcher(OnnxBertModel model, MiniLmEncoderOptions options)
{
    /// <summary>Most rows x length x length of one batch (see <see cref="BatchEnd"/>).</summary>
    internal const long MaxAttentionCells = 1L << 20;

    public Embedding[] Encode(IReadOnlyList<string> texts, CancellationToken cancellationToken)
    {
        var windows = Cut(texts);
        var order = Enumerable.Range(0, windows.Count).OrderBy(i => windows[i].Ids.Length).ThenBy(i => i).ToArray();
        var lengths = order.Select(i => windows[i].Ids.Length + 2).ToArray();
        var pooled = new float[windows.Count][];
        for (int at = 0; at < order.Length;)
        {
            int end = BatchEnd(lengths, at, options);
            RunBatch(order.AsSpan(at, end - at), windows, pooled, cancellationToken);
            at = end;
        }

        var sums = new float[texts.Count][];
        for (int w = 0; w < windows.Count; w++)
        {
            var sum = sums[windows[w].Text] ??= new float[model.Dimensions];
            float weight = windows[w].Ids.Length + 2;
            for (int d = 0; d < sum.Length; d++) sum[d] += weight * pooled[w][d];
        }
        var result = new Embedding[texts.Count];
        for (int t = 0; t < texts.Count; t++)
        {
            Embedding.Normalize(sums[t]);
            result[t] = new Embedding(sums[t]);
        }
        return result;
    }

    /// <summary>
    /// How one call over <paramref name="texts"/> would run (for benchmarks): the model runs, the word pieces they
    /// hold with padding, and the real ones ([CLS] and [SEP] included).
    /// </summary>
    public (int Runs, long Pieces, long RealPieces) Shape(IReadOnlyList<string> texts)
    {
        var windows = Cut(texts);
        var order = Enumerable.Range(0, windows.Count).OrderBy(i => windows[i].Ids.Length).ThenBy(i => i).ToArray();
        var lengths = order.Select(i => windows[i].Ids.Length + 2).ToArray();
        int runs = 0;
        long pieces = 0, real = 0;
        for (int at = 0; at < order.Length;)
        {
            int end = BatchEnd(lengths, at, options);
            runs++;
            pieces += (long)(end - at) * (windows[order[end - 1]].Ids.Length + 2);
            for (int i = at; i < end; i++) real += windows[order[i]].Ids.Length + 2;
            at = end;
        }
        return (runs, pieces, real);
    }

    /// <summary>Every text's windows of at most <see cref="MiniLmEncoderOptions.SentenceWindow"/> pieces ([CLS] and [SEP] included); an empty text has one empty window.</summary>
    private List<Window> Cut(IReadOnlyList<string> texts)
    {
        var windows = new List<Window>();
        var ids = new List<int>();
        int perWindow = options.SentenceWindow - 2;
        for (int t = 0; t < texts.Count; t++)
        {
            ids.Clear();
            model.Tokenizer.Tokenize(texts[t], ids, null);
            if (ids.Count == 0) windows.Add(new Window(t, []));
            for (int start = 0; start < ids.Count; start += perWindow)
                windows.Add(new Window(t, ids.GetRange(start, Math.Min(perWindow, ids.Count - start)).ToArray()));
        }
        return windows;
    }

    /// <summary>
    /// Where the batch starting at <paramref name="at"/> of the windows ends, given their <paramref name="lengths"/>
    /// in word pieces ([CLS] and [SEP] included) sorted ascending: windows of the first one's length, up to
    /// <see cref="MiniLmEncoderOptions.BatchSize"/>; while the batch holds fewer than
    /// <see cref="MiniLmEncoderOptions.SmallBatchWordPieces"/> pieces (a call of one article's claims has one or two
    /// texts per length) it takes longer windows too, padded to the longest under the attention mask, as long as
    /// padding stays under a quarter of the batch. Sentence vectors and token states batch alike.
    /// </summary>
    /// <remarks>A batch also stops before its rows x length x length (the attention scores per head) would pass
    /// <see cref="MaxAttentionCells"/>, so ONNX Runtime's memory stays bounded however many long texts one call holds
    /// (16 windows of 256 pieces: about 50 MB of attention scores over 12 heads), and before it would hold more than
    /// <paramref name="maxPieces"/> pieces with padding.</remarks>
    internal static int BatchEnd(ReadOnlySpan<int> lengths, int at, MiniLmEncoderOptions options, long maxPieces = long.MaxValue)
    {
        int length = lengths[at], real = length, end = at + 1;
        while (end < lengths.Length && end - at < options.RowsPerRun)
        {
            int next = lengths[end], rows = end - at;
            if ((long)(rows + 1) * next * next > MaxAttentionCells || (long)(rows + 1) * next > maxPieces) break;
            if (next != length)
            {
                if (rows * length >= options.SmallBatchWordPieces || 4 * ((rows + 1) * next - real - next) > (rows + 1) * next) break;
                length = next;
            }
            real += next;
            end++;
        }
        return end;
    }

    private void RunBatch(ReadOnlySpan<int> batch, List<Window> windows, float[][] pooled, CancellationToken cancellationToken)
    {
        int length = windows[batch[^1]].Ids.Length + 2;
        var input = new long[batch.Length * length];
        var mask = new long[input.Length];
        for (int r = 0; r < batch.Length; r++)
        {
            var row = input.AsSpan(r * length, length);
            row[0] = model.Tokenizer.ClsId;
            var pieces = windows[batch[r]].Ids;
            for (int k = 0; k < pieces.Length; k++) row[k + 1] = pieces[k];
            row[pieces.Length + 1] = model.Tokenizer.SepId;
            mask.AsSpan(r * length, pieces.Length + 2).Fill(1L);
        }
        int dim = model.Dimensions;
        var rows = batch.ToArray();
        model.Run(input, mask, rows.Length, length, states =>
        {
            for (int r = 0; r < rows.Length; r++)
            {
                // Mean over every position the attention mask covers ([CLS] and [SEP] included), as sentence-transformers pools.
                int real = windows[rows[r]].Ids.Length + 2;
                var mean = new float[dim];
                for (int k = 0; k < real; k++) Add(mean, states.Slice((r * length + k) * dim, dim));
                for (int d = 0; d < dim; d++) mean[d] /= real;
                Embedding.Normalize(mean);
                pooled[rows[r]] = mean;
            }
        }, cancellationToken);
    }

    /// <summary><paramref name="sum"/> += <paramref name="x"/>, element by element (each element's additions in the same order as a scalar loop).</summary>
    private static void Add(Span<float> sum, ReadOnlySpan<float> x)
    {
        int d = 0;
        if (Vector.IsHardwareAccelerated)
            for (; d <= sum.Length - Vector<float>.Count; d += Vector<float>.Count)
                (new Vector<float>(sum[d..]) + new Vector<float>(x[d..])).CopyTo(sum[d..]);
        for (; d < sum.Length; d++) sum[d] += x[d];
    }

    private readonly record struct Window(int Text, int[] Ids);
}
