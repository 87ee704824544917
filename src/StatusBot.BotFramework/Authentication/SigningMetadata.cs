using Microsoft.IdentityModel.Tokens;

namespace StatusBot.BotFramework.Authentication;

/// <summary>One snapshot of an issuer's signing keys and, for the Bot Framework, each key's endorsed channels.</summary>
/// <param name="KeysById">Signing keys by key id.</param>
/// <param name="EndorsementsByKeyId">Channel ids each key may sign for (empty for Entra ID, which publishes none).</param>
/// <param name="FetchedAt">When the snapshot was fetched.</param>
internal sealed record SigningMetadata(
    IReadOnlyDictionary<string, SecurityKey> KeysById,
    IReadOnlyDictionary<string, string[]> EndorsementsByKeyId,
    DateTimeOffset FetchedAt);
