using Claims.Embeddings;

namespace Claims.Semantic;

/// <summary>
/// Turns texts into sentence vectors: tokenizes, cuts long texts into windows, runs windows of one length together
/// (sorted by length, so there is no padding and a text's vector never depends on its batch), mean-pools each
/// window's states and averages a text's windows weighted by their piece counts.
/// </summary>
internal readonly struct SentenceBatcher(OnnxBertModel model, MiniLmEncoderOptions options)
{
    public Embedding[] Encode(IReadOnlyList<string> texts, CancellationToken cancellationToken)
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

        var order = Enumerable.Range(0, windows.Count).OrderBy(i => windows[i].Ids.Length).ThenBy(i => i).ToArray();
        var pooled = new float[windows.Count][];
        for (int at = 0; at < order.Length;)
        {
            int length = windows[order[at]].Ids.Length;
            int end = at;
            while (end < order.Length && end - at < options.BatchSize && windows[order[end]].Ids.Length == length) end++;
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

    private void RunBatch(ReadOnlySpan<int> batch, List<Window> windows, float[][] pooled, CancellationToken cancellationToken)
    {
        int length = windows[batch[0]].Ids.Length + 2;
        var input = new long[batch.Length * length];
        for (int r = 0; r < batch.Length; r++)
        {
            var row = input.AsSpan(r * length, length);
            row[0] = model.Tokenizer.ClsId;
            var pieces = windows[batch[r]].Ids;
            for (int k = 0; k < pieces.Length; k++) row[k + 1] = pieces[k];
            row[^1] = model.Tokenizer.SepId;
        }
        float[] states = model.Run(input, batch.Length, length, cancellationToken);
        int dim = model.Dimensions;
        for (int r = 0; r < batch.Length; r++)
        {
            // Mean over every position the attention mask covers ([CLS] and [SEP] included), as sentence-transformers pools.
            var mean = new float[dim];
            for (int k = 0; k < length; k++)
            {
                var state = states.AsSpan((r * length + k) * dim, dim);
                for (int d = 0; d < dim; d++) mean[d] += state[d];
            }
            for (int d = 0; d < dim; d++) mean[d] /= length;
            Embedding.Normalize(mean);
            pooled[batch[r]] = mean;
        }
    }

    private readonly record struct Window(int Text, int[] Ids);
}
