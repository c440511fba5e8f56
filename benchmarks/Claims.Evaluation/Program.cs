using System.Reflection;
using Claims.Evaluation;

var commands = typeof(IEvaluationCommand).Assembly.GetTypes()
    .Where(t => t is { IsAbstract: false, IsInterface: false } && typeof(IEvaluationCommand).IsAssignableFrom(t))
    .Select(t => (IEvaluationCommand)Activator.CreateInstance(t)!)
    .OrderBy(c => c.Name, StringComparer.Ordinal)
    .ToList();

if (args.Length == 0 || args[0] is "-h" or "--help")
{
    Console.WriteLine("usage: Claims.Evaluation COMMAND [options]");
    foreach (var c in commands) Console.WriteLine($"  {c.Name} {c.Usage}");
    return args.Length == 0 ? 2 : 0;
}

var command = commands.FirstOrDefault(c => c.Name == args[0]);
if (command is null)
{
    Console.Error.WriteLine($"unknown command '{args[0]}'; known: {string.Join(", ", commands.Select(c => c.Name))}");
    return 2;
}
try
{
    return command.Run(args[1..]);
}
catch (FormatException e)
{
    // A malformed option value (a flag, a number): the message names the option.
    Console.Error.WriteLine($"{command.Name}: {e.Message}");
    return 2;
}
catch (Exception e) when (e is IOException or UnauthorizedAccessException)
{
    // A missing or unreadable input file or folder: the message names it.
    Console.Error.WriteLine($"{command.Name}: {e.Message}");
    return 2;
}
