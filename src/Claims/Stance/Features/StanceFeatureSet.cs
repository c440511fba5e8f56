namespace Claims.Stance;

/// <summary>
/// One named stance feature. Identity is the object: code reads a feature through its handle
/// (<c>vector[set.IndexOf(LexicalFeatures.CoverABest)]</c>), never through a position. Immutable.
/// </summary>
/// <param name="name">The feature's name, unique within a <see cref="StanceFeatureSet"/> ("cos_whole").</param>
public sealed class StanceFeature(string name)
{
    /// <summary>The feature's name.</summary>
    public string Name { get; } = !string.IsNullOrWhiteSpace(name) ? name : throw new ArgumentException("a feature needs a name", nameof(name));

    /// <inheritdoc />
    public override string ToString() => Name;
}

/// <summary>Computes one feature of a pair; must not allocate.</summary>
public delegate float PairFeatureFunction(in PairView pair);

/// <summary>
/// A group of stance features computed together (the lexical similarities, the cue-word counts, an embedding cosine
/// from another package). Implementations must be thread-safe and allocation-free in <see cref="Compute"/>.
/// </summary>
public interface IStanceFeatureGroup
{
    /// <summary>The group's name ("similarity", "word_pairs").</summary>
    string Name { get; }

    /// <summary>The group's features, in the order <see cref="Compute"/> writes them.</summary>
    IReadOnlyList<StanceFeature> Features { get; }

    /// <summary>Writes the <see cref="Features"/>.Count values of <paramref name="pair"/> into <paramref name="destination"/>.</summary>
    void Compute(in PairView pair, Span<float> destination);
}

/// <summary>A group whose features are each one function of the pair.</summary>
public sealed class ScalarFeatureGroup : IStanceFeatureGroup
{
    private readonly PairFeatureFunction[] _functions;

    /// <summary>Creates the group from its features and their functions, in vector order.</summary>
    public ScalarFeatureGroup(string name, IEnumerable<(StanceFeature Feature, PairFeatureFunction Compute)> features)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(features);
        var list = features.ToList();
        foreach (var (f, c) in list)
        {
            ArgumentNullException.ThrowIfNull(f, nameof(features));
            ArgumentNullException.ThrowIfNull(c, nameof(features));
        }
        Name = name;
        Features = list.Select(x => x.Feature).ToArray();
        _functions = list.Select(x => x.Compute).ToArray();
    }

    /// <inheritdoc />
    public string Name { get; }

    /// <inheritdoc />
    public IReadOnlyList<StanceFeature> Features { get; }

    /// <inheritdoc />
    public void Compute(in PairView pair, Span<float> destination)
    {
        var functions = _functions;
        for (int i = 0; i < functions.Length; i++) destination[i] = functions[i](in pair);
    }
}

/// <summary>
/// The feature registry of a stance model: groups in order, from which the vector layout, the feature names and the
/// model schema are derived. Immutable; extend a set with <see cref="With"/> (a semantic package appends its
/// embedding group to <see cref="Lexical"/>).
/// </summary>
public sealed class StanceFeatureSet
{
    private readonly Dictionary<StanceFeature, int> _index = new(ReferenceEqualityComparer.Instance);
    private readonly IStanceFeatureGroup[] _groups;
    private readonly int[] _offsets;
    private readonly int[] _lengths;

    /// <summary>Creates a set from <paramref name="groups"/>, in vector order.</summary>
    /// <exception cref="ArgumentException">Two features share a name or an object.</exception>
    public StanceFeatureSet(IEnumerable<IStanceFeatureGroup> groups)
    {
        ArgumentNullException.ThrowIfNull(groups);
        _groups = groups.ToArray();
        Groups = _groups;
        _offsets = new int[_groups.Length];
        _lengths = new int[_groups.Length];
        var names = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (int g = 0; g < Groups.Count; g++)
        {
            ArgumentNullException.ThrowIfNull(Groups[g], nameof(groups));
            _offsets[g] = names.Count;
            foreach (var f in Groups[g].Features)
            {
                if (!seen.Add(f.Name) || !_index.TryAdd(f, names.Count))
                    throw new ArgumentException($"feature '{f.Name}' (group '{Groups[g].Name}') appears twice", nameof(groups));
                names.Add(f.Name);
            }
            _lengths[g] = names.Count - _offsets[g];
        }
        Names = names;
    }

    /// <summary>The lexical features of the shipped model (similarities, cues, alignment, cue words, word pairs).</summary>
    public static StanceFeatureSet Lexical { get; } = new(LexicalFeatures.Groups);

    /// <summary>The groups, in vector order.</summary>
    public IReadOnlyList<IStanceFeatureGroup> Groups { get; }

    /// <summary>The feature names, in vector order (the model schema's slot names).</summary>
    public IReadOnlyList<string> Names { get; }

    /// <summary>Length of the vector.</summary>
    public int Count => Names.Count;

    /// <summary>Position of <paramref name="feature"/> in the vector, or -1 when the set lacks it.</summary>
    public int IndexOf(StanceFeature feature)
    {
        ArgumentNullException.ThrowIfNull(feature);
        return _index.TryGetValue(feature, out int i) ? i : -1;
    }

    /// <summary>Position of the first feature of <paramref name="group"/>, or -1 when the set lacks it.</summary>
    public int OffsetOf(IStanceFeatureGroup group)
    {
        ArgumentNullException.ThrowIfNull(group);
        for (int g = 0; g < Groups.Count; g++)
            if (ReferenceEquals(Groups[g], group)) return _offsets[g];
        return -1;
    }

    /// <summary>This set with <paramref name="group"/> appended.</summary>
    public StanceFeatureSet With(IStanceFeatureGroup group)
    {
        ArgumentNullException.ThrowIfNull(group);
        return new StanceFeatureSet([.. Groups, group]);
    }

    /// <summary>Writes every group's features of <paramref name="pair"/>; allocates nothing.</summary>
    internal void Compute(in PairView pair, Span<float> destination)
    {
        for (int g = 0; g < _groups.Length; g++)
            _groups[g].Compute(in pair, destination.Slice(_offsets[g], _lengths[g]));
    }
}
