namespace StatusBot.Application.Conversation.Understanding;

/// <summary>What the asker wants; decides which answer the service builds.</summary>
public enum Intent
{
    /// <summary>Status of one goal named by number: "hur går nämndmål 3.6.1?".</summary>
    GoalStatus,

    /// <summary>Free text naming a goal, indicator or activity: "hur går det med feriejobben?".</summary>
    GoalSearch,

    /// <summary>"mina mål", "mina nämndmål".</summary>
    MyGoals,

    /// <summary>"vilka mål uppfylls inte?", "ej uppfyllda".</summary>
    GoalsByBedomning,

    /// <summary>"vad saknas till T1?", "vad har jag kvar att rapportera till tertial 2?".</summary>
    MissingForPeriod,

    /// <summary>"rapportera 3.6.1 T2": open the outcome form.</summary>
    Report,

    /// <summary>"vem har inte rapporterat T2?": per responsible person, their goals with no submission for the period.</summary>
    NotReported,

    /// <summary>"visa historik för 3.6.1": the goal's submitted outcomes.</summary>
    History,

    /// <summary>"påminnelser T2": a coordinator's view of what was planned, sent and failed.</summary>
    Reminders,

    /// <summary>"pausa påminnelser": a coordinator stops reminders for their organisation.</summary>
    PauseReminders,

    /// <summary>"återuppta påminnelser".</summary>
    ResumeReminders,

    /// <summary>"mål under inriktningsmål 3", "vad hör 3.6.1 till?", "visa målträdet".</summary>
    GoalTree,

    /// <summary>"vilka nämndmål finns?", "hur många nämndmål har vi?", "vilka mål har aktiviteter med avvikelse?".</summary>
    GoalList,

    /// <summary>"indikatorer för 3.6", "vilka indikatorer mäts per tertial?", "hur många indikatorer har 1.3?".</summary>
    Indicators,

    /// <summary>"saknas något i importen?": what the importer noted about the plans.</summary>
    ImportGaps,

    Help,

    Greeting,

    Empty,

    /// <summary>Too long, or only words that name nothing ("hur går det?"); <see cref="Question.Reason"/> says which.</summary>
    NotUnderstood,
}
