using StatusBot.Domain.Outcomes;

namespace StatusBot.Domain.Outcomes;

/// <summary>How strictly a posted form is checked.</summary>
public enum OutcomeCheck
{
    /// <summary>"Spara utkast": what is filled in must make sense; nothing is required yet.</summary>
    Draft,

    /// <summary>"Skicka in": everything the report needs must be there as well.</summary>
    Submission,
}

/// <summary>The outcome read from a form and the Swedish message for every input that failed, by input id.</summary>
public sealed record OutcomeValidation(OutcomeContent Content, IReadOnlyDictionary<string, string> Errors)
{
    public bool IsValid => Errors.Count == 0;
}
