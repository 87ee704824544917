using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using StatusBot.Application.Conversation;
using StatusBot.Application.Conversation.Answers;
using StatusBot.Application.ReadModel;
using StatusBot.Domain.Goals;
using StatusBot.Domain.Periods;
using StatusBot.Domain.Plans;
using StatusBot.Tests.Conversation.Support;
using static StatusBot.Tests.Conversation.Support.SeedPlans;
using StatusBot.Application;

namespace StatusBot.Tests.Conversation;

/// <summary>Status, search and scoping: which plan, which year, which document, and what when nothing fits.</summary>
public class ConversationServiceTests
{
    private static readonly ConversationHarness EnskedeUser = new(ConversationHarness.DefaultOrganisation("Enskede-Årsta-Vantör"));

    private static readonly ConversationHarness NoDefault = new();

    [Fact]
    public void Status_by_number_reads_the_default_organisations_report()
    {
        var answer = Assert.IsType<GoalAnswer>(EnskedeUser.Ask("hur går nämndmål 3.6.1?"));
        Assert.Equal("Stadsdelsområdet är tryggt, tillgängligt och välskött", answer.Goal.Title);
        Assert.Equal(Enskede, answer.Plan.Organisation);
        // Both the VP and the VB of 2023 are loaded: status prefers the VB, which has the assessments.
        Assert.Equal(DocumentKind.Verksamhetsberattelse, answer.Plan.Document);
        Assert.Equal(new ReportingPeriod(2023, PeriodKind.VB), answer.Scope);
    }

    [Theory]
    [InlineData("hur går nämndmål 3.6.1 i Hägersten-Älvsjö?")]
    [InlineData("3,6,1 för hägersten-älvsjö")]
    [InlineData("nämdmål 3.6.1 i Hägersten-Älvsjö stadsdelsnämnd")]
    public void An_organisation_named_in_the_question_overrides_the_default(string text)
    {
        var answer = Assert.IsType<GoalAnswer>(EnskedeUser.Ask(text));
        Assert.Equal(Hagersten, answer.Plan.Organisation);
        Assert.Equal(2024, answer.Plan.Year);
        Assert.StartsWith("Det socialt förebyggande arbetet", answer.Goal.Title);
        Assert.Null(answer.Scope); // a plan has no report period of its own
    }

    [Fact]
    public void The_newest_year_is_read_unless_a_year_is_named()
    {
        var harness = new ConversationHarness(ConversationHarness.DefaultOrganisation(Hagersten));
        var newest = Assert.IsType<GoalAnswer>(harness.Ask("3.6.1"));
        var older = Assert.IsType<GoalAnswer>(harness.Ask("hur gick 3.6.1 2023?"));
        Assert.Equal(2024, newest.Plan.Year);
        Assert.Equal(2023, older.Plan.Year);
        Assert.Equal("Stadsdelsområdet upplevs som tryggt och välkomnande", older.Goal.Title);
    }

    [Fact]
    public void A_year_without_plans_is_said_with_the_years_there_are()
    {
        var answer = Assert.IsType<TextAnswer>(EnskedeUser.Ask("nämndmål 3.6.1 2019"));
        Assert.Contains("2019", answer.Text);
        Assert.Contains("2023", answer.Text);
    }

    [Fact]
    public void A_named_period_becomes_the_answers_scope()
    {
        var answer = Assert.IsType<GoalAnswer>(EnskedeUser.Ask("hur gick 3.6.1 i tertial 2?"));
        Assert.Equal(new ReportingPeriod(2023, PeriodKind.T2), answer.Scope);
    }

    [Fact]
    public void User_configuration_beats_tenant_configuration_which_beats_the_default()
    {
        var harness = new ConversationHarness(ConversationHarness.DefaultOrganisation(Enskede,
            ("Conversation:TenantOrganisations:tenant-h", "Hägersten-Älvsjö"),
            ("Conversation:UserOrganisations:anna-aad", "Enskede-Årsta-Vantör"),
            ("Conversation:UserOrganisations:bo@stockholm.se", "Hägersten-Älvsjö")));

        Assert.Equal(Hagersten, Org(harness.Ask("3.6.1", user: "someone", tenant: "tenant-h")));
        Assert.Equal(Enskede, Org(harness.Ask("3.6.1", user: "anna-aad", tenant: "tenant-h")));
        Assert.Equal(Hagersten, Org(harness.Ask("3.6.1", user: "bo-aad", upn: "BO@stockholm.se")));
        Assert.Equal(Enskede, Org(harness.Ask("3.6.1", user: "someone", tenant: "other")));

        static string Org(Answer a) => Assert.IsType<GoalAnswer>(a).Plan.Organisation;
    }

    [Fact]
    public void Without_a_default_a_number_in_several_namnder_is_a_choice_naming_each()
    {
        var answer = Assert.IsType<DidYouMeanAnswer>(NoDefault.Ask("hur går 3.6.1?"));
        Assert.Contains("flera nämnder", answer.Reason);
        Assert.Equal([Enskede, Hagersten], answer.Candidates.Select(c => c.Plan.Organisation).Order());
        Assert.All(answer.Candidates, c => Assert.Equal("3.6.1", c.Goal.Number));
    }

    [Fact]
    public void Without_a_default_a_number_in_one_namnd_only_is_answered()
    {
        // 3.5.1 exists in Hägersten's 2024 plan only.
        var answer = Assert.IsType<GoalAnswer>(NoDefault.Ask("3.5.1"));
        Assert.Equal(Hagersten, answer.Plan.Organisation);
    }

    [Fact]
    public void A_missing_number_suggests_the_siblings_and_the_parent()
    {
        var harness = new ConversationHarness(ConversationHarness.DefaultOrganisation(Hagersten));
        var answer = Assert.IsType<DidYouMeanAnswer>(harness.Ask("hur går nämndmål 3.6.9?"));
        Assert.Equal(["3.6.1", "3.6.2", "3.6.3", "3.6"], answer.Candidates.Select(c => c.Goal.Number));
        Assert.Contains("3.6.9", answer.Reason);
        Assert.Contains("Hägersten-Älvsjö", answer.Reason);
        Assert.Equal("hur går nämndmål 3.6.9?", answer.Asked);
    }

    [Fact]
    public void Namndmal_with_a_vo_number_lists_the_namndmal_under_it()
    {
        var harness = new ConversationHarness(ConversationHarness.DefaultOrganisation(Hagersten));
        var list = Assert.IsType<GoalListAnswer>(harness.Ask("nämndmål 3.5"));
        Assert.Equal(["3.5.1", "3.5.2"], list.Goals.Select(g => g.Goal.Number));
        Assert.Contains("3.5", list.Heading);
    }

    [Fact]
    public void Namndmal_with_a_vo_number_that_has_one_namndmal_answers_it()
    {
        var answer = Assert.IsType<GoalAnswer>(EnskedeUser.Ask("nämndmål 3.6"));
        Assert.Equal("3.6.1", answer.Goal.Number);
        Assert.Equal(GoalLevel.Namndmal, answer.Goal.Level);
    }

    [Fact]
    public void A_vo_by_number_is_the_vo()
    {
        var answer = Assert.IsType<GoalAnswer>(EnskedeUser.Ask("verksamhetsområdesmål 3.6"));
        Assert.Equal(GoalLevel.Verksamhetsomradesmal, answer.Goal.Level);
        Assert.Equal("Tryggheten ska öka genom förebyggande insatser", answer.Goal.Title);
    }

    [Theory]
    [InlineData("hur går det med feriejobben?")]
    [InlineData("feriejobb")]
    [InlineData("Feriejobben")]
    [InlineData("hur går det med sommarjobben?")]
    public void Search_with_one_clear_winner_answers_it(string text)
    {
        // The words name an indicator, so the answer is that indicator, with the goal it belongs to.
        var answer = Assert.IsType<IndicatorAnswer>(EnskedeUser.Ask(text));
        Assert.Equal("3.2", answer.Goal.Number);
        Assert.Contains("feriejobb", answer.Indicator.Name);
        Assert.Equal(Enskede, answer.Plan.Organisation);
    }

    [Theory]
    [InlineData("Stadsdelsområdet är tryggt, tillgängligt och välskött", "3.6.1")]
    [InlineData("hur går det med Våldsutsatta barn, unga, vuxna och äldre får skydd och stöd?", "1.3.1")]
    [InlineData("Medarbetare i stadsdelsförvaltningen har goda förutsättningar att göra ett bra jobb", "3.4.1")]
    [InlineData("Medarbetare i Stockholm ska ges goda förutsättningar att göra ett bra jobb", "3.4")]
    [InlineData("verksamheterna är ändamålsenliga", "3.4.2")]
    [InlineData("hälsosamma miljöer", "2.4.1")]
    [InlineData("lämna kriminalitet", "1.3.2")]
    [InlineData("näringslivsklimat", "3.2.2")]
    [InlineData("relationsvåld", "1.3.1")]
    public void A_real_title_or_its_key_words_find_that_goal(string text, string number)
    {
        var answer = Assert.IsType<GoalAnswer>(EnskedeUser.Ask(text));
        Assert.Equal(number, answer.Goal.Number);
    }

    [Theory]
    [InlineData("sjukfrånvaro")]
    [InlineData("hur ligger sjukfrånvaron till?")]
    [InlineData("sjukfrånvarn")]
    public void Sick_leave_finds_the_goal_with_the_indicator(string text)
    {
        var answer = Assert.IsType<IndicatorAnswer>(EnskedeUser.Ask(text));
        Assert.Equal("3.4", answer.Goal.Number);
        Assert.Equal("Sjukfrånvaro", answer.Indicator.Name);
    }

    [Theory]
    [InlineData("hur går det med trygghet?")]
    [InlineData("tryghet")]
    public void Close_scores_prefer_the_goal_whose_title_is_about_the_subject(string text)
    {
        // 3.6 "Tryggheten ska öka …" and 3.6.1 "… är tryggt …" both match; the goal about trygghet is meant.
        var answer = Assert.IsType<GoalAnswer>(EnskedeUser.Ask(text));
        Assert.Equal("3.6", answer.Goal.Number);
        Assert.Equal(Enskede, answer.Plan.Organisation);
    }

    [Fact]
    public void Without_a_default_search_covers_every_namnd_and_says_whose_each_hit_is()
    {
        var answer = Assert.IsType<DidYouMeanAnswer>(NoDefault.Ask("sjukfrånvaro"));
        Assert.Equal([Enskede, Hagersten], answer.Candidates.Select(c => c.Plan.Organisation).Order());
        // Each nämnd's newest year only, and unit copies of nämnd goals are left out.
        Assert.Contains(answer.Candidates, c => c.Plan.Year == 2024);
        Assert.DoesNotContain(answer.Candidates, c => c.Plan.Organisation == Stod);
    }

    [Fact]
    public void A_unit_plans_own_goal_is_found_through_its_namnd()
    {
        var harness = new ConversationHarness(ConversationHarness.DefaultOrganisation(Hagersten));
        var answer = Assert.IsType<GoalAnswer>(harness.Ask("enheten god arbetsgivare 2023"));
        Assert.Equal(Stod, answer.Plan.Organisation);
        Assert.Equal(GoalLevel.Enhetsmal, answer.Goal.Level);
    }

    [Fact]
    public void Nonsense_is_answered_in_Swedish_suggesting_help()
    {
        var answer = Assert.IsType<TextAnswer>(EnskedeUser.Ask("asdf qwerty"));
        Assert.Contains("Jag hittade inget mål", answer.Text);
        Assert.Contains("asdf qwerty", answer.Text);
        Assert.Contains("hjälp", answer.Text);
    }

    [Fact]
    public void A_capitalised_word_that_names_no_organisation_is_searched_for()
    {
        var answer = Assert.IsType<IndicatorAnswer>(EnskedeUser.Ask("hur går det för Feriejobben"));
        Assert.Equal("3.2", answer.Goal.Number);
    }

    [Fact]
    public void Only_an_organisation_asks_what_to_tell_about_it()
    {
        var answer = Assert.IsType<TextAnswer>(EnskedeUser.Ask("hur går det för Hägersten-Älvsjö?"));
        Assert.StartsWith($"Vad vill du veta om {Hagersten}?", answer.Text);
    }

    [Fact]
    public void An_unknown_organisation_is_said_with_the_known_ones()
    {
        var answer = Assert.IsType<TextAnswer>(EnskedeUser.Ask("hur går 3.6.1 i Atlantis?"));
        Assert.Contains("Atlantis", answer.Text);
        Assert.Contains(Hagersten, answer.Text);
        Assert.Contains(Enskede, answer.Text);
    }

    [Fact]
    public void Help_greeting_empty_and_too_long()
    {
        var help = Assert.IsType<HelpAnswer>(EnskedeUser.Ask("hjälp"));
        Assert.Contains(help.Examples, e => e.Contains("3.6.1"));
        // A greeting gets the help, introduced by the greeting.
        Assert.Contains("Hej", Assert.IsType<HelpAnswer>(EnskedeUser.Ask("hej")).Introduction);
        Assert.Contains("Skriv en fråga", Assert.IsType<TextAnswer>(EnskedeUser.Ask("  ")).Text);
        Assert.Contains("för lång", Assert.IsType<TextAnswer>(EnskedeUser.Ask(new string('x', 600))).Text);
        Assert.Contains("hjälp", Assert.IsType<TextAnswer>(EnskedeUser.Ask("hur går det?")).Text);
    }

    [Fact]
    public void With_no_plans_loaded_every_question_says_so()
    {
        var empty = new ConversationHarness(plans: []);
        Assert.Contains("Inga planer är inlästa", Assert.IsType<TextAnswer>(empty.Ask("3.6.1")).Text);
        Assert.Contains("Inga planer är inlästa", Assert.IsType<TextAnswer>(empty.Ask("sjukfrånvaro")).Text);
        Assert.IsType<HelpAnswer>(empty.Ask("hjälp"));
    }

    [Fact]
    public void A_new_index_is_used_from_the_next_question_on()
    {
        var services = new ServiceCollection().AddConversation(new ConfigurationBuilder().Build()).BuildServiceProvider();
        var holder = services.GetRequiredService<GoalIndexHolder>();
        var service = services.GetRequiredService<ConversationService>();
        var asker = new Asker("u");

        Assert.IsType<TextAnswer>(service.Answer("3.6.1", asker));
        holder.Replace([EnskedeVb2023()]);
        Assert.Equal(Enskede, Assert.IsType<GoalAnswer>(service.Answer("3.6.1", asker)).Plan.Organisation);
    }
}
