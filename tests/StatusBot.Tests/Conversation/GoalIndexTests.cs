using StatusBot.Application.ReadModel;
using StatusBot.Domain.Goals;
using StatusBot.Domain.Indicators;
using StatusBot.Domain.Plans;
using StatusBot.Tests.Conversation.Support;

namespace StatusBot.Tests.Conversation;

public class GoalIndexTests
{
    private static readonly GoalIndex Index = new(SeedPlans.All());

    private static bool InEnskedeVb(Plan p) => p.Organisation == SeedPlans.Enskede && p.Document == DocumentKind.Verksamhetsberattelse;

    private static bool InHagersten2024(Plan p) => p.Organisation == SeedPlans.Hagersten && p.Year == 2024;

    [Fact]
    public void Lists_organisations_with_units_under_their_namnd()
    {
        Assert.Equal([SeedPlans.Enskede, SeedPlans.Hagersten], Index.Namnder);
        Assert.Contains(SeedPlans.Stod, Index.Organisations);
        Assert.Contains(Index.PlansOf(SeedPlans.Hagersten), p => p.Organisation == SeedPlans.Stod);
        Assert.Equal([2024, 2023], Index.YearsOf(SeedPlans.Hagersten));
    }

    [Fact]
    public void Finds_a_number_in_the_preferred_document()
    {
        var report = Index.Find(SeedPlans.Enskede, 2023, DocumentPreference.PreferReport, "3,6,1");
        var plan = Index.Find(SeedPlans.Enskede, 2023, DocumentPreference.PreferPlan, "3.6.1");
        Assert.Equal(DocumentKind.Verksamhetsberattelse, report!.Plan.Document);
        Assert.Equal(DocumentKind.Verksamhetsplan, plan!.Plan.Document);
        Assert.Equal("Stadsdelsområdet är tryggt, tillgängligt och välskött", report.Goal.Title);
    }

    [Fact]
    public void The_same_number_is_a_different_goal_in_another_namnd_and_year()
    {
        var hagersten2024 = Index.Find(SeedPlans.Hagersten, 2024, DocumentPreference.PreferReport, "3.6.1")!;
        var hagersten2023 = Index.Find(SeedPlans.Hagersten, 2023, DocumentPreference.PreferReport, "3.6.1")!;
        Assert.StartsWith("Det socialt förebyggande arbetet", hagersten2024.Goal.Title);
        Assert.Equal("Stadsdelsområdet upplevs som tryggt och välkomnande", hagersten2023.Goal.Title);
        Assert.Null(Index.Find(SeedPlans.Hagersten, 2024, DocumentPreference.PreferReport, "3.6.9"));
    }

    [Fact]
    public void Lists_goals_of_a_level_in_document_order()
    {
        var nm = Index.OfLevel(SeedPlans.Hagersten, 2024, DocumentPreference.PreferReport, GoalLevel.Namndmal);
        Assert.Equal(["1.1.1", "1.2.1", "1.2.2", "3.2.1", "3.2.2", "3.4.1", "3.5.1", "3.5.2", "3.6.1", "3.6.2", "3.6.3"],
            nm.Select(g => g.Goal.Number));
    }

    [Fact]
    public void Nearest_numbers_are_the_siblings_and_the_parent()
    {
        var plan = Index.PreferredPlan(SeedPlans.Hagersten, 2024, DocumentPreference.PreferReport)!;
        Assert.Equal(["3.6.1", "3.6.2", "3.6.3", "3.6"], Index.NearestNumbers(plan, "3.6.9").Select(g => g.Goal.Number));
        // 3.9 does not exist either: go one level up, to the VOs under 3 and 3 itself.
        Assert.Equal(["3.2", "3.4", "3.5", "3.6", "3"], Index.NearestNumbers(plan, "3.9.1").Select(g => g.Goal.Number));
        Assert.Equal(["1", "3"], Index.NearestNumbers(plan, "4").Select(g => g.Goal.Number));
    }

    [Fact]
    public void An_indicator_hit_returns_its_goal_and_says_which_indicator()
    {
        var hits = Index.Search("sjukfrånvaro", InEnskedeVb);
        Assert.Equal("3.4", hits[0].Goal.Goal.Number);
        Assert.Equal(MatchField.Indicator, hits[0].Field);
        Assert.Equal("Sjukfrånvaro", hits[0].MatchedText);
    }

    [Theory]
    [InlineData("sjukfrånvaron")]  // inflected
    [InlineData("sjukfrånvarn")]   // typo, one substitution
    [InlineData("sjukfranvaro")]   // typed without å
    [InlineData("SJUKFRÅNVARO")]
    [InlineData("frånvaro")]       // the tail of the compound
    [InlineData("sjukskrivningar")] // the everyday word
    public void Sick_leave_is_found_however_it_is_written(string query)
    {
        var hits = Index.Search(query, InEnskedeVb);
        Assert.NotEmpty(hits);
        Assert.Equal("3.4", hits[0].Goal.Goal.Number);
    }

    [Theory]
    [InlineData("feriejobben")]
    [InlineData("feriejobb")]
    [InlineData("ferejobb")]
    [InlineData("sommarjobben")]
    public void Summer_jobs_find_the_goal_with_the_summer_job_indicators_first(string query)
    {
        var hits = Index.Search(query, InEnskedeVb);
        Assert.Equal("3.2", hits[0].Goal.Goal.Number);
        Assert.Equal(MatchField.Indicator, hits[0].Field);
        // 3.2.1 mentions feriejobb only in its description, so it ranks below.
        Assert.Contains(hits, h => h.Goal.Goal.Number == "3.2.1" && h.Field == MatchField.Description);
        Assert.True(hits[0].Score > hits.Single(h => h.Goal.Goal.Number == "3.2.1").Score);
    }

    [Theory]
    [InlineData("trygghet")]
    [InlineData("tryghet")]
    [InlineData("tryggheten")]
    public void Trygghet_finds_the_safety_goals(string query)
    {
        var numbers = Index.Search(query, InHagersten2024).Select(h => h.Goal.Goal.Number).ToList();
        Assert.Contains("3.6", numbers);
        Assert.Contains("3.6.2", numbers);
    }

    [Fact]
    public void Ranks_title_over_indicator_over_activity_over_description()
    {
        var plan = new PlanBuilder("Testnämnd", 2024, DocumentKind.Verksamhetsplan)
            .Im("1", "Inriktning")
            .Vo("1.1", "Något annat")
            .Nm("1.1.1", "Beskrivning nämner det", description: "Arbetet med parklekar utvecklas.")
            .Nm("1.1.2", "Aktiviteten nämner det").Activity("Rusta upp parklekar")
            .Nm("1.1.3", "Indikatorn nämner det").Indicator("Antal besök på parklekar", Periodicity.Ar, "100 st")
            .Nm("1.1.4", "Parklekar är öppna och trygga")
            .Build();
        var hits = new GoalIndex([plan]).Search("parklekar");
        Assert.Equal(["1.1.4", "1.1.3", "1.1.2", "1.1.1"], hits.Select(h => h.Goal.Goal.Number));
        Assert.Equal([MatchField.Title, MatchField.Indicator, MatchField.Activity, MatchField.Description], hits.Select(h => h.Field));
    }

    [Fact]
    public void Goals_matching_every_word_rank_above_goals_matching_one()
    {
        var hits = Index.Search("giftfria miljöer", InEnskedeVb);
        Assert.Equal(["2.4", "2.4.1"], hits.Take(2).Select(h => h.Goal.Goal.Number).Order());
        Assert.All(hits.Skip(2), h => Assert.True(h.Score < hits[1].Score));
    }

    [Fact]
    public void Nonsense_and_stop_words_find_nothing()
    {
        Assert.Empty(Index.Search("asdf qwerty"));
        Assert.Empty(Index.Search("hur går det"));
        Assert.Empty(Index.Search(""));
    }

    [Fact]
    public void Short_words_are_not_matched_fuzzily()
    {
        // "rev" (3 letters) is one edit from "ren" in 2.4's title; words that short must match exactly.
        Assert.DoesNotContain(Index.Search("rev", InEnskedeVb), h => h.Goal.Goal.Number == "2.4");
    }

    [Fact]
    public void The_plan_filter_is_respected()
    {
        Assert.All(Index.Search("trygghet", InHagersten2024), h => Assert.True(InHagersten2024(h.Goal.Plan)));
        Assert.Empty(new GoalIndex([]).Search("trygghet"));
    }

    [Fact]
    public void Concurrent_searches_see_the_same_results()
    {
        var expected = Index.Search("sjukfrånvarn").Select(h => h.Goal.Goal.Id).ToArray();
        var results = new System.Collections.Concurrent.ConcurrentBag<string[]>();
        Parallel.For(0, 200, _ => results.Add(Index.Search("sjukfrånvarn").Select(h => h.Goal.Goal.Id).ToArray()));
        Assert.All(results, r => Assert.Equal(expected, r));
    }

    [Fact]
    public void The_holder_publishes_a_new_snapshot_and_keeps_the_old_one_intact()
    {
        var holder = new GoalIndexHolder();
        Assert.True(holder.Current.IsEmpty);
        var first = holder.Replace([SeedPlans.EnskedeVb2023()]);
        var second = holder.Replace(SeedPlans.All());
        Assert.Same(second, holder.Current);
        Assert.Single(first.Plans);
        Assert.NotEmpty(first.Search("sjukfrånvaro"));
    }
}
