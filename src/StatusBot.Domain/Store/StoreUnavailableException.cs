namespace StatusBot.Domain.Store;

/// <summary>
/// The store could not be reached or did not answer (a database restart, a cut network, a timeout). Every store
/// port throws this, never its engine's own exceptions, so callers decide what to tell a user without knowing SQL.
/// Nothing of the failed call was saved: each call is one transaction.
/// </summary>
public sealed class StoreUnavailableException(Exception inner)
    : Exception("The goal store is unavailable.", inner);
