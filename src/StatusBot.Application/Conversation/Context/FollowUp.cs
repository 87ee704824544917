using StatusBot.Application.Conversation.Answers;
using StatusBot.Application.Conversation.Understanding;
using StatusBot.Domain.Goals;

namespace StatusBot.Application.Conversation.Context;

/// <summary>
/// Reads a message in the light of what the chat discussed: "och 3.6.2?" asks the last question again about
/// another goal, "och i hägersten?"/"och helåret?" with another organisation or period; "visa indikatorerna",
/// "vem är ansvarig?", "vad hör den till?" are about the goal in focus; "den första" is a row of the last list;
/// "huvudmålet" the focus's parent. A question that names its own goal keeps it, and only borrows the organisation.
/// </summary>
public static class FollowUp
{
    public static Question Resolve(Question question, ChatContext? context)
    {
        if (context is null || question.Asks.Reset) return question;
        var asks = question.Asks;
        var organisation = question.OrganisationHint ?? context.Organisation;

        if (asks.Ordinal is { } ordinal && question.GoalNumber is null && question.SearchText is null && context.Listed.Count > 0)
        {
            var row = ordinal == -1 ? context.Listed.Count : ordinal;
            if (row >= 1 && row <= context.Listed.Count)
                return WithGoal(question, context.Listed[row - 1], organisation);
        }

        if (asks.Continues && question.SearchText is null && IsRepeatable(context.LastQuestion.Intent))
        {
            var previous = context.LastQuestion;
            var repeated = previous with
            {
                Text = question.Text,
                GoalNumber = question.GoalNumber ?? previous.GoalNumber,
                Period = question.Period ?? previous.Period,
                OrganisationHint = question.OrganisationHint ?? previous.OrganisationHint,
                Asks = previous.Asks with { Continues = true },
            };
            // "och 3.5?" after a search: the number is now the goal, not the old words.
            return question.GoalNumber is not null && previous.Intent == Intent.GoalSearch
                ? repeated with { Intent = Intent.GoalStatus, SearchText = null }
                : repeated;
        }

        if (question.GoalNumber is null && question.SearchText is null && context.GoalNumber is { } focus && RefersToFocus(question))
        {
            if (asks.PointsBack && question.Intent is Intent.GoalStatus or Intent.NotUnderstood && context.ListIsLatest && context.Listed.Count == 1 && !asks.Parent)
                return WithGoal(question, context.Listed[0], organisation);
            var number = asks.Parent ? GoalNumber.ParentOf(focus) ?? focus : focus;
            return WithGoal(question, number, organisation);
        }

        return question.OrganisationHint is null && organisation is not null ? question with { OrganisationHint = organisation } : question;
    }

    /// <summary>What the chat is about after this answer.</summary>
    public static ChatContext Remember(ChatContext? context, Question question, Answer answer)
    {
        var next = new ChatContext(question)
        {
            GoalNumber = context?.GoalNumber,
            Organisation = question.OrganisationHint ?? context?.Organisation,
            Listed = context?.Listed ?? [],
        };
        return answer switch
        {
            GoalAnswer g => next with { GoalNumber = g.Goal.Number ?? next.GoalNumber },
            IndicatorAnswer i => next with { GoalNumber = i.Goal.Number ?? next.GoalNumber },
            GoalTreeAnswer t => next with
            {
                GoalNumber = t.Focus?.Goal.Number ?? next.GoalNumber, Listed = Numbers(t.Rows.Select(r => r.Goal)), ListIsLatest = true,
            },
            GoalListAnswer l => next with { Listed = Numbers(l.Goals.Select(r => r.Goal)), ListIsLatest = true },
            CountAnswer c => next with
            {
                GoalNumber = c.Focus?.Goal.Number ?? next.GoalNumber, Listed = Numbers(c.Goals.Select(r => r.Goal)), ListIsLatest = c.Goals.Count > 0,
            },
            IndicatorListAnswer il => next with { GoalNumber = il.Focus?.Goal.Number ?? next.GoalNumber },
            ReportRequestAnswer r => next with { GoalNumber = r.Goal.Number ?? next.GoalNumber },
            OutcomeHistoryAnswer h => next with { GoalNumber = h.Goal.Number ?? next.GoalNumber },
            _ => next,
        };
    }

    private static string[] Numbers(IEnumerable<Goal> goals) => goals.Select(g => g.Number).OfType<string>().ToArray();

    private static bool IsRepeatable(Intent intent) => intent is not (Intent.Help or Intent.Greeting or Intent.Empty
        or Intent.NotUnderstood or Intent.Reminders or Intent.PauseReminders or Intent.ResumeReminders);

    private static bool RefersToFocus(Question q) => q.Intent switch
    {
        Intent.GoalStatus or Intent.History or Intent.Report => true,
        // "vem är ansvarig?", "hur går den?", "och helåret?": nothing else named, the goal discussed is meant.
        Intent.NotUnderstood => q.Asks.Ordinal is not null || q.Asks.Parent || q.Asks.Responsible || q.Asks.Activities is not null
                                || q.Asks.PointsBack || q.Asks.Continues || q.Period is not null,
        Intent.GoalTree => q.Asks.Tree != TreeDirection.Whole,
        Intent.Indicators => q.Asks.Periodicity is null,
        _ => false,
    };

    private static Question WithGoal(Question question, string number, string? organisation)
    {
        var intent = question.Intent is Intent.GoalSearch or Intent.NotUnderstood or Intent.GoalList ? Intent.GoalStatus : question.Intent;
        return question with { Intent = intent, GoalNumber = number, OrganisationHint = question.OrganisationHint ?? organisation, SearchText = null };
    }
}
