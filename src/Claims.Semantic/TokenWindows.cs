using Claims.Embeddings;

namespace Claims.Semantic;

/// <summary>
/// Token states of a whole text: windows of at most <see cref="MiniLmEncoderOptions.TokenWindow"/> pieces that
/// overlap by <see cref="MiniLmEncoderOptions.TokenWindowOverlap"/>; a piece takes its state from the window that
/// owns it: the first window owns its pieces up to the middle of its overlap with the next, and so on.
/// </summary>
internal static class TokenWindows
{
    public static TokenStates Encode(OnnxBertModel model, MiniLmEncoderOptions options, string text, CancellationToken cancellationToken)
    {
        var ids = new List<int>();
        var spans = new List<TextSpan>();
        model.Tokenizer.Tokenize(text, ids, spans);
        int dim = model.Dimensions;
        var states = new float[ids.Count * dim];
        int width = options.TokenWindow - 2, overlap = options.TokenWindowOverlap, stride = width - overlap;
        for (int start = 0; start < ids.Count; start += stride)
        {
            int count = Math.Min(width, ids.Count - start);
            bool first = start == 0, last = start + count >= ids.Count;
            int ownFrom = first ? 0 : overlap / 2;
            int ownTo = last ? count : count - (overlap - overlap / 2);
            var input = new long[count + 2];
            input[0] = model.Tokenizer.ClsId;
            for (int k = 0; k < count; k++) input[k + 1] = ids[start + k];
            input[^1] = model.Tokenizer.SepId;
            float[] output = model.Run(input, 1, input.Length, cancellationToken);
            // Position k + 1 of the window holds piece start + k.
            output.AsSpan((ownFrom + 1) * dim, (ownTo - ownFrom) * dim).CopyTo(states.AsSpan((start + ownFrom) * dim));
            if (last) break;
        }
        return new TokenStates(text, spans, ids.Select(model.Tokenizer.Piece).ToList(), states, dim);
    }
}
