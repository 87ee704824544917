using StatusBot.Application.Conversation;
using StatusBot.Application.Conversation.Understanding;
using StatusBot.Tests.Conversation.Support;
using StatusBot.Tests.Support;
using StatusBot.Application;

namespace StatusBot.Tests.Faults;

/// <summary>
/// Fuzzing of what chiefs type. Reproduces: a crafted or garbled Teams message (NUL, lone surrogates, RTL marks,
/// combining marks, huge numbers) throwing out of the parser or the answer and turning into a 500 for Teams, or a
/// pathological input making the parser spin. Fixed seeds so any failure reproduces.
/// </summary>
public class QuestionFuzzTests
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(2);

    private static readonly ConversationHarness Harness = new(
        ConversationHarness.DefaultOrganisation(SeedPlans.Enskede), ImportedSeeds.All,
        new DateTimeOffset(2026, 11, 24, 9, 0, 0, TimeSpan.FromHours(1)));

    private static readonly string[] RealQuestions =
    [
        "hur går nämndmål 3.6.1?", "<at>StatusBot</at> hur går nämndmål 3.6.1?", "verksamhetsområdesmål 3.6",
        "inriktningsmål 2", "hur går det med feriejobben?", "sjukfrånvaro", "tryghet", "nämndmål 3.6.1 i Hägersten-Älvsjö",
        "mina mål", "lista nämndmål för T2 2024", "hjälp", "hej", "pausa påminnelser", "3,6,1", "nr 3.6.1?",
        "vilka mål uppfylls delvis i VB 2023?", "indikatorer för 3.4",
    ];

    [Fact]
    public void Random_strings_never_throw_or_hang_in_parser_or_answer()
    {
        var random = new Random(20261125);
        for (var i = 0; i < 1500; i++)
            AssertSurvives(FuzzInputs.RandomString(random, i % 10 == 0 ? 2000 : 60));
    }

    [Fact]
    public void Mutated_real_questions_never_throw_or_hang()
    {
        var random = new Random(8);
        for (var i = 0; i < 1500; i++)
            AssertSurvives(FuzzInputs.Mutate(random, RealQuestions[i % RealQuestions.Length]));
    }

    [Theory]
    [InlineData("")]
    [InlineData("\0")]
    [InlineData("\uD800")]
    [InlineData("\uDC00 3.6.1 \uD800")]
    [InlineData("\u202Eنامndmål 3.6.1")]
    [InlineData("3.6.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1")]
    [InlineData("nämndmål 99999999999999999999999999.1")]
    [InlineData("<at><at><at></at>")]
    // Found by this fuzzer: full-width and Arabic-Indic digits matched \d and int.Parse threw FormatException.
    [InlineData("med T1 \uFF13uppfylls Enskede-Årsta-Vantör \u0663å indikatorer")]
    [InlineData("nämndmål \uFF13.\uFF16.\uFF11")]
    [InlineData("mål \u0663.\u0666 år \u0662\u0660\u0662\u0664")]
    public void Known_awkward_inputs_are_answered(string text) => AssertSurvives(text);

    [Theory]
    [InlineData("\uFF13.\uFF16.\uFF11")]
    [InlineData("\u0663.\u0666")]
    public void Non_ascii_digits_are_not_a_goal_number(string text) =>
        Assert.Null(Domain.Goals.GoalNumber.Normalize(text));

    [Fact]
    public void A_very_long_question_is_answered_in_time()
    {
        var random = new Random(3);
        AssertSurvives(string.Concat(Enumerable.Range(0, 200).Select(_ => RealQuestions[random.Next(RealQuestions.Length)] + " ")));
        AssertSurvives(new string('a', 50_000));
        AssertSurvives(string.Concat(Enumerable.Repeat("3.", 10_000)));
    }

    private static void AssertSurvives(string text)
    {
        try
        {
            var question = Bounded.Run(() => QuestionParser.Parse(text), Limit, text);
            Assert.NotNull(question);
            var answer = Bounded.Run(() => Harness.Service.Answer(text, new Asker("fuzz-user", null, null)), Limit, text);
            Assert.NotNull(answer);
        }
        catch (AggregateException e)
        {
            Assert.Fail($"{e.InnerException?.GetType().Name}: {e.InnerException?.Message} on input {Bounded.Describe(text)}\n{e.InnerException}");
        }
    }
}
