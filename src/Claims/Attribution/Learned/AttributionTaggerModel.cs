using System.Globalization;
using System.IO.Compression;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Claims.Attribution.Learned;

/// <summary>
/// An averaged perceptron tagger over <see cref="TaggerFeatures"/>: hashed weights per (feature, tag), with context
/// features conjoined with the previous tag and a second-order tag feature, decoded left to right. Trained token by
/// token on the tags it chose itself before each token (as decoding sees them), documents in a seeded order,
/// single-threaded, so the same data and seed give the same bytes. Read-only after
/// training or loading, hence thread-safe. Trained by <c>AttributionTaggerTrainer</c> (<c>Claims.Training</c>).
/// </summary>
internal sealed class AttributionTaggerModel
{
    private const string Magic = "claims-attribution-tagger/1";
    internal const int Tags = AttributionTags.Count;
    private readonly float[] _weights;
    private readonly int _bits;
    // The weights again, each row padded to eight floats (32 bytes, aligned): one cache line per row read, where a row
    // of five straddles two lines one time in three; decoding is bound by these reads.
    private readonly float[] _paddedRows;
    private readonly int _paddedStart;

    internal AttributionTaggerModel(float[] weights, int bits, bool useRuleTags, string description)
    {
        _weights = weights;
        _bits = bits;
        (_paddedRows, _paddedStart) = PaddedRows(weights, bits);
        UseRuleTags = useRuleTags;
        Description = description;
    }

    /// <summary>The weights, as saved (one row of <see cref="Tags"/> per slot).</summary>
    internal ReadOnlySpan<float> Weights => _weights;

    /// <summary>Whether the model reads the rule-based attributions' tags as features.</summary>
    public bool UseRuleTags { get; }

    /// <summary>How the model was trained (data size, epochs, seed).</summary>
    public string Description { get; }

    /// <summary>
    /// Left-to-right decoding, as trained: each token's best tag given the two tags chosen before it; and per token the
    /// score of its best content tag minus that of its best other tag (positive when the token is content).
    /// </summary>
    public (int[] Tags, float[] ContentMargin) Decode(TaggerFeatures features) => Decode(features, out _);

    /// <summary>
    /// <see cref="Decode(TaggerFeatures)"/>, and per token the cue tag's score minus the best other tag's (positive
    /// when the token is a cue word).
    /// </summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> fired (checked every 256 tokens).</exception>
    public (int[] Tags, float[] ContentMargin) Decode(TaggerFeatures features, out float[] cueMargin, CancellationToken cancellationToken = default)
    {
        int n = features.Words.Count;
        var tags = new int[n];
        var margin = new float[n];
        cueMargin = new float[n];
        Span<float> score = stackalloc float[Tags];
        int previous = -1, beforePrevious = -1;
        for (int i = 0; i < n; i++)
        {
            if ((i & LearnedAttributionModel.CancellationMask) == 0) cancellationToken.ThrowIfCancellationRequested();
            ScorePadded(features, i, previous, beforePrevious, score);
            int best = 0;
            for (int t = 1; t < Tags; t++) if (score[t] > score[best]) best = t;
            float content = Math.Max(score[AttributionTags.ContentBegin], score[AttributionTags.ContentInside]);
            float other = Math.Max(Math.Max(score[AttributionTags.Outside], score[AttributionTags.Cue]), score[AttributionTags.Source]);
            margin[i] = content - other;
            float notCue = Math.Max(Math.Max(score[AttributionTags.Outside], content), score[AttributionTags.Source]);
            cueMargin[i] = score[AttributionTags.Cue] - notCue;
            beforePrevious = previous;
            tags[i] = previous = best;
        }
        return (tags, margin);
    }

    // The scores of all tags of token i after the given two tags: each feature's slot is computed once and its
    // five weights, one per tag, are adjacent. The weights are added in feature order, tag by tag as four lanes and
    // one, so each tag's float sum is the same as adding them one by one.
    internal static void Score(TaggerFeatures features, int i, int previous, int beforePrevious, float[] weights, int bits, Span<float> score)
    {
        if (Tags != 5 || score.Length < Tags) throw new ArgumentException($"the score buffer needs {Tags} entries (four lanes and one)", nameof(score));
        if (weights.Length != (1 << bits) * Tags) throw new ArgumentException("the weights do not match the feature bits", nameof(weights));
        ref float w = ref MemoryMarshal.GetArrayDataReference(weights);
        var sum = Vector128<float>.Zero;
        float last = 0;
        Accumulate(ref w, SecondOrderSlot(previous, beforePrevious, bits), ref sum, ref last);
        foreach (ulong h in features.Emission(i)) Accumulate(ref w, Slot(h, -2, bits), ref sum, ref last);
        foreach (ulong h in features.Context(i)) Accumulate(ref w, Slot(h, previous, bits), ref sum, ref last);
        sum.CopyTo(score);
        score[Tags - 1] = last;
    }

    // Adds the row at slot (the first of its five weights; Slot keeps it inside the array, which the caller checked).
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Accumulate(ref float weights, int slot, ref Vector128<float> sum, ref float last)
    {
        ref float row = ref Unsafe.Add(ref weights, (nint)(uint)slot);
        sum += Vector128.LoadUnsafe(ref row);
        last += Unsafe.Add(ref row, Tags - 1);
    }

    /// <summary>
    /// <see cref="Score"/> with this model's weights, read from the padded rows as eight lanes (the three padding lanes
    /// stay zero and are dropped): each tag's sum adds the same floats in the same order, so it has the same bits.
    /// </summary>
    private void ScorePadded(TaggerFeatures features, int i, int previous, int beforePrevious, Span<float> score)
    {
        ref float w = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_paddedRows), _paddedStart);
        int bits = _bits;
        var sum = Vector256<float>.Zero;
        sum += Vector256.LoadUnsafe(ref w, (nuint)SecondOrderRow(previous, beforePrevious, bits) * PaddedRow);
        foreach (ulong h in features.Emission(i)) sum += Vector256.LoadUnsafe(ref w, (nuint)Row(h, -2, bits) * PaddedRow);
        foreach (ulong h in features.Context(i)) sum += Vector256.LoadUnsafe(ref w, (nuint)Row(h, previous, bits) * PaddedRow);
        for (int t = 0; t < Tags; t++) score[t] = sum.GetElement(t);
    }

    // Floats per padded row (a power of two at least Tags).
    private const int PaddedRow = 8;

    // The padded rows in an array that never moves (pinned object heap), from the first float at a 32-byte boundary:
    // returns the array and the index of that float.
    private static (float[] Rows, int Start) PaddedRows(float[] weights, int bits)
    {
        var rows = GC.AllocateArray<float>((1 << bits) * PaddedRow + PaddedRow, pinned: true);
        var handle = GCHandle.Alloc(rows, GCHandleType.Pinned);
        long address = handle.AddrOfPinnedObject();
        handle.Free();
        int start = (int)((32 - address % 32) % 32) / sizeof(float);
        for (int r = 0; r < 1 << bits; r++)
            weights.AsSpan(r * Tags, Tags).CopyTo(rows.AsSpan(start + r * PaddedRow, Tags));
        return (rows, start);
    }

    internal static int SecondOrderSlot(int previous, int beforePrevious, int bits) => SecondOrderRow(previous, beforePrevious, bits) * Tags;

    private static int SecondOrderRow(int previous, int beforePrevious, int bits) => Row(0x5EC0DD0DE4UL + (ulong)(beforePrevious + 1), previous, bits);

    // Multiplicative hashing of the feature (conjoined with the previous tag for context features; -2 for emission).
    internal static int Slot(ulong hash, int previous, int bits) => Row(hash, previous, bits) * Tags;

    // The row of a feature's five weights (Slot is its first weight's index).
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Row(ulong hash, int previous, int bits)
    {
        ulong h = (hash ^ ((ulong)(previous + 3) * 0xC2B2AE3D27D4EB4FUL)) * 0x9E3779B97F4A7C15UL;
        return (int)(h >> (64 - bits));
    }

    /// <summary>
    /// Writes the model: a header, then the non-zero weight rows (slot index and five half-precision weights), deflated.
    /// </summary>
    public void Save(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var deflate = new DeflateStream(stream, CompressionLevel.SmallestSize, leaveOpen: true);
        using var writer = new BinaryWriter(deflate);
        writer.Write(Magic);
        writer.Write(_bits);
        writer.Write(UseRuleTags);
        writer.Write(Description);
        int rows = 1 << _bits;
        for (int r = 0; r < rows; r++)
        {
            bool any = false;
            for (int t = 0; t < Tags; t++) any |= _weights[r * Tags + t] != 0;
            if (!any) continue;
            writer.Write(r);
            for (int t = 0; t < Tags; t++) writer.Write((Half)_weights[r * Tags + t]);
        }
        writer.Write(-1);
    }

    /// <summary>Reads a model written by <see cref="Save"/>.</summary>
    /// <exception cref="InvalidDataException">The stream is not such a model.</exception>
    public static AttributionTaggerModel Load(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var deflate = new DeflateStream(stream, CompressionMode.Decompress, leaveOpen: true);
        // Buffered: the reader asks for 2 or 4 bytes at a time, and each read of the deflate stream itself calls into zlib.
        using var buffered = new BufferedStream(deflate, 1 << 16);
        using var reader = new BinaryReader(buffered);
        try
        {
            if (reader.ReadString() != Magic) throw new InvalidDataException("not a Claims attribution tagger model");
            int bits = reader.ReadInt32();
            if (bits is < 10 or > 24) throw new InvalidDataException($"attribution tagger model has {bits} feature bits");
            bool useRuleTags = reader.ReadBoolean();
            string description = reader.ReadString();
            var weights = new float[(1 << bits) * Tags];
            while (true)
            {
                int r = reader.ReadInt32();
                if (r < 0) break;
                if (r >= 1 << bits) throw new InvalidDataException($"attribution tagger model row {r} is out of range");
                for (int t = 0; t < Tags; t++) weights[r * Tags + t] = (float)reader.ReadHalf();
            }
            return new AttributionTaggerModel(weights, bits, useRuleTags, description);
        }
        catch (EndOfStreamException e)
        {
            throw new InvalidDataException("attribution tagger model is truncated", e);
        }
        catch (Exception e) when (e is FormatException or System.Text.DecoderFallbackException or OverflowException)
        {
            // A corrupt length prefix or string: the reader's own complaint, as the data error it is.
            throw new InvalidDataException($"attribution tagger model is corrupt: {e.Message}", e);
        }
    }
}
