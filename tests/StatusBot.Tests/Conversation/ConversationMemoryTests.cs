using Microsoft.Extensions.Time.Testing;
using StatusBot.Application;
using StatusBot.Application.Conversation.Answers;
using StatusBot.Application.Conversation.Context;
using StatusBot.Application.Conversation.Understanding;
using StatusBot.Tests.Conversation.Support;

namespace StatusBot.Tests.Conversation;

/// <summary>A chat's context: remembered briefly, bounded, per conversation, and what follow-ups make of it.</summary>
public class ConversationMemoryTests
{
    private static readonly Asker User = new("user-1");

    [Fact]
    public void A_chat_idle_for_longer_than_the_limit_starts_afresh()
    {
        var clock = new FakeTimeProvider();
        var memory = new ConversationMemory(clock);
        memory.Remember("chat", new ChatContext(new Question(Intent.GoalStatus)) { GoalNumber = "3.6.1" });
        clock.Advance(ConversationMemory.IdleLimit - TimeSpan.FromMinutes(1));
        Assert.Equal("3.6.1", memory.Recall("chat")?.GoalNumber);
        clock.Advance(ConversationMemory.IdleLimit + TimeSpan.FromMinutes(1));
        Assert.Null(memory.Recall("chat"));
    }

    [Fact]
    public void The_least_recently_used_chat_is_forgotten_first_when_full()
    {
        var memory = new ConversationMemory(new FakeTimeProvider(), capacity: 2);
        memory.Remember("a", new ChatContext(new Question(Intent.GoalStatus)));
        memory.Remember("b", new ChatContext(new Question(Intent.GoalStatus)));
        memory.Remember("a", new ChatContext(new Question(Intent.GoalStatus)));
        memory.Remember("c", new ChatContext(new Question(Intent.GoalStatus)));
        Assert.Equal(2, memory.Count);
        Assert.NotNull(memory.Recall("a"));
        Assert.Null(memory.Recall("b"));
    }

    [Fact]
    public void Follow_ups_continue_from_the_goal_discussed_and_ny_fraga_resets()
    {
        var service = new ConversationHarness(ConversationHarness.DefaultOrganisation(SeedPlans.Enskede)).Service;
        Assert.Equal("3.6.1", Assert.IsType<GoalAnswer>(service.Answer("hur går nämndmål 3.6.1?", User, "chat")).Goal.Number);
        Assert.Equal("3.6.1", Assert.IsType<GoalAnswer>(service.Answer("vem är ansvarig?", User, "chat")).Goal.Number);
        Assert.Equal("3.6", Assert.IsType<GoalAnswer>(service.Answer("hur går huvudmålet då", User, "chat")).Goal.Number);
        Assert.IsType<TextAnswer>(service.Answer("ny fråga vem är ansvarig?", User, "chat"));
    }

    [Fact]
    public void Chats_do_not_share_context()
    {
        var service = new ConversationHarness(ConversationHarness.DefaultOrganisation(SeedPlans.Enskede)).Service;
        service.Answer("hur går nämndmål 3.6.1?", User, "chat-1");
        Assert.IsType<TextAnswer>(service.Answer("vem är ansvarig?", User, "chat-2"));
    }

    [Fact]
    public void And_another_number_asks_the_last_question_again()
    {
        var service = new ConversationHarness(ConversationHarness.DefaultOrganisation(SeedPlans.Enskede)).Service;
        Assert.IsType<GoalTreeAnswer>(service.Answer("visa alla mål under 3.4", User, "chat"));
        var tree = Assert.IsType<GoalTreeAnswer>(service.Answer("och 3.6?", User, "chat"));
        Assert.Equal("3.6", tree.Focus?.Goal.Number);
        Assert.Equal(["3.6.1"], tree.Rows.Select(r => r.Goal.Number));
        Assert.Equal("3.6.1", Assert.IsType<GoalAnswer>(service.Answer("hur går den", User, "chat")).Goal.Number);
    }
}
