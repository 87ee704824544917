using StatusBot.Application.Conversation.Answers;
using StatusBot.Application.ReadModel;
using StatusBot.Domain.Indicators;
using StatusBot.Domain.Periods;

namespace StatusBot.Application.Queries;

/// <summary>What a structured query (an MCP tool) gets back: the chat's own answer, search hits, indicators, or a refusal.</summary>
public abstract record QueryResult
{
    private protected QueryResult() { }
}

/// <summary>The same answer the chat gives for the equivalent question, narrowed to what the caller may read.</summary>
public sealed record AnsweredQuery(Answer Answer) : QueryResult;

/// <summary>Ranked free-text hits, best first (the chat answers only the clear winner or asks).</summary>
public sealed record SearchResults(string Query, IReadOnlyList<SearchHit> Hits) : QueryResult;

/// <summary>A goal's indicators (all, or those whose name matched), for the period asked or all periods.</summary>
public sealed record IndicatorResults(GoalRef Goal, IReadOnlyList<Indicator> Indicators, ReportingPeriod? Scope) : QueryResult;

/// <summary>The caller has no role in the organisation asked about (or in any); <see cref="Reason"/> is Swedish.</summary>
public sealed record RefusedQuery(string Reason) : QueryResult;
