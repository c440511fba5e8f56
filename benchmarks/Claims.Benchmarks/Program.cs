using BenchmarkDotNet.Running;
using Claims.Benchmarks;

var custom = typeof(ICustomCommand).Assembly.GetTypes()
    .Where(t => t is { IsAbstract: false, IsInterface: false } && typeof(ICustomCommand).IsAssignableFrom(t))
    .Select(t => (ICustomCommand)Activator.CreateInstance(t)!)
    .ToDictionary(c => c.Name, StringComparer.Ordinal);

if (args.Length > 0 && custom.TryGetValue(args[0], out var command))
    return command.Run(args[1..]);

// Everything else is BenchmarkDotNet: e.g. --filter '*Pairing*'.
BenchmarkSwitcher.FromAssembly(typeof(ICustomCommand).Assembly).Run(args);
return 0;
