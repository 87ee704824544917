using StatusBot.Deployment.Tests.Support;
using StatusBot.Testing;

namespace StatusBot.Deployment.Tests.Infra;

/// <summary>infra/bicep.sh check: build and lint run clean, and a warning fails the check.</summary>
[Collection(Bicep.Collection)]
public sealed class BicepCheckTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Templates_build_and_lint_without_any_diagnostic()
    {
        var result = Bicep.Run("check");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("bicep build main.bicep: clean", result.StandardError);
        Assert.Contains("bicep lint main.bicep: clean", result.StandardError);
        Assert.Contains("bicep build-params prod.bicepparam: clean", result.StandardError);
        Assert.DoesNotContain("Warning", result.StandardError);
    }

    [Fact]
    public void A_linter_warning_fails_the_check()
    {
        CopyInfra(_temp.Path);
        var main = _temp.Combine("main.bicep");
        File.AppendAllText(main, "\nparam neverUsed string = 'x'\n");

        var result = Bicep.Run("check", main);

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("no-unused-params", result.StandardError);
        Assert.Contains("warnings count as failures", result.StandardError);
    }

    [Fact]
    public void A_compile_error_fails_the_check()
    {
        CopyInfra(_temp.Path);
        var main = _temp.Combine("main.bicep");
        File.AppendAllText(main, "\noutput broken string = undefinedSymbol\n");

        var result = Bicep.Run("check", main);

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("undefinedSymbol", result.StandardError);
    }

    private static void CopyInfra(string target)
    {
        var infra = Path.Combine(RepoPaths.Root, "infra");
        File.Copy(Path.Combine(infra, "main.bicep"), Path.Combine(target, "main.bicep"));
        Directory.CreateDirectory(Path.Combine(target, "modules"));
        foreach (var module in Directory.GetFiles(Path.Combine(infra, "modules"), "*.bicep"))
            File.Copy(module, Path.Combine(target, "modules", Path.GetFileName(module)));
    }
}
