namespace StatusBot.Deployment.Tests.Infra;

/// <summary>Compiles infra/main.bicep once (with the real script) for all tests that read the ARM JSON.</summary>
public sealed class CompiledTemplateFixture
{
    public CompiledTemplateFixture()
    {
        var result = Bicep.Run("build", Bicep.Main, "--stdout");
        if (result.ExitCode != 0) throw new InvalidOperationException("bicep build failed: " + result);
        Json = result.StandardOutput;
        Template = new ArmTemplate(Json);
    }

    public string Json { get; }

    public ArmTemplate Template { get; }
}
