using StatusBot.AdaptiveCards.Model;
using StatusBot.AdaptiveCards.Model.Elements;
using StatusBot.Teams.Cards;

namespace StatusBot.Teams.Welcome;

/// <summary>
/// Posted once when the app is added: in a personal chat it says what to ask; in a team or group chat it also says
/// how to bring a goal into the conversation (mention the bot, search from the compose box, paste a goal's link).
/// </summary>
public static class WelcomeCard
{
    public const string Heading = "Välkommen till StatusBot";

    public static AdaptiveCard Build(bool shared)
    {
        var card = new AdaptiveCard
        {
            MsTeams = TeamsCardProperties.FullWidth,
            FallbackText = $"{Heading}. Fråga t.ex. \"hur går nämndmål 3.6.1?\" eller skriv \"hjälp\".",
        };
        card.Body.Add(Blocks.Title(Heading));
        card.Body.Add(Blocks.Subtle(shared
            ? "Jag visar hur nämndens mål går, här i samtalet. Nämn @StatusBot och fråga, t.ex. ”@StatusBot hur går nämndmål 3.6.1?”."
            : "Jag svarar på frågor om nämndens mål, indikatorer och aktiviteter och tar emot era bedömningar per tertial."));
        card.Body.Add(new FactSet
        {
            Spacing = Spacing.Medium,
            Facts =
            [
                Blocks.Fact("Dela ett mål", "Välj StatusBot under + i meddelanderutan och sök på målnummer eller ord, t.ex. ”3.6.1” eller ”trygghet”."),
                Blocks.Fact("Länka", "Klistra in en mållänk (…/mal/nämnd/år/nummer) så visas målets statuskort."),
                Blocks.Fact("Levande kort", "Kortet visar alltid senaste bedömningen. Målets ansvariga och samordnare ser knappen ”Rapportera utfall”."),
            ],
        });
        card.Body.Add(Blocks.SectionHeading("Prova att fråga"));
        card.Body.Add(new ActionSet { Actions = [.. HelpCard.ExampleQuestions.Take(3).Select(HelpCard.Ask)] });
        return card;
    }
}
