using StatusBot.Application.Responsibilities;

namespace StatusBot.Demo;

/// <summary>
/// The demo's people (section "Demo:Responsibilities"): makes the Agents Playground's user responsible for a few
/// goals and the coordinator, so one can report at once. Used only when the demo is enabled and the operator
/// configured no "Responsibilities" of their own, which always win.
/// </summary>
public static class DemoResponsibilities
{
    public const string SectionName = "Demo:Responsibilities";

    /// <summary>Decided when the directory is first needed, so configuration added after the host was built counts.</summary>
    public static ConfiguredResponsibilityDirectory Directory(IConfiguration configuration) =>
        configuration.GetValue("Demo:Enabled", true)
        && !configuration.GetSection(ConfiguredResponsibilityDirectory.SectionName).GetChildren().Any()
            ? new ConfiguredResponsibilityDirectory(ConfiguredResponsibilityDirectory.Read(configuration.GetSection(SectionName)))
            : new ConfiguredResponsibilityDirectory(configuration);
}
