namespace Claims.Stance;

/// <summary>
/// A stance classifier created on first use: loading a model costs time that extraction-only callers
/// (<c>claims extract</c>) should not pay. Thread-safe: the inner classifier is created once.
/// </summary>
internal sealed class DeferredStanceClassifier(Func<IStanceClassifier> create) : IStanceClassifier, INeutralSkippingClassifier
{
    private readonly Lazy<IStanceClassifier> _inner = new(create, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>
    /// Starts creating the inner classifier on a pool thread (an analysis calls it while its extraction runs, so the
    /// model loads on another core). A failure is kept by the lazy value and thrown where the classifier is first used.
    /// </summary>
    public void PreloadInBackground()
    {
        if (_inner.IsValueCreated) return;
        _ = Task.Run(() =>
        {
            try { _ = _inner.Value; }
            catch (Exception) { /* kept by the Lazy (ExecutionAndPublication caches it): rethrown on first use */ }
        });
    }

    public StanceVerdict Classify(Claim a, Claim b) => _inner.Value.Classify(a, b);

    public StanceVerdict ClassifyUnlessNeutral(Claim a, Claim b) => _inner.Value is INeutralSkippingClassifier skipping
        ? skipping.ClassifyUnlessNeutral(a, b)
        : _inner.Value.Classify(a, b);
}
