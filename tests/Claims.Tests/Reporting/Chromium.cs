using PuppeteerSharp;

namespace Claims.Tests;

/// <summary>Debian's Chromium driven by PuppeteerSharp (no browser download). Where it is missing the browser tests
/// are reported as ignored with the reason, never passed.</summary>
internal static class Chromium
{
    public const string DefaultPath = "/usr/bin/chromium";

    public static async Task<IBrowser> LaunchAsync()
    {
        string path = Environment.GetEnvironmentVariable("CLAIMS_CHROMIUM") ?? DefaultPath;
        if (!File.Exists(path))
            Assert.Ignore($"Chromium not found at {path} (apt-get install chromium, or set CLAIMS_CHROMIUM): the HTML report was not checked in a browser");
        return await Puppeteer.LaunchAsync(new LaunchOptions
        {
            ExecutablePath = path,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
        });
    }
}
