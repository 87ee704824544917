using System.Security.Cryptography;
using System.Text;
using StatusBot.Teams.Cards;

namespace StatusBot.Teams.Bot;

/// <summary>
/// What a client sent, made fit for a log line: our own verbs as they are, anything else only by length and a short
/// hash, so an operator can tell two requests apart without the log carrying what a user (or attacker) typed.
/// </summary>
public static class LogValues
{
    public static string Verb(string? verb) => CardVerbs.IsKnown(verb) ? verb! : Opaque(verb);

    /// <summary>An id from a card or an invoke: it can carry anything, personal data included.</summary>
    public static string Opaque(string? value)
    {
        if (value is null) return "(saknas)";
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(value)))[..12];
        return $"{value.Length} tecken, sha256:{hash}";
    }
}
