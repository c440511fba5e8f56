using System.Diagnostics;

namespace Claims.Tests;

/// <summary>Ctrl-C on the real command: SIGINT to a running <c>claims analyze</c> gives exit 130 and "claims: cancelled".</summary>
public class CtrlCTests
{
    [Test]
    public void InterruptExits130WithAMessage()
    {
        if (OperatingSystem.IsWindows()) Assert.Ignore("SIGINT is sent with kill(1)");
        // A process started in the background by a non-interactive shell ignores SIGINT, and its children inherit
        // that: the CLI could not see the signal, whatever it does (a user's Ctrl-C reaches a foreground process).
        if (SigIntIgnored()) Assert.Ignore("SIGINT is ignored in the test process (started in the background), so its children cannot receive it");
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

    // SigIgn in /proc/self/status is the hex mask of ignored signals; SIGINT is signal 2 (bit 1).
    private static bool SigIntIgnored()
    {
        const string status = "/proc/self/status";
        if (!File.Exists(status)) return false;
        var line = File.ReadLines(status).FirstOrDefault(l => l.StartsWith("SigIgn:", StringComparison.Ordinal));
        return line is not null && (Convert.ToUInt64(line["SigIgn:".Length..].Trim(), 16) & 0x2) != 0;
    }
}
