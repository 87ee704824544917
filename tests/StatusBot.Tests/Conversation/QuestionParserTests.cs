using System.Diagnostics;
using StatusBot.Application.Conversation.Understanding;
using StatusBot.Domain.Assessments;
using StatusBot.Domain.Goals;
using StatusBot.Domain.Periods;

namespace StatusBot.Tests.Conversation;

public class QuestionParserTests
{
    [Theory]
    [InlineData("hur går nämndmål 3.6.1?")]
    [InlineData("nämndmål 3.6.1")]
    [InlineData("nämdmål 3.6.1")]
    [InlineData("namndmal 3.6.1")]
    [InlineData("NÄMNDMÅL   3.6.1 ???")]
    [InlineData("Nämndmålet 3,6,1")]
    public void Reads_a_namndmal_number_however_it_is_typed(string text)
    {
        var q = QuestionParser.Parse(text);
        Assert.Equal(Intent.GoalStatus, q.Intent);
        Assert.Equal("3.6.1", q.GoalNumber);
        Assert.Equal(GoalLevel.Namndmal, q.Level);
        Assert.Null(q.SearchText);
    }

    [Theory]
    [InlineData("mål 3.6.1")]
    [InlineData("3.6.1")]
    [InlineData("3.6.1?")]
    [InlineData("nr 3.6.1")]
    [InlineData("3,6,1")]
    [InlineData("3 . 6 . 1")]
    [InlineData("  hur   går det för 3.6.1  ")]
    [InlineData("<at>StatusBot</at> hur går 3.6.1?")]
    [InlineData("<at>StatusBot</at>&nbsp;status för mål 3.6.1.")]
    [InlineData("Hej, hur går det med 3.6.1?")]
    public void Reads_a_goal_number_without_a_level(string text)
    {
        var q = QuestionParser.Parse(text);
        Assert.Equal(Intent.GoalStatus, q.Intent);
        Assert.Equal("3.6.1", q.GoalNumber);
        Assert.Null(q.Level);
        Assert.Null(q.SearchText);
    }

    [Theory]
    [InlineData("verksamhetsområdesmål 3.6", "3.6", GoalLevel.Verksamhetsomradesmal)]
    [InlineData("hur går KF:s mål för verksamhetsområdet 3.6?", "3.6", GoalLevel.Verksamhetsomradesmal)]
    [InlineData("inriktningsmål 2", "2", GoalLevel.Inriktningsmal)]
    [InlineData("nämndmål 3.6", "3.6", GoalLevel.Namndmal)]
    [InlineData("mål 2", "2", null)]
    public void Reads_the_level_named_beside_the_number(string text, string number, GoalLevel? level)
    {
        var q = QuestionParser.Parse(text);
        Assert.Equal(Intent.GoalStatus, q.Intent);
        Assert.Equal(number, q.GoalNumber);
        Assert.Equal(level, q.Level);
    }

    [Fact]
    public void A_lone_digit_in_running_text_is_not_a_goal_number()
    {
        var q = QuestionParser.Parse("hur går det med 2 parklekar");
        Assert.Null(q.GoalNumber);
        Assert.Equal(Intent.GoalSearch, q.Intent);
        Assert.Equal("parklekar", q.SearchText);
    }

    [Theory]
    [InlineData("hur går det med feriejobben?", "feriejobben")]
    [InlineData("trygghet", "trygghet")]
    [InlineData("hur går det med trygghet?", "trygghet")]
    [InlineData("sjukfrånvaro", "sjukfrånvaro")]
    [InlineData("Hur ligger sjukfrånvaron till?", "sjukfrånvaron")]
    [InlineData("sjukfrånvarn", "sjukfrånvarn")]
    [InlineData("tryghet", "tryghet")]
    [InlineData("vad är status för målet om biologisk mångfald", "biologisk mångfald")]
    [InlineData("asdf qwerty", "asdf qwerty")]
    [InlineData("Hur ligger sjukfrånvaron till jämfört med årsmålet, och mot förra året?", "sjukfrånvaron")]
    [InlineData("vilka aktiviteter finns för parklekar", "parklekar")]
    public void Free_text_becomes_a_search_for_its_content_words(string text, string expected)
    {
        var q = QuestionParser.Parse(text);
        Assert.Equal(Intent.GoalSearch, q.Intent);
        Assert.Equal(expected, q.SearchText);
        Assert.Null(q.GoalNumber);
    }

    [Theory]
    [InlineData("mina mål", null)]
    [InlineData("Mina nämndmål", GoalLevel.Namndmal)]
    [InlineData("visa mina mål för 2024", null)]
    [InlineData("<at>StatusBot</at> mina enhetsmål", GoalLevel.Enhetsmal)]
    public void My_goals(string text, GoalLevel? level)
    {
        var q = QuestionParser.Parse(text);
        Assert.Equal(Intent.MyGoals, q.Intent);
        Assert.Equal(level, q.Level);
        Assert.Null(q.SearchText);
    }

    [Theory]
    [InlineData("hjälp")]
    [InlineData("Hjälp!")]
    [InlineData("help")]
    [InlineData("?")]
    [InlineData("vad kan du")]
    [InlineData("Vad kan du göra?")]
    [InlineData("<at>StatusBot</at> hjälp")]
    public void Help(string text) => Assert.Equal(Intent.Help, QuestionParser.Parse(text).Intent);

    [Theory]
    [InlineData("hej")]
    [InlineData("Hej!")]
    [InlineData("hej?")]
    [InlineData("hejsan StatusBot")]
    [InlineData("God morgon")]
    public void Greeting(string text) => Assert.Equal(Intent.Greeting, QuestionParser.Parse(text).Intent);

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    [InlineData("<at>StatusBot</at>")]
    [InlineData("<at>StatusBot</at>  \n ")]
    public void Empty(string? text) => Assert.Equal(Intent.Empty, QuestionParser.Parse(text).Intent);

    [Fact]
    public void Too_long_text_is_refused_with_a_Swedish_reason()
    {
        var q = QuestionParser.Parse("hur går nämndmål 3.6.1 " + new string('a', QuestionParser.MaxLength));
        Assert.Equal(Intent.NotUnderstood, q.Intent);
        Assert.Contains("för lång", q.Reason);
        Assert.Null(q.GoalNumber);
    }

    [Fact]
    public void A_megabyte_of_text_is_refused_without_reading_it()
    {
        var huge = string.Concat(Enumerable.Repeat("3.6.1 nämndmål uppfylls inte ", 40_000));
        var watch = Stopwatch.StartNew();
        var q = QuestionParser.Parse(huge);
        watch.Stop();
        Assert.Equal(Intent.NotUnderstood, q.Intent);
        Assert.True(watch.ElapsedMilliseconds < 50, $"took {watch.ElapsedMilliseconds} ms");
    }

    [Fact]
    public void Exactly_the_maximum_length_is_still_read()
    {
        var text = "hur går nämndmål 3.6.1" + new string(' ', 10) + new string('x', QuestionParser.MaxLength - 32);
        Assert.Equal(QuestionParser.MaxLength, text.Length);
        Assert.Equal(Intent.GoalStatus, QuestionParser.Parse(text).Intent);
    }

    [Theory]
    [InlineData("hur går det?")]
    [InlineData("vad är det?")]
    [InlineData("nämndmål")]
    public void Only_question_words_is_not_understood_with_a_reason(string text)
    {
        var q = QuestionParser.Parse(text);
        Assert.Equal(Intent.NotUnderstood, q.Intent);
        Assert.False(string.IsNullOrWhiteSpace(q.Reason));
    }

    [Theory]
    [InlineData("vilka mål uppfylls inte?", Bedomning.UppfyllsInte)]
    [InlineData("ej uppfyllda", Bedomning.UppfyllsInte)]
    [InlineData("inte uppfyllda mål", Bedomning.UppfyllsInte)]
    [InlineData("Vilka mål uppfylls delvis", Bedomning.UppfyllsDelvis)]
    [InlineData("vilka mål uppfylls bara delvis?", Bedomning.UppfyllsDelvis)]
    [InlineData("vilka mål uppfylls helt?", Bedomning.UppfyllsHelt)]
    [InlineData("vilka mål är uppfyllda?", Bedomning.UppfyllsHelt)]
    public void Bedomning_filters(string text, Bedomning expected)
    {
        var q = QuestionParser.Parse(text);
        Assert.Equal(Intent.GoalsByBedomning, q.Intent);
        Assert.Equal(expected, q.Bedomning);
        Assert.Null(q.SearchText);
    }

    [Fact]
    public void Bedomning_with_level_and_period()
    {
        var q = QuestionParser.Parse("Vilka nämndmål uppfylls bara delvis i verksamhetsberättelsen 2023?");
        Assert.Equal(Intent.GoalsByBedomning, q.Intent);
        Assert.Equal(Bedomning.UppfyllsDelvis, q.Bedomning);
        Assert.Equal(GoalLevel.Namndmal, q.Level);
        Assert.Equal(new PeriodScope(PeriodKind.VB, 2023), q.Period);
    }

    [Fact]
    public void Bedomning_of_verksamhetsomradesmal()
    {
        var q = QuestionParser.Parse("vilka verksamhetsområdesmål uppfylls delvis?");
        Assert.Equal(GoalLevel.Verksamhetsomradesmal, q.Level);
        Assert.Equal(Bedomning.UppfyllsDelvis, q.Bedomning);
    }

    [Theory]
    [InlineData("vad saknas till T1?", PeriodKind.T1, null)]
    [InlineData("vad saknas till t2", PeriodKind.T2, null)]
    [InlineData("vad saknas till tertial 2", PeriodKind.T2, null)]
    [InlineData("vad saknas till tertialrapport 2?", PeriodKind.T2, null)]
    [InlineData("vad saknas till första tertialen", PeriodKind.T1, null)]
    [InlineData("vad saknas till VB", PeriodKind.VB, null)]
    [InlineData("vad saknas till verksamhetsberättelsen", PeriodKind.VB, null)]
    [InlineData("vad saknas för helår?", PeriodKind.VB, null)]
    [InlineData("vad saknas för helåret 2025", PeriodKind.VB, 2025)]
    [InlineData("vad saknas 2025", null, 2025)]
    [InlineData("vad har jag kvar att rapportera till T1 2024?", PeriodKind.T1, 2024)]
    [InlineData("vad saknas till T2-2024", PeriodKind.T2, 2024)]
    public void Missing_for_period(string text, PeriodKind? kind, int? year)
    {
        var q = QuestionParser.Parse(text);
        Assert.Equal(Intent.MissingForPeriod, q.Intent);
        Assert.Equal(new PeriodScope(kind, year), q.Period);
        Assert.Null(q.GoalNumber);
        Assert.Null(q.SearchText);
    }

    [Fact]
    public void Missing_without_a_period_leaves_it_to_the_calendar()
    {
        var q = QuestionParser.Parse("vad saknas?");
        Assert.Equal(Intent.MissingForPeriod, q.Intent);
        Assert.Null(q.Period);
    }

    [Theory]
    [InlineData("hur går nämndmål 3.6.1 i Hägersten-Älvsjö?", "Hägersten-Älvsjö")]
    [InlineData("vilka mål uppfylls delvis för Enskede-Årsta-Vantör", "Enskede-Årsta-Vantör")]
    [InlineData("hur går 3.6.1 i hägersten-älvsjö", "hägersten-älvsjö")]
    [InlineData("3.6.1 i Älvsjö 2024", "Älvsjö")]
    [InlineData("hur går 3.6.1 för Enskede-Årsta-Vantörs stadsdelsnämnd", "Enskede-Årsta-Vantörs stadsdelsnämnd")]
    public void Organisation_named_in_the_question(string text, string hint)
    {
        var q = QuestionParser.Parse(text);
        Assert.Equal(hint, q.OrganisationHint);
        Assert.Null(q.SearchText);
    }

    [Theory]
    [InlineData("Skarpnäcks stadsdelsnämnd 3.6.1", "Skarpnäcks")]
    [InlineData("hägersten-älvsjö sdn 3.6.1", "hägersten-älvsjö")]
    public void Organisation_named_before_stadsdelsnamnd(string text, string hint) =>
        Assert.Equal(hint, QuestionParser.Parse(text).OrganisationHint);

    [Fact]
    public void A_common_word_before_stadsdelsforvaltningen_is_not_an_organisation()
    {
        var q = QuestionParser.Parse("Medarbetare i stadsdelsförvaltningen har goda förutsättningar");
        Assert.Null(q.OrganisationHint);
        Assert.Equal("medarbetare stadsdelsförvaltningen goda förutsättningar", q.SearchText);
    }

    [Fact]
    public void The_organisation_named_last_wins_over_a_capitalised_title()
    {
        var q = QuestionParser.Parse("hur går det med I Stockholm ska alla ges möjlighet till ett eget jobb i Hägersten-Älvsjö?");
        Assert.Equal("Hägersten-Älvsjö", q.OrganisationHint);
        Assert.Equal("stockholm ges möjlighet eget jobb", q.SearchText);
    }

    [Fact]
    public void Only_an_organisation_is_left_to_the_service_as_a_search()
    {
        var q = QuestionParser.Parse("hur går det för Hägersten-Älvsjö?");
        Assert.Equal(Intent.GoalSearch, q.Intent);
        Assert.Equal("Hägersten-Älvsjö", q.OrganisationHint);
        Assert.Null(q.SearchText);
    }

    [Fact]
    public void Organisation_and_year_together_with_a_number()
    {
        var q = QuestionParser.Parse("hur gick nämndmål 3.6.1 i Hägersten-Älvsjö 2023?");
        Assert.Equal(Intent.GoalStatus, q.Intent);
        Assert.Equal("3.6.1", q.GoalNumber);
        Assert.Equal("Hägersten-Älvsjö", q.OrganisationHint);
        Assert.Equal(new PeriodScope(null, 2023), q.Period);
    }

    [Fact]
    public void A_tertial_is_not_read_as_a_goal_number()
    {
        var q = QuestionParser.Parse("hur gick 3.6.1 i tertial 2?");
        Assert.Equal("3.6.1", q.GoalNumber);
        Assert.Equal(PeriodKind.T2, q.Period?.Kind);
    }

    [Theory]
    [InlineData("rapportera 3.6.1 T2", "3.6.1", PeriodKind.T2)]
    [InlineData("Rapportera nämndmål 3.6.1 för tertial 1", "3.6.1", PeriodKind.T1)]
    [InlineData("rapportera 3,6,1", "3.6.1", null)]
    [InlineData("jag vill rapportera nämndmål 3.6.1 för T2", "3.6.1", PeriodKind.T2)]
    [InlineData("Kan jag rapportera 3.6.1?", "3.6.1", null)]
    [InlineData("<at>StatusBot</at> rapportera utfall för 1.2.1 VB", "1.2.1", PeriodKind.VB)]
    public void Report(string text, string number, PeriodKind? kind)
    {
        var q = QuestionParser.Parse(text);
        Assert.Equal(Intent.Report, q.Intent);
        Assert.Equal(number, q.GoalNumber);
        Assert.Equal(kind, q.Period?.Kind);
    }

    [Fact]
    public void The_understood_text_keeps_the_askers_words_without_the_mention()
    {
        var q = QuestionParser.Parse("<at>StatusBot</at>   hur går   3.6.1?");
        Assert.Equal("hur går 3.6.1?", q.Text);
    }
}
