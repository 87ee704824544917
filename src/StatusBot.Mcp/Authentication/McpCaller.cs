using System.Security.Claims;
using StatusBot.Application;

namespace StatusBot.Mcp.Authentication;

/// <summary>The caller of a tool as the application knows askers: the Entra object id, as the bot matches Teams users.</summary>
internal static class McpCaller
{
    public const string ObjectIdClaim = "oid";
    public const string TenantIdClaim = "tid";
    public const string AuthenticationType = "EntraBearer";
    public const string DevelopmentAuthenticationType = "LoopbackDevelopment";

    /// <summary>The asker, or null when the request carried no authenticated caller.</summary>
    public static Asker? From(ClaimsPrincipal? user)
    {
        if (user?.Identity is not { IsAuthenticated: true }) return null;
        var objectId = user.FindFirst(ObjectIdClaim)?.Value;
        if (string.IsNullOrWhiteSpace(objectId)) return null;
        var upn = user.FindFirst("preferred_username")?.Value ?? user.FindFirst("upn")?.Value;
        return new Asker(objectId, upn, user.FindFirst(TenantIdClaim)?.Value, user.FindFirst("name")?.Value);
    }

    public static ClaimsPrincipal Principal(string objectId, string? tenantId, string? upn, string? name, string authenticationType)
    {
        var claims = new List<Claim> { new(ObjectIdClaim, objectId) };
        if (tenantId is not null) claims.Add(new Claim(TenantIdClaim, tenantId));
        if (upn is not null) claims.Add(new Claim("preferred_username", upn));
        if (name is not null) claims.Add(new Claim("name", name));
        // The MCP session checks that later requests come from the same user by this claim type.
        claims.Add(new Claim(ClaimTypes.NameIdentifier, objectId));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, authenticationType, "name", null));
    }
}
