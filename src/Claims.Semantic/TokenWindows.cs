using Claims.Embeddings;

namespace Claims.Semantic;

/// <summary>
/// Token states of whole texts: windows of at most <see cref="MiniLmEncoderOptions.TokenWindow"/> pieces that
/// overlap by <see cref="MiniLmEncoderOptions.TokenWindowOverlap"/>; a piece takes its state from the window that
/// owns it: the first window owns its pieces up to the middle of its overlap with the next, and so on. The windows of
/// all the texts of one call run sorted by length, several to a model run as <see cref="SentenceBatcher"/> batches
/// sentences (short windows padded under the attention mask; a run holds at most one full window's pieces): a run of one short headline costs several times the
/// pieces of one in a batch, and a window's states do not depend on the other rows of its run.
/// </summary>
internal static class TokenWindows
{
    public static TokenStates Encode(OnnxBertModel model, MiniLmEncoderOptions options, string text, CancellationToken cancellationToken) =>
        Encode(model, options, [text], cancellationToken)[0];

    /// <summary>The token states of every text of <paramref name="texts"/>, in order.</summary>
    public static TokenStates[] Encode(OnnxBertModel model, MiniLmEncoderOptions options, IReadOnlyList<string> texts, CancellationToken cancellationToken)
    {
        int dim = model.Dimensions;
        var pieces = new Tokenized[texts.Count];
        var windows = new List<Window>();
        for (int t = 0; t < texts.Count; t++)
        {
            var ids = new List<int>();
            var spans = new List<TextSpan>();
            model.Tokenizer.Tokenize(texts[t], ids, spans);
            pieces[t] = new Tokenized(ids, spans, new float[ids.Count * dim]);
            Cut(t, ids.Count, options, windows);
        }
        var order = Enumerable.Range(0, windows.Count).OrderBy(w => windows[w].Count).ThenBy(w => w).ToArray();
        var lengths = order.Select(w => windows[w].Count + 2).ToArray();
        for (int at = 0; at < order.Length;)
        {
            // At most one full window's pieces per run: short windows batch, long ones run alone as they always did, so
            // ONNX Runtime's buffers stay the size one window needs.
            int end = SentenceBatcher.BatchEnd(lengths, at, options, maxPieces: options.TokenWindow);
            Run(model, order[at..end], windows, pieces, cancellationToken);
            at = end;
        }
        var result = new TokenStates[texts.Count];
        for (int t = 0; t < texts.Count; t++)
            result[t] = new TokenStates(texts[t], pieces[t].Spans, pieces[t].Ids.Select(model.Tokenizer.Piece).ToList(), pieces[t].States, dim);
        return result;
    }

    /// <summary>Adds the windows of text <paramref name="text"/> of <paramref name="count"/> pieces, with the pieces each owns.</summary>
    private static void Cut(int text, int count, MiniLmEncoderOptions options, List<Window> windows)
    {
        int width = options.TokenWindow - 2, overlap = options.TokenWindowOverlap, stride = width - overlap;
        for (int start = 0; start < count; start += stride)
        {
            int length = Math.Min(width, count - start);
            bool first = start == 0, last = start + length >= count;
            int ownFrom = first ? 0 : overlap / 2;
            int ownTo = last ? length : length - (overlap - overlap / 2);
            windows.Add(new Window(text, start, length, ownFrom, ownTo));
            if (last) break;
        }
    }

    // One model run over the windows `batch` (ascending length), padded to the longest under the attention mask; each
    // window's owned states are copied into its text's states (position k + 1 of a row holds piece start + k).
    private static void Run(OnnxBertModel model, int[] batch, List<Window> windows, Tokenized[] pieces, CancellationToken cancellationToken)
    {
        int length = windows[batch[^1]].Count + 2, dim = model.Dimensions;
        var input = new long[batch.Length * length];
        var mask = new long[input.Length];
        for (int r = 0; r < batch.Length; r++)
        {
            var w = windows[batch[r]];
            var ids = pieces[w.Text].Ids;
            var row = input.AsSpan(r * length, length);
            row[0] = model.Tokenizer.ClsId;
            for (int k = 0; k < w.Count; k++) row[k + 1] = ids[w.Start + k];
            row[w.Count + 1] = model.Tokenizer.SepId;
            mask.AsSpan(r * length, w.Count + 2).Fill(1L);
        }
        model.Run(input, mask, batch.Length, length, states =>
        {
            for (int r = 0; r < batch.Length; r++)
            {
                var w = windows[batch[r]];
                states.Slice((r * length + w.OwnFrom + 1) * dim, (w.OwnTo - w.OwnFrom) * dim)
                    .CopyTo(pieces[w.Text].States.AsSpan((w.Start + w.OwnFrom) * dim));
            }
        }, cancellationToken);
    }

    private readonly record struct Tokenized(List<int> Ids, List<TextSpan> Spans, float[] States);

    /// <summary>Pieces [<see cref="Start"/>, Start + <see cref="Count"/>) of text <see cref="Text"/>, owning [OwnFrom, OwnTo) of them.</summary>
    private readonly record struct Window(int Text, int Start, int Count, int OwnFrom, int OwnTo);
}
