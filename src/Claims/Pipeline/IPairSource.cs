using Claims.Attribution;
using Claims.Matching;
using Claims.Stance;
using Claims.Stories;

namespace Claims.Pipeline;

/// <summary>
/// Produces classified pairs for an analysis run, lazily: the analyzer's own claim pairing
/// (<see cref="IClaimPairer"/>, <see cref="IClaimPairFilter"/>, <see cref="IStanceClassifier"/>) is the first source;
/// sources added with <see cref="ClaimAnalyzerBuilder.AddPairSource"/> follow it, in the order they were added.
/// <see cref="AnalysisRun.Pairs"/> yields each source's pairs as they are produced, source after source, and writers
/// write them as they come, so a source should yield pairs as it classifies them rather than gather them first.
/// Implementations must be thread-safe (one source serves every run of an analyzer) and deterministic (the same
/// pairs in the same order for the same input).
/// </summary>
public interface IPairSource
{
    /// <summary>A short name for messages ("claim-pairs").</summary>
    string Name { get; }

    /// <summary>The pairs of one run, in a deterministic order.</summary>
    /// <param name="context">The run's extraction (documents, claims, speakers, stories) and the analyzer's parts.</param>
    /// <param name="cancellationToken">Stops the enumeration; checked at least once per unit of work.</param>
    IEnumerable<ClaimPair> Pairs(PairSourceContext context, CancellationToken cancellationToken);
}

/// <summary>
/// What a <see cref="IPairSource"/> sees of one run: the complete extraction (every article's claims, the linked
/// speakers, the stories) and the analyzer's stance classifier, gate and pairing options. Warnings it adds with
/// <see cref="Warn"/> end up in <see cref="AnalysisRun.Warnings"/> and the report's warnings. One context per
/// enumeration of <see cref="AnalysisRun.Pairs"/>; <see cref="Warn"/> is thread-safe.
/// </summary>
public sealed class PairSourceContext
{
    private readonly List<string> _warnings = [];

    internal PairSourceContext(IReadOnlyList<Document> documents, IReadOnlyList<Claim> claims, IReadOnlyList<Speaker> speakers,
        IReadOnlyList<Story> stories, IStanceClassifier classifier, IVerdictGate? gate, PairingOptions pairing,
        int maxDegreeOfParallelism, IProgress<AnalysisProgress>? progress)
    {
        Documents = documents;
        Claims = claims;
        Speakers = speakers;
        Stories = stories;
        Classifier = classifier;
        Gate = gate;
        Pairing = pairing;
        MaxDegreeOfParallelism = maxDegreeOfParallelism;
        Progress = progress;
    }

    /// <summary>The analyzed documents, in input order.</summary>
    public IReadOnlyList<Document> Documents { get; }

    /// <summary>Every claim of every document, in document then text order (the order pair positions refer to).</summary>
    public IReadOnlyList<Claim> Claims { get; }

    /// <summary>Speakers linked across the documents.</summary>
    public IReadOnlyList<Speaker> Speakers { get; }

    /// <summary>The stories the documents were grouped into (empty without a story grouper).</summary>
    public IReadOnlyList<Story> Stories { get; }

    /// <summary>The analyzer's stance classifier.</summary>
    public IStanceClassifier Classifier { get; }

    /// <summary>The analyzer's verdict gate, or null.</summary>
    public IVerdictGate? Gate { get; }

    /// <summary>The analyzer's pairing options (neutral pairs kept or not, caps).</summary>
    public PairingOptions Pairing { get; }

    /// <summary>Copied text among the run's articles and claims (<see cref="AnalysisReport.Copies"/>).</summary>
    internal TextCopies Copies { get; init; } = TextCopies.None;

    /// <summary>Most threads a source should use.</summary>
    public int MaxDegreeOfParallelism { get; }

    /// <summary>Where to report progress (phase <see cref="AnalysisProgress.Pairs"/>), or null.</summary>
    public IProgress<AnalysisProgress>? Progress { get; }

    /// <summary>Adds a warning about a limit the source reached (for example a cap), in words.</summary>
    public void Warn(string warning)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(warning);
        lock (_warnings) _warnings.Add(warning);
    }

    internal IReadOnlyList<string> Warnings()
    {
        lock (_warnings) return [.. _warnings];
    }
}
