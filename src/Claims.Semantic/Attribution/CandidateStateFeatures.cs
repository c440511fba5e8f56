using Claims.Attribution.Learned;

namespace Claims.Semantic.Attribution;

/// <summary>
/// The ranker's token-state features of the candidates of one document: what the encoder's states say about the
/// candidate's own spans, beside the lexical features (<see cref="AttributionCandidates.FeatureCount"/>). For each part
/// (<see cref="Parts"/>: the cue, the source, the content, the content's first and last token) the mean of the
/// token-state probe's tag probabilities (<see cref="TokenStateProbe.Probabilities"/>) over its tokens; the probe's
/// content probability of the tokens just before and just after the content (a content cut short or run long); and
/// the cosines of the parts' mean standardized states (cue and content, cue and source, source and content). A part
/// without tokens reads <see cref="Absent"/>. Immutable and thread-safe.
/// </summary>
internal sealed class CandidateStateFeatures
{
    /// <summary>The spans whose probe probabilities the ranker reads, in feature order.</summary>
    public enum Part { Cue, Source, Content, ContentFirst, ContentLast }

    /// <summary>The parts in feature order.</summary>
    public static readonly Part[] Parts = Enum.GetValues<Part>();

    /// <summary>The value of a feature whose span has no token (a candidate without a source, a content at the text's edge).</summary>
    public const float Absent = -2f;

    /// <summary>Features per candidate: the parts' tag probabilities, the two content neighbours, three cosines.</summary>
    public static readonly int Count = Parts.Length * AttributionTags.Count + 2 + 3;

    private readonly Document _document;
    private readonly float[] _z;
    private readonly int _dimensions;
    private readonly float[] _probabilities;

    /// <summary>Reads <paramref name="z"/> (standardized token states, <paramref name="dimensions"/> a token) and the probe's probabilities of the same tokens.</summary>
    public CandidateStateFeatures(Document document, float[] z, int dimensions, float[] probabilities)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(z);
        ArgumentNullException.ThrowIfNull(probabilities);
        if (z.Length != document.Tokens.Count * dimensions || probabilities.Length != document.Tokens.Count * AttributionTags.Count)
            throw new ArgumentException("token states and probabilities must cover the document's tokens");
        _document = document;
        _z = z;
        _dimensions = dimensions;
        _probabilities = probabilities;
    }

    /// <summary>The candidate with its features followed by its token-state features.</summary>
    public AttributionCandidate Extend(AttributionCandidate candidate)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        var a = candidate.Attribution;
        var content = _document.TokenRange(a.Content);
        var cue = a.Cue is { } c ? _document.TokenRange(c) : default;
        var source = a.Source is { } s ? _document.TokenRange(s) : default;
        var (from, length) = content.GetOffsetAndLength(_document.Tokens.Count);
        int to = from + length;
        int lexical = candidate.Features.Length;
        var x = new float[lexical + Count];
        candidate.Features.CopyTo(x, 0);
        int k = lexical;
        foreach (var part in Parts)
        {
            var range = part switch
            {
                Part.Cue => cue,
                Part.Source => source,
                Part.Content => content,
                Part.ContentFirst => from < to ? from..(from + 1) : default,
                _ => from < to ? (to - 1)..to : default,
            };
            MeanProbabilities(range, x.AsSpan(k, AttributionTags.Count));
            k += AttributionTags.Count;
        }
        x[k++] = ContentProbability(from - 1);
        x[k++] = ContentProbability(to);
        x[k++] = Cosine(cue, content);
        x[k++] = Cosine(cue, source);
        x[k] = Cosine(source, content);
        return candidate with { Features = x };
    }

    private void MeanProbabilities(Range range, Span<float> into)
    {
        var (start, length) = range.GetOffsetAndLength(_document.Tokens.Count);
        if (length == 0) { into.Fill(Absent); return; }
        int tags = AttributionTags.Count;
        into.Clear();
        for (int t = start; t < start + length; t++)
            for (int c = 0; c < tags; c++) into[c] += _probabilities[t * tags + c];
        for (int c = 0; c < tags; c++) into[c] /= length;
    }

    private float ContentProbability(int token)
    {
        if (token < 0 || token >= _document.Tokens.Count) return Absent;
        int tags = AttributionTags.Count;
        return _probabilities[token * tags + AttributionTags.ContentBegin] + _probabilities[token * tags + AttributionTags.ContentInside];
    }

    private float Cosine(Range a, Range b)
    {
        var (aStart, aLength) = a.GetOffsetAndLength(_document.Tokens.Count);
        var (bStart, bLength) = b.GetOffsetAndLength(_document.Tokens.Count);
        if (aLength == 0 || bLength == 0) return Absent;
        var u = Mean(aStart, aLength);
        var v = Mean(bStart, bLength);
        double dot = 0, uu = 0, vv = 0;
        for (int d = 0; d < _dimensions; d++)
        {
            dot += u[d] * v[d];
            uu += u[d] * u[d];
            vv += v[d] * v[d];
        }
        return uu == 0 || vv == 0 ? 0f : (float)(dot / Math.Sqrt(uu * vv));
    }

    private double[] Mean(int start, int length)
    {
        var mean = new double[_dimensions];
        for (int t = start; t < start + length; t++)
            for (int d = 0; d < _dimensions; d++) mean[d] += _z[t * _dimensions + d];
        for (int d = 0; d < _dimensions; d++) mean[d] /= length;
        return mean;
    }
}
