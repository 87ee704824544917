using StatusBot.Application.Conversation.Organisations;
using static StatusBot.Tests.Conversation.Support.SeedPlans;

namespace StatusBot.Tests.Conversation;

public class OrganisationMatcherTests
{
    private static readonly string[] Known = [Enskede, Hagersten, Stod];

    [Theory]
    [InlineData("Hägersten-Älvsjö", Hagersten)]
    [InlineData("hagersten alvsjo", Hagersten)]
    [InlineData("Älvsjö", Hagersten)]
    [InlineData("Hägerstn-Älvsjö", Hagersten)]            // typo
    [InlineData("Enskede-Årsta-Vantör", Enskede)]         // no genitive -s
    [InlineData("Enskede-Årsta-Vantörs stadsdelsnämnd", Enskede)]
    [InlineData("enskede", Enskede)]
    [InlineData("Stöd- och aktivitetsenheten", Stod)]
    [InlineData("Stöd", Stod)]
    public void Matches_names_as_people_write_them(string hint, string expected) =>
        Assert.Equal([expected], OrganisationMatcher.Match(hint, Known));

    [Theory]
    [InlineData("Atlantis")]
    [InlineData("stadsdelsnämnd")]
    [InlineData("")]
    [InlineData("Hägersten-Rinkeby")]
    public void Matches_nothing_that_is_not_there(string hint) =>
        Assert.Empty(OrganisationMatcher.Match(hint, Known));
}
