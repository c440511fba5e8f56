using System.Runtime.ExceptionServices;

namespace Claims.Pipeline;

/// <summary>
/// Parallel loop that surfaces the first failure as itself rather than as an AggregateException, so callers see the
/// <see cref="AnalysisException"/> naming the input.
/// </summary>
internal static class ParallelRunner
{
    public static void Run(int count, int maxParallelism, Action<int> body, CancellationToken cancellationToken)
    {
        try
        {
            Parallel.For(0, count, new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = maxParallelism }, body);
        }
        catch (AggregateException e)
        {
            var first = e.Flatten().InnerExceptions.FirstOrDefault(x => x is not OperationCanceledException) ?? e.InnerExceptions[0];
            ExceptionDispatchInfo.Capture(first).Throw();
        }
    }

    /// <summary>A thread-safe "one more done" callback reporting to <paramref name="progress"/> (none when null).</summary>
    public static Action Counter(IProgress<AnalysisProgress>? progress, string phase, int total)
    {
        if (progress is null) return static () => { };
        progress.Report(new AnalysisProgress(phase, 0, total));
        int done = 0;
        return () => progress.Report(new AnalysisProgress(phase, Interlocked.Increment(ref done), total));
    }
}
