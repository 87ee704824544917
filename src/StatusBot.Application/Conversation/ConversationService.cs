using StatusBot.Application.Conversation.Answers;
using StatusBot.Application.Conversation.Context;
using StatusBot.Application.Conversation.Handlers;
using StatusBot.Application.Conversation.Organisations;
using StatusBot.Application.Responsibilities;
using StatusBot.Application.Conversation.Scoping;
using StatusBot.Application.ReadModel;
using StatusBot.Application.Conversation.Understanding;

namespace StatusBot.Application.Conversation;

/// <summary>
/// Decides WHAT to answer a question (cards decide how it looks). Reads one snapshot of the goal index per
/// question, so an import running meanwhile never mixes two sets of plans into one answer. Thread-safe.
/// </summary>
public sealed class ConversationService(
    IGoalIndexSource index,
    IOrganisationResolver organisations,
    IResponsibilityDirectory responsibilities,
    TimeProvider time,
    ConversationMemory memory)
{
    internal const string GreetingText =
        "Hej! Jag är StatusBot och svarar på frågor om nämndens mål. Fråga t.ex. \"hur går nämndmål 3.6.1?\" eller skriv \"hjälp\".";

    internal const string EmptyText = "Skriv en fråga, t.ex. \"hur går nämndmål 3.6.1?\", eller \"hjälp\" för fler exempel.";

    internal const string NoPlansText =
        "Inga planer är inlästa ännu, så jag kan inte svara på frågor om mål. Be en administratör läsa in " +
        "verksamhetsplanen eller verksamhetsberättelsen (statusbot import FIL).";

    private readonly GoalOwnership _ownership = new(responsibilities);
    private readonly ScopeResolver _scopes = new(organisations, responsibilities);

    /// <summary>Parses and answers in one step (what Teams and the CLI's "ask" both call).</summary>
    public Answer Answer(string? text, Asker asker) => Answer(QuestionParser.Parse(text, index.Current.Organisations), asker);

    /// <summary>
    /// Answers a message in a chat: follow-ups ("och 3.6.2?", "visa indikatorerna", "den första") continue from
    /// what the same chat discussed last. A null key is a chat of one question.
    /// </summary>
    public Answer Answer(string? text, Asker asker, string? conversationKey)
    {
        var question = QuestionParser.Parse(text, index.Current.Organisations);
        if (conversationKey is null) return Answer(question, asker);
        if (question.Asks.Reset) memory.Forget(conversationKey);
        var context = question.Asks.Reset ? null : memory.Recall(conversationKey);
        var resolved = FollowUp.Resolve(question, context);
        var answer = Answer(resolved, asker);
        memory.Remember(conversationKey, FollowUp.Remember(context, resolved, answer));
        return answer;
    }

    public Answer Answer(Question question, Asker asker)
    {
        switch (question.Intent)
        {
            case Intent.Empty: return new TextAnswer(EmptyText);
            // A greeting gets the help text: what someone saying "hej" to a bot wants to know is what it can do.
            case Intent.Greeting: return new HelpAnswer { Introduction = GreetingText };
            case Intent.Help: return new HelpAnswer();
            // Answered by the reminder questions against the outbox, which need no plans.
            case Intent.Reminders or Intent.PauseReminders or Intent.ResumeReminders:
                return new ReminderRequestAnswer(question.Intent, question.Period, question.OrganisationHint);
            case Intent.NotUnderstood:
                return new TextAnswer($"{question.Reason ?? "Jag förstod inte frågan."} Skriv \"hjälp\" för exempel på frågor.");
        }

        var snapshot = index.Current;
        if (snapshot.IsEmpty) return new TextAnswer(NoPlansText);
        var scope = _scopes.Resolve(question, asker, snapshot);
        if (scope.UnmatchedHint is { } unknown && question.Intent != Intent.GoalSearch)
            return UnknownOrganisation(unknown, snapshot);

        var context = new AnswerContext(snapshot, question, asker, scope, _ownership, time);
        return question.Intent switch
        {
            Intent.GoalStatus when question.GoalNumber is null => new TextAnswer("Jag förstod inte vilket mål du menar. Skriv ett målnummer (\"3.6.1\") eller några ord ur målet. Skriv \"hjälp\" för exempel på frågor."),
            Intent.GoalStatus => GoalStatusHandler.Answer(context),
            Intent.GoalSearch => GoalSearchHandler.Answer(context),
            Intent.MyGoals => MyGoalsHandler.Answer(context),
            Intent.GoalsByBedomning => BedomningHandler.Answer(context),
            Intent.MissingForPeriod => MissingForPeriodHandler.Answer(context),
            Intent.Report => ReportHandler.Answer(context),
            Intent.NotReported => NotReportedHandler.Answer(context),
            Intent.History => HistoryHandler.Answer(context),
            Intent.GoalTree => GoalTreeHandler.Answer(context),
            Intent.ImportGaps => ImportGapsHandler.Answer(context),
            Intent.GoalList => GoalListHandler.Answer(context),
            Intent.Indicators => IndicatorsHandler.Answer(context),
            _ => new TextAnswer("Jag förstod inte frågan. Skriv \"hjälp\" för exempel på frågor."),
        };
    }

    private static TextAnswer UnknownOrganisation(string hint, GoalIndex snapshot) =>
        new($"Jag hittar ingen nämnd som heter \"{hint}\". Jag har mål för: {string.Join(", ", snapshot.Namnder)}.");
}
