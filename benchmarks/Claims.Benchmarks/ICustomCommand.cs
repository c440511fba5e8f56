namespace Claims.Benchmarks;

/// <summary>
/// A whole-run measurement that is not a BenchmarkDotNet benchmark (for example <c>scale --claims N</c>).
/// Program discovers implementations by reflection; any other first argument goes to BenchmarkDotNet's switcher.
/// </summary>
public interface ICustomCommand
{
    /// <summary>The sub-command name.</summary>
    string Name { get; }

    /// <summary>Runs with the arguments after the name; returns the exit code (2 for bad arguments).</summary>
    int Run(string[] args);
}
