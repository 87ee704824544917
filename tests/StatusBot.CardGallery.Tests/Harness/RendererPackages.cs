using System.Diagnostics;

namespace StatusBot.CardGallery.Tests.Harness;

/// <summary>
/// Renderer/node_modules: the pinned adaptivecards package the gallery page loads. Installed with `npm ci` from the
/// committed package-lock.json when missing or when the lock changed, so CI needs no extra step.
/// </summary>
public static class RendererPackages
{
    private static readonly SemaphoreSlim Once = new(1, 1);

    public static string Folder => Path.Combine(GalleryTheme.ProjectFolder, "Renderer");

    public static async Task EnsureInstalledAsync()
    {
        await Once.WaitAsync();
        try
        {
            if (IsCurrent()) return;
            var npm = new ProcessStartInfo("npm", "ci --no-audit --no-fund")
            {
                WorkingDirectory = Folder,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            using var process = Process.Start(npm) ?? throw new InvalidOperationException("npm did not start (is Node.js installed?)");
            var output = process.StandardOutput.ReadToEndAsync();
            var errors = process.StandardError.ReadToEndAsync();
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
            await process.WaitForExitAsync(timeout.Token);
            if (process.ExitCode != 0)
                throw new InvalidOperationException($"npm ci in {Folder} failed ({process.ExitCode}):\n{await output}\n{await errors}");
        }
        finally
        {
            Once.Release();
        }
    }

    // npm ci writes node_modules/.package-lock.json; it matches the committed lock's packages when up to date.
    private static bool IsCurrent()
    {
        var installed = Path.Combine(Folder, "node_modules", "adaptivecards", "dist", "adaptivecards.min.js");
        var marker = Path.Combine(Folder, "node_modules", ".package-lock.json");
        return File.Exists(installed) && File.Exists(marker)
            && File.GetLastWriteTimeUtc(marker) >= File.GetLastWriteTimeUtc(Path.Combine(Folder, "package-lock.json"));
    }
}
