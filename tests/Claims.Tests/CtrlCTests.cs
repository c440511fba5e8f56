using System.Diagnostics;

namespace Claims.Tests;

/// <summary>Ctrl-C on the real command: SIGINT to a running <c>claims analyze</c> gives exit 130 and "claims: cancelled".</summary>
public class CtrlCTests
{
    [Test]
    public void InterruptExits130WithAMessage()
    {
        if (OperatingSystem.IsWindows()) Assert.Ignore("SIGINT is sent with kill(1)");
        string dir = Path.Combine(Path.GetTempPath(), "claims-sigint-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        try
        {
            // Enough articles that the run is still going when the signal comes.
            for (int copy = 0; copy < 60; copy++)
                foreach (var seed in Directory.GetFiles(SeedFiles.Directory, "*.txt"))
                    File.Copy(seed, Path.Combine(dir, $"{copy:000}-{Path.GetFileName(seed)}"));
            string cli = Path.Combine(TestContext.CurrentContext.TestDirectory, "Claims.Cli.dll");
            var start = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
            foreach (var arg in new[] { cli, "analyze", dir, "--quiet" }) start.ArgumentList.Add(arg);
            using var process = Process.Start(start)!;
            var stderr = process.StandardError.ReadToEndAsync();
            var stdout = process.StandardOutput.ReadToEndAsync();
            Thread.Sleep(TimeSpan.FromSeconds(4));
            Assume.That(process.HasExited, Is.False, "the run ended before the signal could be sent");
            using (var kill = Process.Start("kill", ["-INT", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])) kill.WaitForExit();
            bool exited = process.WaitForExit(TimeSpan.FromSeconds(60));
            if (!exited) process.Kill(entireProcessTree: true);
            Assert.That(exited, Is.True, "did not stop within 60 s of Ctrl-C");
            Assert.That(process.ExitCode, Is.EqualTo(130));
            Assert.That(stderr.Result, Does.Contain("claims: cancelled"));
            Assert.That(stdout.Result, Is.Empty, "no partial report");
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
