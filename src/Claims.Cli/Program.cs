using System.Text;
using Claims.Cli;

Console.OutputEncoding = new UTF8Encoding(false);
using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) => { e.Cancel = true; cancel.Cancel(); };
return new CliApp(Console.Out, Console.Error) { ShowProgress = !Console.IsErrorRedirected }.Run(args, cancel.Token);
