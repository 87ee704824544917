namespace StatusBot.BotFramework.Authentication;

/// <summary>No signing keys are cached and the issuer could not be reached (or the retry delay after a failure holds).</summary>
internal sealed class SigningKeysUnavailableException() : Exception("Signing keys are not available.");
