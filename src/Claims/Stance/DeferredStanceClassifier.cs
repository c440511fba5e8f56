namespace Claims.Stance;

/// <summary>
/// A stance classifier created on first use: loading a model costs time that extraction-only callers
/// (<c>claims extract</c>) should not pay. Thread-safe: the inner classifier is created once.
/// </summary>
internal sealed class DeferredStanceClassifier(Func<IStanceClassifier> create) : IStanceClassifier, INeutralSkippingClassifier
{
    private readonly Lazy<IStanceClassifier> _inner = new(create, LazyThreadSafetyMode.ExecutionAndPublication);

    public StanceVerdict Classify(Claim a, Claim b) => _inner.Value.Classify(a, b);

    public StanceVerdict ClassifyUnlessNeutral(Claim a, Claim b) => _inner.Value is INeutralSkippingClassifier skipping
        ? skipping.ClassifyUnlessNeutral(a, b)
        : _inner.Value.Classify(a, b);
}
