using System.Text;
using Claims.Cli;

Console.OutputEncoding = new UTF8Encoding(false);
using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) => { e.Cancel = true; cancel.Cancel(); };
try
{
    return new CliApp(Console.Out, Console.Error).Run(args, cancel.Token);
}
catch (OperationCanceledException)
{
    Console.Error.WriteLine("claims: cancelled");
    return 130;
}
