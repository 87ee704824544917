using StatusBot.Application.Conversation.Answers;
using StatusBot.Application.Conversation.Organisations;
using StatusBot.Application.Conversation.Scoping;
using StatusBot.Application.ReadModel;
using StatusBot.Domain.Goals;
using StatusBot.Domain.People;

namespace StatusBot.Application.Conversation.Handlers;

/// <summary>"Mina mål": the goals the asker answers for; a coordinator answers for every nämndmål of the year.</summary>
internal static class MyGoalsHandler
{
    internal const string NoneRegistered =
        "Du står inte som ansvarig för något mål än. Be din controller eller nämndsekreterare att registrera dig " +
        "som ansvarig (eller delegat) för dina mål – de läggs in per nämnd, år och målnummer. Du kan alltid fråga " +
        "om ett mål med dess nummer, t.ex. \"hur går nämndmål 3.6.1?\".";

    public static Answer Answer(AnswerContext context)
    {
        var responsibilities = context.Responsibilities.GoalsFor(context.Asker);
        if (responsibilities.Count == 0) return new TextAnswer(NoneRegistered);

        var q = context.Question;
        var organisations = context.Scope.Named ? context.Scope.Organisations : null;
        var goals = context.Ownership.GoalsOf(context.Asker, context.Index, q.Period?.Year, q.Level, organisations);
        if (!goals.IsEmpty) return new GoalListAnswer("Dina mål", [.. goals.Responsible, .. goals.Coordinated]);

        var listed = string.Join(", ", responsibilities.Select(r => $"{r.GoalNumber ?? "alla mål"} ({r.Organisation} {r.Year})").Distinct());
        return new TextAnswer($"Du står som ansvarig för {listed}, men de målen finns inte bland de inlästa planerna" +
                              (q.Period?.Year is { } year ? $" för {year}" : "") + ".");
    }

}
