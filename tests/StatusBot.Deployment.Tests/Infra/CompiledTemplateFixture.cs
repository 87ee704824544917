namespace StatusBot.Deployment.Tests.Infra;

/// <summary>Compiles infra/main.bicep once (with the real script) for all tests that read the ARM JSON.</summary>
public sealed class CompiledTemplateFixture
{
    public CompiledTemplateFixture()
    {
        var result = Bicep.Run("build", Bicep.Main, "--stdout");
        if (result.ExitCode != 0) throw new InvalidOperationException("bicep build failed: " + result);
        Template = new ArmTemplate(result.StandardOutput);
    }

    public ArmTemplate Template { get; }
}
