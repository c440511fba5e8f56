using System.Diagnostics;
using Claims.Attribution.Patterns;

namespace Claims.Benchmarks;

/// <summary>
/// Wraps attribution patterns so that each one's time is summed (for <c>rule-scaling --per-pattern</c>): the wrapper
/// implements the same pattern kind, so the runner's order and grouping are unchanged.
/// </summary>
internal sealed class TimedPatterns
{
    public TimedPatterns(IEnumerable<IAttributionPattern> patterns) => Patterns = patterns.Select(Wrap).ToArray();

    public IAttributionPattern[] Patterns { get; }

    public Dictionary<string, long> Ticks { get; } = new(StringComparer.Ordinal);

    private void Record(string name, long start) =>
        Ticks[name] = Ticks.GetValueOrDefault(name) + (Stopwatch.GetTimestamp() - start);

    private IAttributionPattern Wrap(IAttributionPattern p) => p switch
    {
        IQuotePattern q => new Quote(this, q),
        ICuePattern c => new Cue(this, c),
        ISentencePattern s => new Sentence(this, s),
        IDocumentPattern d => new Whole(this, d),
        _ => p,
    };

    private sealed class Quote(TimedPatterns owner, IQuotePattern inner) : IQuotePattern
    {
        public string Name => inner.Name;

        public bool TryAttribute(AttributionDraft draft, int quote, out int lastQuote)
        {
            long t = Stopwatch.GetTimestamp();
            bool taken = inner.TryAttribute(draft, quote, out lastQuote);
            owner.Record(Name, t);
            return taken;
        }
    }

    private sealed class Cue(TimedPatterns owner, ICuePattern inner) : ICuePattern
    {
        public string Name => inner.Name;

        public bool TryAttribute(AttributionDraft draft, SentenceTokens sentence, CueMatch cue)
        {
            long t = Stopwatch.GetTimestamp();
            bool taken = inner.TryAttribute(draft, sentence, cue);
            owner.Record(Name, t);
            return taken;
        }
    }

    private sealed class Sentence(TimedPatterns owner, ISentencePattern inner) : ISentencePattern
    {
        public string Name => inner.Name;

        public SentenceKinds Reads => inner.Reads;

        public void Attribute(AttributionDraft draft, SentenceTokens sentence)
        {
            long t = Stopwatch.GetTimestamp();
            inner.Attribute(draft, sentence);
            owner.Record(Name, t);
        }
    }

    private sealed class Whole(TimedPatterns owner, IDocumentPattern inner) : IDocumentPattern
    {
        public string Name => inner.Name;

        public void Attribute(AttributionDraft draft, CancellationToken cancellationToken)
        {
            long t = Stopwatch.GetTimestamp();
            inner.Attribute(draft, cancellationToken);
            owner.Record(Name, t);
        }
    }
}
