using System.Diagnostics.Tracing;
using System.Globalization;

namespace Claims.Benchmarks;

/// <summary>
/// Samples the runtime's allocation ticks (one event per about 100 KB allocated, naming the type allocated then) and
/// sums the bytes per type: where the allocation volume, and so the collections, come from. Used by
/// <c>throughput --allocations</c>.
/// </summary>
internal sealed class AllocationSampler : EventListener
{
    private const EventKeywords GcKeyword = (EventKeywords)0x1;
    private readonly Dictionary<string, long> _bytes = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private bool _on;

    /// <summary>Starts counting (events before this call are ignored).</summary>
    public void Start() { lock (_gate) { _bytes.Clear(); _on = true; } }

    /// <summary>Stops counting and returns the types that took the most sampled bytes, largest first.</summary>
    public IReadOnlyList<(string Type, long Bytes)> Stop(int top)
    {
        lock (_gate)
        {
            _on = false;
            return _bytes.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).Take(top).Select(p => (p.Key, p.Value)).ToList();
        }
    }

    protected override void OnEventSourceCreated(EventSource eventSource)
    {
        if (eventSource.Name == "Microsoft-Windows-DotNETRuntime") EnableEvents(eventSource, EventLevel.Verbose, GcKeyword);
    }

    protected override void OnEventWritten(EventWrittenEventArgs eventData)
    {
        if (eventData.EventName is null || !eventData.EventName.StartsWith("GCAllocationTick", StringComparison.Ordinal) || eventData.Payload is null) return;
        int typeAt = eventData.PayloadNames!.IndexOf("TypeName"), amountAt = eventData.PayloadNames.IndexOf("AllocationAmount64");
        if (typeAt < 0 || amountAt < 0) return;
        string type = eventData.Payload[typeAt] as string ?? "?";
        long amount = Convert.ToInt64(eventData.Payload[amountAt], CultureInfo.InvariantCulture);
        lock (_gate) if (_on) _bytes[type] = _bytes.GetValueOrDefault(type) + amount;
    }
}
