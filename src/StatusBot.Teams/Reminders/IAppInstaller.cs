namespace StatusBot.Teams.Reminders;

/// <summary>
/// Installs the app for a person the bot has never talked to (Microsoft Graph: POST /users/{id}/teamwork/installedApps
/// with the app's catalog id), so the bot may open a 1:1 conversation with them.
/// </summary>
public interface IAppInstaller
{
    Task<AppInstallResult> EnsureInstalledAsync(string userAadObjectId, CancellationToken ct);
}

public enum AppInstallStatus
{
    Installed,
    AlreadyInstalled,

    /// <summary>Refused (policy, licence, unknown user): recorded and reported to coordinators, not retried.</summary>
    Blocked,
}

public sealed record AppInstallResult(AppInstallStatus Status, string? Reason = null)
{
    public static AppInstallResult Installed { get; } = new(AppInstallStatus.Installed);

    public static AppInstallResult AlreadyInstalled { get; } = new(AppInstallStatus.AlreadyInstalled);

    public static AppInstallResult Blocked(string reason) => new(AppInstallStatus.Blocked, reason);
}
