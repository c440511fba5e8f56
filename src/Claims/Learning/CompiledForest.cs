using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Microsoft.ML;
using Microsoft.ML.Calibrators;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;
using Microsoft.ML.Trainers.FastTree;

namespace Claims.Learning;

/// <summary>
/// A calibrated FastTree model (one-versus-all multi-class, or binary) flattened into arrays and evaluated directly:
/// per class, the sum of the trees' leaf values, Platt-calibrated, then (multi-class) normalized across classes, as
/// Microsoft.ML's prediction engine computes it, without its per-call overhead (about ten times faster) and without
/// any mutable state (thread-safe).
/// </summary>
internal sealed class CompiledForest
{
    private readonly ClassTrees[] _classes;

    private CompiledForest(ClassTrees[] classes) => _classes = classes;

    /// <summary>
    /// Flattens <paramref name="transformer"/>, or returns null when it is neither a one-versus-all nor a binary
    /// calibrated FastTree model over at most <paramref name="featureCount"/> features.
    /// </summary>
    public static CompiledForest? TryCompile(ITransformer transformer, int featureCount)
    {
        if (transformer is TransformerChain<ITransformer> chain) transformer = chain.LastTransformer;
        if (transformer is not ISingleFeaturePredictionTransformer<object> prediction) return null;
        if (prediction.Model is CalibratedModelParametersBase<FastTreeBinaryModelParameters, PlattCalibrator> binary)
            return Compile(binary, featureCount) is { } single ? new CompiledForest([single]) : null;
        if (prediction.Model is not OneVersusAllModelParameters ova) return null;
        // The per-class models are public on the generic OVA parameters only; read them by name, and fall back to the
        // prediction engine if a Microsoft.ML version renames them.
        var property = ova.GetType().GetProperty("SubModelParameters",
            System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance);
        if (property?.GetValue(ova) is not System.Collections.IEnumerable subModels) return null;
        var models = subModels.Cast<object>().ToArray();
        var classes = new ClassTrees[models.Length];
        for (int c = 0; c < classes.Length; c++)
        {
            if (models[c] is not CalibratedModelParametersBase<FastTreeBinaryModelParameters, PlattCalibrator> calibrated) return null;
            if (Compile(calibrated, featureCount) is not { } trees) return null;
            classes[c] = trees;
        }
        return new CompiledForest(classes);
    }

    private static ClassTrees? Compile(CalibratedModelParametersBase<FastTreeBinaryModelParameters, PlattCalibrator> calibrated, int featureCount)
    {
        var ensemble = calibrated.SubModel.TrainedTreeEnsemble;
        // All trees of a class in one array of 16-byte nodes, laid out breadth-first per tree so that the two
        // children of a split are adjacent: a step is "child + (x > threshold)", with no branch on the float.
        // A leaf is a node that steps to itself (threshold NaN: the comparison is false, child = self - 1), so
        // trees of different depths can be walked in lockstep for a fixed number of steps.
        var nodes = new List<Node>();
        int trees = ensemble.Trees.Count;
        var roots = new int[trees];
        var depths = new int[trees];
        var values = new Dictionary<int, double>();
        for (int t = 0; t < trees; t++)
        {
            var tree = ensemble.Trees[t];
            if (tree.CategoricalSplitFlags.Any(f => f)) return null;
            double weight = ensemble.TreeWeights[t];
            // Source nodes: split n >= 0, leaf l as ~l (the root is split 0, or leaf 0 in a single-leaf tree).
            var queue = new Queue<(int Source, int Slot, int Depth)>();
            roots[t] = nodes.Count;
            nodes.Add(default);
            queue.Enqueue((tree.NumericalSplitFeatureIndexes.Count == 0 ? ~0 : 0, roots[t], 0));
            while (queue.Count > 0)
            {
                var (source, slot, depth) = queue.Dequeue();
                if (source < 0)
                {
                    nodes[slot] = new Node(float.NaN, 0, (short)(slot - roots[t] - 1));
                    values.Add(slot, tree.LeafValues[~source] * weight);
                    depths[t] = Math.Max(depths[t], depth);
                    continue;
                }
                int feature = tree.NumericalSplitFeatureIndexes[source];
                if (feature < 0 || feature >= featureCount) return null;
                int first = nodes.Count;
                nodes.Add(default);
                nodes.Add(default);
                if (first + 1 - roots[t] > short.MaxValue) return null;
                nodes[slot] = new Node(tree.NumericalSplitThresholds[source], (short)feature, (short)(first - roots[t]));
                queue.Enqueue((tree.LeftChild[source], first, depth + 1));
                queue.Enqueue((tree.RightChild[source], first + 1, depth + 1));
            }
        }
        var leafValues = new double[nodes.Count];
        foreach (var (slot, value) in values) leafValues[slot] = value;
        return new ClassTrees(nodes.ToArray(), leafValues, roots, depths, ensemble.Bias, calibrated.Calibrator.Slope, calibrated.Calibrator.Offset);
    }

    /// <summary>Number of classes.</summary>
    public int ClassCount => _classes.Length;

    /// <summary>The calibrated probability of the first (for a binary model, the only) class.</summary>
    public double Probability(ReadOnlySpan<float> features)
    {
        var k = _classes[0];
        return 1.0 / (1.0 + Math.Exp(k.Slope * (k.Bias + k.Evaluate(features)) + k.Offset));
    }

    /// <summary>Writes the normalized class probabilities of <paramref name="features"/>.</summary>
    public void Predict(ReadOnlySpan<float> features, Span<float> probabilities)
    {
        double sum = 0;
        for (int c = 0; c < _classes.Length; c++)
        {
            var k = _classes[c];
            double score = k.Bias + k.Evaluate(features);
            double p = 1.0 / (1.0 + Math.Exp(k.Slope * score + k.Offset));
            probabilities[c] = (float)p;
            sum += p;
        }
        for (int c = 0; c < _classes.Length; c++)
            probabilities[c] = sum > 0 ? (float)(probabilities[c] / sum) : 1f / _classes.Length;
    }

    /// <summary>
    /// A node packed in 8 bytes (the whole shipped forest fits in about 0.5 MB). Indexes are relative to the tree's
    /// root. Split: go to <see cref="Child"/> when x[Feature] &lt;= Threshold (as FastTree does), else to Child + 1.
    /// Leaf: Threshold is NaN and Child is its own index - 1, so it steps to itself; its weighted value is in a
    /// separate array read once per tree.
    /// </summary>
    private readonly record struct Node(float Threshold, short Feature, short Child);

    private sealed class ClassTrees
    {
        /// <summary>Trees walked together: eight independent dependency chains keep the core busy.</summary>
        private const int Lanes = 8;

        private readonly Node[] _nodes;
        private readonly double[] _values;
        private readonly int[] _roots;
        private readonly int[] _groupSteps;

        public ClassTrees(Node[] nodes, double[] values, int[] roots, int[] depths, double bias, double slope, double offset)
        {
            _nodes = nodes;
            _values = values;
            // Trees of similar depth walk together (the sum is order-independent up to rounding, ~1e-15 here):
            // a group then wastes few steps on trees that already reached their leaf.
            var order = Enumerable.Range(0, roots.Length).OrderBy(t => depths[t]).ThenBy(t => t).ToArray();
            roots = order.Select(t => roots[t]).ToArray();
            depths = order.Select(t => depths[t]).ToArray();
            _roots = roots;
            Bias = bias;
            Slope = slope;
            Offset = offset;
            // A lockstep group of trees needs as many steps as its deepest tree.
            _groupSteps = new int[(roots.Length + Lanes - 1) / Lanes];
            for (int t = 0; t < roots.Length; t++)
                _groupSteps[t / Lanes] = Math.Max(_groupSteps[t / Lanes], depths[t]);
        }

        public double Bias { get; }
        public double Slope { get; }
        public double Offset { get; }

        /// <summary>Sum of the trees' (weighted) leaf values for <paramref name="x"/>.</summary>
        public double Evaluate(ReadOnlySpan<float> x)
        {
            // Indexes are validated when the trees are compiled (children inside the array, features below the
            // feature count, and callers check the vector length), so the walk skips bounds checks.
            ref Node n0 = ref MemoryMarshal.GetArrayDataReference(_nodes);
            ref float x0 = ref MemoryMarshal.GetReference(x);
            var roots = _roots;
            var values = _values;
            double sum = 0;
            int t = 0;
            for (int g = 0; g + 1 <= roots.Length / Lanes; g++, t += Lanes)
            {
                int ra = roots[t], rb = roots[t + 1], rc = roots[t + 2], rd = roots[t + 3];
                int re = roots[t + 4], rf = roots[t + 5], rh = roots[t + 6], rk = roots[t + 7];
                int a = 0, b = 0, c = 0, d = 0, e = 0, f = 0, h = 0, k = 0;
                for (int s = _groupSteps[g]; s > 0; s--)
                {
                    a = Step(ref n0, ref x0, ra + a); b = Step(ref n0, ref x0, rb + b);
                    c = Step(ref n0, ref x0, rc + c); d = Step(ref n0, ref x0, rd + d);
                    e = Step(ref n0, ref x0, re + e); f = Step(ref n0, ref x0, rf + f);
                    h = Step(ref n0, ref x0, rh + h); k = Step(ref n0, ref x0, rk + k);
                }
                sum += values[ra + a]; sum += values[rb + b]; sum += values[rc + c]; sum += values[rd + d];
                sum += values[re + e]; sum += values[rf + f]; sum += values[rh + h]; sum += values[rk + k];
            }
            for (; t < roots.Length; t++)
            {
                int a = 0;
                for (int s = _groupSteps[t / Lanes]; s > 0; s--) a = Step(ref n0, ref x0, roots[t] + a);
                sum += values[roots[t] + a];
            }
            return sum;
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static int Step(ref Node nodes, ref float x, int index)
        {
            ref readonly Node n = ref Unsafe.Add(ref nodes, index);
            // "!(x <= threshold)" sends NaN thresholds (leaves) and NaN features right, as FastTree's "x <= t" test.
            return n.Child + (Unsafe.Add(ref x, n.Feature) <= n.Threshold ? 0 : 1);
        }
    }
}
