using System.Diagnostics;
using System.Globalization;
using Claims.Tests.Hostile;

namespace Claims.Benchmarks;

/// <summary>
/// <c>growth [--shapes A,B] [--sizes N,M] [--mode extract|analyze|both] [--one-line N] [--no-cancel] [--cancel-size N]</c>:
/// how time and memory grow with input length on each hostile shape (<see cref="HostileText"/>), and how soon a
/// cancelled analysis returns. Each case runs in its own process (so its peak memory is its own; tiered compilation off,
/// so all code is optimized from the start) after a warm-up on the seed articles; per case it prints the wall and CPU
/// seconds of the whole extraction or analysis, the CPU seconds of every per-article stage, MB/s of CPU time, the peak
/// working set, and between sizes the growth exponent of CPU time log(t2/t1)/log(n2/n1) (CPU time, because on a
/// shared machine wall time measures the wait for a core as much as the work). Then, on a one-line article of
/// <c>--cancel-size</c> characters, it cancels in the middle of every stage that runs long enough, and in the middle
/// of pairing and stance, and prints how long each call took to return after the token fired.
/// </summary>
public sealed class GrowthCommand : ICustomCommand
{
    /// <inheritdoc />
    public string Name => "growth";

    /// <inheritdoc />
    public int Run(string[] args)
    {
        var shapes = HostileText.Shapes.Where(s => s is not (HostileShape.Empty or HostileShape.Whitespace)).ToList();
        int[] sizes = [100_000, 1_000_000];
        string mode = "both";
        int oneLine = 10_000_000, cancelSize = 10_000_000;
        bool cancel = true;
        for (int i = 0; i < args.Length; i++)
        {
            string? next = i + 1 < args.Length ? args[i + 1] : null;
            switch (args[i])
            {
                case "--shapes" when next is not null:
                    shapes = next.Split(',').Select(s => Enum.Parse<HostileShape>(s, ignoreCase: true)).ToList();
                    i++;
                    break;
                case "--sizes" when next is not null:
                    sizes = next.Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToArray();
                    i++;
                    break;
                case "--mode" when next is "extract" or "analyze" or "both":
                    mode = next;
                    i++;
                    break;
                case "--one-line" when next is not null:
                    oneLine = int.Parse(next, CultureInfo.InvariantCulture);
                    i++;
                    break;
                case "--cancel-size" when next is not null:
                    cancelSize = int.Parse(next, CultureInfo.InvariantCulture);
                    i++;
                    break;
                case "--no-cancel":
                    cancel = false;
                    break;
                default:
                    Console.Error.WriteLine($"growth: unexpected argument '{args[i]}'");
                    Console.Error.WriteLine("usage: growth [--shapes A,B] [--sizes N,M] [--mode extract|analyze|both] [--one-line N] [--no-cancel] [--cancel-size N]");
                    return 2;
            }
        }

        Console.WriteLine($"machine: {Environment.ProcessorCount} logical cores, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}; load average {LoadAverage()}");
        string[] modes = mode == "both" ? ["extract", "analyze"] : [mode];
        foreach (var shape in shapes)
        {
            var shapeSizes = shape == HostileShape.OneLine && oneLine > 0 ? sizes.Append(oneLine).Distinct().ToArray() : sizes;
            foreach (string m in modes)
            {
                GrowthCase? previous = null;
                foreach (int size in shapeSizes)
                {
                    var result = RunChild("growth-case", "--shape", shape.ToString(), "--size", size.ToString(CultureInfo.InvariantCulture), "--mode", m);
                    if (result is null) { Console.WriteLine(Invariant($"{shape} {m} {size}: failed (see above)")); break; }
                    Console.WriteLine(result.Describe(previous));
                    previous = result;
                }
            }
        }
        if (cancel)
        {
            var lines = RunChildLines("growth-cancel", "--size", cancelSize.ToString(CultureInfo.InvariantCulture));
            foreach (var line in lines) Console.WriteLine(line);
        }
        return 0;
    }

    private static GrowthCase? RunChild(params string[] args)
    {
        var lines = RunChildLines(args);
        var last = lines.LastOrDefault(l => l.StartsWith("case ", StringComparison.Ordinal));
        if (last is null)
        {
            foreach (var line in lines) Console.WriteLine("  " + line);
            return null;
        }
        return GrowthCase.Parse(last);
    }

    private static List<string> RunChildLines(params string[] args)
    {
        var start = new ProcessStartInfo(Environment.ProcessPath!) { RedirectStandardOutput = true, RedirectStandardError = true };
        // Fully optimized code from the first call: with tiered compilation, a short case runs much of its time in
        // unoptimized code (more so on a busy machine, where the background recompilation waits), which bends exponents.
        start.Environment["DOTNET_TieredCompilation"] = "0";
        // Under "dotnet Claims.Benchmarks.dll" the process is dotnet itself: pass the assembly first.
        if (Path.GetFileNameWithoutExtension(Environment.ProcessPath!) == "dotnet")
            start.ArgumentList.Add(typeof(GrowthCommand).Assembly.Location);
        foreach (var a in args) start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        var errors = process.StandardError.ReadToEndAsync();
        var output = new List<string>();
        while (process.StandardOutput.ReadLine() is { } line) output.Add(line);
        process.WaitForExit();
        string err = errors.Result;
        if (process.ExitCode != 0)
            output.Add($"exit {process.ExitCode}: {err.Trim()}");
        return output;
    }

    internal static string LoadAverage()
    {
        try { return File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a"; }
        catch (IOException) { return "n/a"; }
    }

    internal static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}

/// <summary>One measured case, as a child process prints it: <c>case shape=S size=N mode=M seconds=T peak_mb=P claims=C pairs=P stages=a:1.2,b:0.3</c>.</summary>
internal sealed record GrowthCase(string Shape, int Size, string Mode, double Seconds, double CpuSeconds, double PeakMb, int Claims, int Pairs, IReadOnlyList<(string Stage, double Seconds)> Stages)
{
    /// <summary>Megabytes allocated by the measured part (in the extract mode, by the extraction; in the analyze mode, by the analysis).</summary>
    public double AllocatedMb { get; init; }

    public string ToLine() => GrowthCommand.Invariant(
        $"case shape={Shape} size={Size} mode={Mode} seconds={Seconds:F3} cpu={CpuSeconds:F3} peak_mb={PeakMb:F0} alloc_mb={AllocatedMb:F0} claims={Claims} pairs={Pairs} stages={string.Join(',', Stages.Select(s => GrowthCommand.Invariant($"{s.Stage}:{s.Seconds:F3}")))}");

    public static GrowthCase Parse(string line)
    {
        var fields = line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1)
            .Select(f => f.Split('=', 2)).ToDictionary(f => f[0], f => f.Length > 1 ? f[1] : "", StringComparer.Ordinal);
        var stages = fields["stages"].Length == 0 ? [] : fields["stages"].Split(',')
            .Select(s => s.Split(':')).Select(s => (s[0], double.Parse(s[1], CultureInfo.InvariantCulture))).ToList();
        return new GrowthCase(fields["shape"], int.Parse(fields["size"], CultureInfo.InvariantCulture), fields["mode"],
            double.Parse(fields["seconds"], CultureInfo.InvariantCulture), double.Parse(fields["cpu"], CultureInfo.InvariantCulture),
            double.Parse(fields["peak_mb"], CultureInfo.InvariantCulture),
            int.Parse(fields["claims"], CultureInfo.InvariantCulture), int.Parse(fields["pairs"], CultureInfo.InvariantCulture), stages)
        {
            AllocatedMb = fields.TryGetValue("alloc_mb", out var alloc) ? double.Parse(alloc, CultureInfo.InvariantCulture) : 0,
        };
    }

    /// <summary>
    /// A report line: wall and CPU seconds, MB/s of CPU time, peak working set; with the previous size of the same shape,
    /// the growth exponent of CPU time overall and per stage (stage times are CPU seconds).
    /// </summary>
    public string Describe(GrowthCase? previous)
    {
        double mbps = Size / 1e6 / Math.Max(CpuSeconds, 1e-9);
        string line = GrowthCommand.Invariant($"{Shape,-16} {Mode,-7} {Size,10:N0} chars: wall {Seconds,7:F2} s, cpu {CpuSeconds,7:F2} s, {mbps,6:F2} MB/s (cpu), peak {PeakMb,5:F0} MB, allocated {AllocatedMb,6:F0} MB; {Claims} claims, {Pairs} pairs");
        if (previous is null || previous.CpuSeconds <= 0) return line + "\n    stages: " + StageList(null);
        double ratio = Math.Log((double)Size / previous.Size);
        double exponent = Math.Log(CpuSeconds / previous.CpuSeconds) / ratio;
        return line + GrowthCommand.Invariant($"; exponent {exponent:F2} from {previous.Size:N0}") + "\n    stages: " + StageList(previous);
    }

    private string StageList(GrowthCase? previous) => string.Join(", ", Stages.Select(s =>
    {
        var before = previous?.Stages.FirstOrDefault(p => p.Stage == s.Stage);
        // Exponents of stages under 50 ms are noise.
        string growth = before is { Seconds: > 0.05 } b && s.Seconds > 0.05
            ? GrowthCommand.Invariant($" (n^{Math.Log(s.Seconds / b.Seconds) / Math.Log((double)Size / previous!.Size):F2})") : "";
        return GrowthCommand.Invariant($"{s.Stage} {s.Seconds:F2}s{growth}");
    }));
}
