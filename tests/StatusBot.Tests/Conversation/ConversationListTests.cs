using Microsoft.Extensions.Configuration;
using StatusBot.Application.Conversation;
using StatusBot.Application.Conversation.Answers;
using StatusBot.Application.Responsibilities;
using StatusBot.Domain.Goals;
using StatusBot.Domain.Periods;
using StatusBot.Tests.Conversation.Support;
using static StatusBot.Tests.Conversation.Support.SeedPlans;
using StatusBot.Application;

namespace StatusBot.Tests.Conversation;

/// <summary>My goals, bedömning filters, what is missing for a period, and report requests.</summary>
public class ConversationListTests
{
    /// <summary>Anna answers for two Hägersten goals (by object id), Bo for one Enskede goal (by UPN), Cecilia coordinates Hägersten.</summary>
    private static Dictionary<string, string?> WithResponsibilities(string? defaultOrganisation = null)
    {
        var d = new Dictionary<string, string?>
        {
            ["Responsibilities:0:Organisation"] = "Hägersten-Älvsjö",
            ["Responsibilities:0:Year"] = "2024",
            ["Responsibilities:0:Goal"] = "3.6.1",
            ["Responsibilities:0:Upn"] = "anna.andersson@stockholm.se",
            ["Responsibilities:0:AadObjectId"] = "anna-aad",
            ["Responsibilities:1:Organisation"] = "Hägersten-Älvsjö stadsdelsnämnd",
            ["Responsibilities:1:Year"] = "2024",
            ["Responsibilities:1:Goal"] = "3,4,1",
            ["Responsibilities:1:Upn"] = "anna.andersson@stockholm.se",
            ["Responsibilities:1:Role"] = "Delegat",
            ["Responsibilities:2:Organisation"] = "Enskede-Årsta-Vantör",
            ["Responsibilities:2:Year"] = "2023",
            ["Responsibilities:2:Goal"] = "1.2.1",
            ["Responsibilities:2:Upn"] = "bo.berg@stockholm.se",
            ["Responsibilities:3:Organisation"] = "Hägersten-Älvsjö",
            ["Responsibilities:3:Year"] = "2024",
            ["Responsibilities:3:Upn"] = "cecilia@stockholm.se",
            ["Responsibilities:3:Role"] = "Coordinator",
        };
        if (defaultOrganisation is not null) d["Conversation:DefaultOrganisation"] = defaultOrganisation;
        return d;
    }

    private static readonly ConversationHarness Harness = new(WithResponsibilities());

    // ---- my goals ----

    [Fact]
    public void My_goals_by_object_id()
    {
        var list = Assert.IsType<GoalListAnswer>(Harness.Ask("mina mål", user: "anna-aad"));
        Assert.Equal("Dina mål", list.Heading);
        Assert.Equal(["3.6.1", "3.4.1"], list.Goals.Select(g => g.Goal.Number));
        Assert.All(list.Goals, g => Assert.Equal((Hagersten, 2024), (g.Plan.Organisation, g.Plan.Year)));
    }

    [Fact]
    public void My_goals_by_upn_when_the_object_id_is_not_configured()
    {
        var list = Assert.IsType<GoalListAnswer>(Harness.Ask("mina nämndmål", user: "bo-aad", upn: "Bo.Berg@stockholm.se"));
        var goal = Assert.Single(list.Goals);
        Assert.Equal("1.2.1", goal.Goal.Number);
        Assert.Equal(Enskede, goal.Plan.Organisation);
    }

    [Fact]
    public void A_coordinators_goals_are_every_namndmal_of_the_organisation()
    {
        var list = Assert.IsType<GoalListAnswer>(Harness.Ask("mina mål", user: "cecilia@stockholm.se"));
        Assert.Equal(11, list.Goals.Count);
        Assert.All(list.Goals, g => Assert.Equal(GoalLevel.Namndmal, g.Goal.Level));
    }

    [Fact]
    public void Nobody_registered_gets_told_how_to_get_registered()
    {
        var text = Assert.IsType<TextAnswer>(Harness.Ask("mina mål", user: "stranger")).Text;
        Assert.Contains("inte som ansvarig", text);
        Assert.Contains("registrera", text);
    }

    [Fact]
    public void Responsibilities_for_goals_not_loaded_are_explained()
    {
        var text = Assert.IsType<TextAnswer>(Harness.Ask("mina mål 2022", user: "anna-aad")).Text;
        Assert.Contains("2022", text);
    }

    [Fact]
    public void The_configured_directory_reads_every_field()
    {
        var config = new ConfigurationBuilder().AddInMemoryCollection(WithResponsibilities()).Build();
        var directory = new ConfiguredResponsibilityDirectory(config);
        var anna = directory.GoalsFor(new Asker("anna-aad", "anna.andersson@stockholm.se"));
        Assert.Equal(2, anna.Count);
        Assert.Equal("3.4.1", anna[1].GoalNumber);
        Assert.Equal(StatusBot.Domain.People.ResponsibilityRole.Delegate, anna[1].Role);
        Assert.Equal(StatusBot.Domain.People.ResponsibilityRole.Coordinator, directory.GoalsFor(new Asker("cecilia@stockholm.se")).Single().Role);
    }

    [Fact]
    public void The_directory_follows_configuration_reloads_and_keeps_the_last_good_list()
    {
        var source = new Microsoft.Extensions.Configuration.Memory.MemoryConfigurationSource { InitialData = WithResponsibilities() };
        var config = new ConfigurationBuilder().Add(source).Build();
        var directory = new ConfiguredResponsibilityDirectory(config);
        var provider = config.Providers.Single();

        provider.Set("Responsibilities:2:Goal", "2.4.1");
        config.Reload();
        Assert.Equal("2.4.1", directory.GoalsFor(new Asker("x", "bo.berg@stockholm.se")).Single().GoalNumber);

        provider.Set("Responsibilities:2:Role", "Kung");
        config.Reload();
        Assert.Equal("2.4.1", directory.GoalsFor(new Asker("x", "bo.berg@stockholm.se")).Single().GoalNumber);
    }

    [Fact]
    public void An_unknown_role_stops_a_fresh_start_with_a_Swedish_message()
    {
        var data = WithResponsibilities();
        data["Responsibilities:0:Role"] = "Kung";
        var config = new ConfigurationBuilder().AddInMemoryCollection(data).Build();
        var error = Assert.Throws<FormatException>(() => new ConfiguredResponsibilityDirectory(config));
        Assert.Contains("Okänd roll", error.Message);
    }

    // ---- bedömning ----

    [Fact]
    public void Namndmal_assessed_delvis_in_the_report()
    {
        var list = Assert.IsType<GoalListAnswer>(Harness.Ask("vilka nämndmål uppfylls delvis i Enskede-Årsta-Vantör?"));
        Assert.Equal("Nämndmål som uppfylls delvis (VB 2023)", list.Heading);
        Assert.Equal(["1.2.1", "1.3.2", "2.4.1", "3.2.1"], list.Goals.Select(g => g.Goal.Number));
    }

    [Fact]
    public void Goals_without_a_level_are_every_assessed_level()
    {
        var list = Assert.IsType<GoalListAnswer>(Harness.Ask("vilka mål uppfylls delvis i Enskede-Årsta-Vantör?"));
        Assert.Equal("Mål som uppfylls delvis (VB 2023)", list.Heading);
        Assert.Equal(["1.2", "1.2.1", "1.3.2", "2.4", "2.4.1", "3", "3.2.1", "3.6"], list.Goals.Select(g => g.Goal.Number).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Verksamhetsomradesmal_assessed_delvis_when_asked_for()
    {
        var list = Assert.IsType<GoalListAnswer>(Harness.Ask("vilka verksamhetsområdesmål uppfylls delvis för Enskede-Årsta-Vantör?"));
        Assert.Equal("Verksamhetsområdesmål som uppfylls delvis (VB 2023)", list.Heading);
        Assert.Equal(["1.2", "2.4", "3.6"], list.Goals.Select(g => g.Goal.Number));
    }

    [Fact]
    public void Fully_met_namndmal()
    {
        var list = Assert.IsType<GoalListAnswer>(Harness.Ask("vilka nämndmål uppfylls helt i Enskede-Årsta-Vantör 2023?"));
        Assert.Equal(["1.3.1", "3.2.2", "3.4.1", "3.4.2", "3.6.1"], list.Goals.Select(g => g.Goal.Number));
    }

    [Fact]
    public void No_goal_with_the_bedomning_is_said_in_Swedish()
    {
        // An empty list, so the answer is the same kind whatever the count; the card says there are none.
        var list = Assert.IsType<GoalListAnswer>(Harness.Ask("ej uppfyllda mål i Enskede-Årsta-Vantör"));
        Assert.Equal("Mål som uppfylls inte (VB 2023)", list.Heading);
        Assert.Empty(list.Goals);
    }

    [Fact]
    public void Tertial_assessments_entered_during_the_year_are_filtered_by_period()
    {
        var list = Assert.IsType<GoalListAnswer>(Harness.Ask("vilka mål uppfylls delvis i T1 för Hägersten-Älvsjö?"));
        Assert.Equal("Mål som uppfylls delvis (T1 2024)", list.Heading);
        Assert.Equal("3.6.2", Assert.Single(list.Goals).Goal.Number);
    }

    [Fact]
    public void A_period_without_assessments_is_said_so()
    {
        var list = Assert.IsType<GoalListAnswer>(Harness.Ask("vilka mål uppfylls delvis i T2 för Hägersten-Älvsjö?"));
        Assert.Empty(list.Goals);
        Assert.Contains("inga bedömningar", list.Heading);
        Assert.Contains("T2 2024", list.Heading);
    }

    [Fact]
    public void Without_a_default_bedomning_covers_every_namnd()
    {
        var list = Assert.IsType<GoalListAnswer>(new ConversationHarness().Ask("vilka mål uppfylls delvis?"));
        Assert.Contains(list.Goals, g => g.Plan.Organisation == Enskede && g.Goal.Number == "3.2.1");
        Assert.Contains(list.Goals, g => g.Plan.Organisation == Hagersten && g.Goal.Number == "3.6.2");
    }

    // ---- missing for period ----

    [Fact]
    public void Missing_for_T1_lists_namndmal_without_assessment_and_goals_with_tertial_indicators_without_outcome()
    {
        var harness = new ConversationHarness(ConversationHarness.DefaultOrganisation(Hagersten));
        var list = Assert.IsType<GoalListAnswer>(harness.Ask("vad saknas till T1?"));
        Assert.Equal("Saknas till T1 2024", list.Heading);
        // 1.1.1 and 3.6.2 are assessed for T1; VO 3.2 has Tertial indicators without outcome; VO 3.4's only
        // Tertial indicator (Sjukfrånvaro) has its T1 outcome, and its År indicator is not due until the VB.
        Assert.Equal(["1.2.1", "1.2.2", "3.2", "3.2.1", "3.2.2", "3.4.1", "3.5.1", "3.5.2", "3.6.1", "3.6.3"],
            list.Goals.Select(g => g.Goal.Number));
    }

    [Fact]
    public void Missing_for_the_VB_also_counts_yearly_indicators()
    {
        var harness = new ConversationHarness(ConversationHarness.DefaultOrganisation(Hagersten));
        var list = Assert.IsType<GoalListAnswer>(harness.Ask("vad saknas till verksamhetsberättelsen?"));
        Assert.Equal("Saknas till VB 2024", list.Heading);
        Assert.Contains(list.Goals, g => g.Goal.Number == "3.6"); // trygghet is an År indicator
        Assert.Contains(list.Goals, g => g.Goal.Number == "1.1.1"); // assessed for T1 only
    }

    [Fact]
    public void Missing_under_a_named_goal_number()
    {
        var harness = new ConversationHarness(ConversationHarness.DefaultOrganisation(Hagersten));
        var list = Assert.IsType<GoalListAnswer>(harness.Ask("Vilka indikatorer ska jag rapportera i tertialrapport 1 för mål 3.2?"));
        Assert.Equal("Saknas till T1 2024 under 3.2", list.Heading);
        Assert.Equal(["3.2", "3.2.1", "3.2.2"], list.Goals.Select(g => g.Goal.Number));
    }

    [Fact]
    public void Bedomning_under_a_named_goal_number()
    {
        var list = Assert.IsType<GoalListAnswer>(Harness.Ask("vilka nämndmål under 1.3 uppfylls delvis i Enskede-Årsta-Vantör?"));
        Assert.Equal("1.3.2", Assert.Single(list.Goals).Goal.Number);
    }

    [Fact]
    public void Missing_is_restricted_to_the_askers_own_goals()
    {
        var list = Assert.IsType<GoalListAnswer>(Harness.Ask("vad saknas till tertial 1?", user: "anna-aad"));
        Assert.Equal("Saknas till T1 2024 – dina mål", list.Heading);
        Assert.Equal(["3.4.1", "3.6.1"], list.Goals.Select(g => g.Goal.Number));
    }

    [Fact]
    public void A_coordinator_sees_everything_missing()
    {
        var list = Assert.IsType<GoalListAnswer>(Harness.Ask("vad saknas till T1?", user: "cecilia@stockholm.se"));
        Assert.Equal("Saknas till T1 2024", list.Heading);
        Assert.Equal(10, list.Goals.Count);
    }

    [Fact]
    public void Without_a_period_the_one_open_today_is_used()
    {
        var inJune = new ConversationHarness(ConversationHarness.DefaultOrganisation(Hagersten), now: new DateTimeOffset(2024, 6, 15, 8, 0, 0, TimeSpan.Zero));
        Assert.Equal("Saknas till T2 2024", Assert.IsType<GoalListAnswer>(inJune.Ask("vad saknas?")).Heading);
    }

    [Fact]
    public void Nothing_missing_is_said_so()
    {
        var text = Assert.IsType<TextAnswer>(Harness.Ask("vad saknas till VB 2023 i Enskede-Årsta-Vantör?")).Text;
        Assert.StartsWith("Inget saknas till VB 2023", text);
    }

    // ---- report ----

    [Fact]
    public void Report_a_goal_for_a_named_period()
    {
        var harness = new ConversationHarness(ConversationHarness.DefaultOrganisation(Hagersten));
        var report = Assert.IsType<ReportRequestAnswer>(harness.Ask("rapportera 3.6.1 T2"));
        Assert.Equal("3.6.1", report.Goal.Number);
        Assert.Equal(Hagersten, report.Plan.Organisation);
        Assert.Equal(new ReportingPeriod(2024, PeriodKind.T2), report.Period);
    }

    [Theory]
    [InlineData(3, PeriodKind.T1)]
    [InlineData(4, PeriodKind.T1)]
    [InlineData(5, PeriodKind.T2)]
    [InlineData(10, PeriodKind.VB)]
    public void Report_without_a_period_uses_the_one_open_today(int month, PeriodKind expected)
    {
        var harness = new ConversationHarness(ConversationHarness.DefaultOrganisation(Hagersten), now: new DateTimeOffset(2024, month, 20, 8, 0, 0, TimeSpan.Zero));
        var report = Assert.IsType<ReportRequestAnswer>(harness.Ask("rapportera nämndmål 3.6.1"));
        Assert.Equal(new ReportingPeriod(2024, expected), report.Period);
    }

    [Fact]
    public void The_last_of_April_in_Stockholm_is_still_T1_even_after_UTC_midnight_has_not_come()
    {
        // 2024-04-30 23:30 Stockholm (CEST) is 21:30 UTC: still T1. 2024-04-30 22:30 UTC is 00:30 on 1 May: T2.
        var lastEvening = new ConversationHarness(ConversationHarness.DefaultOrganisation(Hagersten), now: new DateTimeOffset(2024, 4, 30, 21, 30, 0, TimeSpan.Zero));
        var afterMidnight = new ConversationHarness(ConversationHarness.DefaultOrganisation(Hagersten), now: new DateTimeOffset(2024, 4, 30, 22, 30, 0, TimeSpan.Zero));
        Assert.Equal(PeriodKind.T1, Assert.IsType<ReportRequestAnswer>(lastEvening.Ask("rapportera 3.6.1")).Period.Kind);
        Assert.Equal(PeriodKind.T2, Assert.IsType<ReportRequestAnswer>(afterMidnight.Ask("rapportera 3.6.1")).Period.Kind);
    }

    [Fact]
    public void Report_for_an_older_years_plan_defaults_to_its_VB()
    {
        var report = Assert.IsType<ReportRequestAnswer>(Harness.Ask("rapportera 1.2.1 i Enskede-Årsta-Vantör"));
        Assert.Equal(new ReportingPeriod(2023, PeriodKind.VB), report.Period);
    }

    [Fact]
    public void Report_for_a_missing_number_suggests_the_nearest()
    {
        var harness = new ConversationHarness(ConversationHarness.DefaultOrganisation(Hagersten));
        var answer = Assert.IsType<DidYouMeanAnswer>(harness.Ask("rapportera 3.6.7 T1"));
        Assert.Contains(answer.Candidates, c => c.Goal.Number == "3.6.3");
    }

    [Fact]
    public void Report_by_goal_words()
    {
        var harness = new ConversationHarness(ConversationHarness.DefaultOrganisation(Hagersten));
        var report = Assert.IsType<ReportRequestAnswer>(harness.Ask("rapportera kriminell livsstil T1"));
        Assert.Equal("3.6.3", report.Goal.Number);
        Assert.Equal(new ReportingPeriod(2024, PeriodKind.T1), report.Period);
    }
}
