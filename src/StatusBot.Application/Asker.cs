namespace StatusBot.Application;

/// <summary>
/// Who is asking: the Teams user's aadObjectId (or the CLI's --user), the UPN or e-mail when the channel gives
/// it, the tenant, and the display name (for who saved an outcome). Everything but the id may be missing.
/// </summary>
public sealed record Asker(string UserId, string? Upn = null, string? TenantId = null, string? Name = null);
