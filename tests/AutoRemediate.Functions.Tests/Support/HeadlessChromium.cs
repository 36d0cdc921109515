using Microsoft.Playwright;

namespace AutoRemediate.Functions.Tests.Support;

/// <summary>Debian's headless Chromium through Playwright, with a laptop-sized page for readable screenshots.</summary>
internal static class HeadlessChromium
{
    public const string Executable = "/usr/bin/chromium";

    public static async Task<IBrowser> LaunchAsync(IPlaywright playwright)
    {
        Assert.True(File.Exists(Executable), $"{Executable} is missing: run scripts/bootstrap.sh (it installs Debian's chromium).");
        return await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Executable,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync"],
        });
    }

    /// <summary>A page (1440×900 unless told) that records every console error (a refused script or style shows up there).</summary>
    public static async Task<(IPage Page, List<string> Errors)> PageAsync(IBrowser browser, int width = 1440, int height = 900)
    {
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = width, Height = height } });
        var errors = new List<string>();
        page.Console += (_, message) => errors.AddRange(message.Type == "error" ? [message.Text] : []);
        return (page, errors);
    }
}
