using StatusBot.Domain.Indicators;

namespace StatusBot.Application.Conversation.Understanding;

/// <summary>Where in the goal tree the asker looks from a goal: "mål under 3.6", "vad hör 3.6.1 till?", "målträdet".</summary>
public enum TreeDirection
{
    Children,
    Parents,
    Whole,
}

/// <summary>Which activities a list question asks about: "med avvikelse", "saknar aktiviteter".</summary>
public enum ActivityFilter
{
    WithDeviation,
    None,
}

/// <summary>
/// The finer parts of a question that say what kind of answer is wanted, beside the goal it names: a count, the
/// indicators, the tree, and the words that point back into the conversation ("den första", "huvudmålet").
/// </summary>
public sealed record Asks
{
    public static readonly Asks Nothing = new();

    /// <summary>"hur många", "how many".</summary>
    public bool Count { get; init; }

    /// <summary>"indikatorer", "indicators".</summary>
    public bool Indicators { get; init; }

    /// <summary>"per tertial", "en gång om året".</summary>
    public Periodicity? Periodicity { get; init; }

    /// <summary>"ligger efter", "når inte målet", "under årsmålet".</summary>
    public bool BehindTarget { get; init; }

    /// <summary>"årsmålet för", "utfallet för", "KF:s årsmål för": a single indicator is wanted.</summary>
    public bool IndicatorValue { get; init; }

    public TreeDirection? Tree { get; init; }

    /// <summary>A level (or "mål") named in the plural with nothing to narrow it: "vilka nämndmål finns?".</summary>
    public bool AllGoals { get; init; }

    public ActivityFilter? Activities { get; init; }

    /// <summary>"den första" = 1, "den andra" = 2: a row of the list answered last.</summary>
    public int? Ordinal { get; init; }

    /// <summary>"huvudmålet", "målet ovanför": the parent of the goal discussed.</summary>
    public bool Parent { get; init; }

    /// <summary>"vem är ansvarig?".</summary>
    public bool Responsible { get; init; }

    /// <summary>Begins with "och", "and": the previous question again with what this one changes.</summary>
    public bool Continues { get; init; }

    /// <summary>"den", "det", "där", "dom": points at what the chat discussed last.</summary>
    public bool PointsBack { get; init; }

    /// <summary>"inte helt uppfyllda": delvis or inte.</summary>
    public bool NotFully { get; init; }

    /// <summary>"ny fråga": forget the chat's context.</summary>
    public bool Reset { get; init; }
}
