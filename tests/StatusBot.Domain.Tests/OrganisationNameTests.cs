using StatusBot.Domain.Plans;

namespace StatusBot.Domain.Tests;

public sealed class OrganisationNameTests
{
    [Theory]
    [InlineData("Hägersten-Älvsjö", "Hägersten-Älvsjö stadsdelsnämnd")]
    [InlineData("Enskede-Årsta-Vantör", "Enskede-Årsta-Vantörs stadsdelsnämnd")]
    [InlineData("enskede–årsta–vantörs  STADSDELSNÄMND", "Enskede-Årsta-Vantörs stadsdelsnämnd")]
    [InlineData(" Farsta stadsdelsnämnd ", "Farsta stadsdelsnämnd")]
    [InlineData("Stöd- och aktivitetsenheten", "Stöd- och aktivitetsenheten")]
    public void The_same_organisation_written_differently_is_the_same(string a, string b) =>
        Assert.True(OrganisationName.Same(a, b));

    [Theory]
    [InlineData("Farsta stadsdelsnämnd", "Enskede-Årsta-Vantörs stadsdelsnämnd")] // "farsta" is one letter from "årsta"
    [InlineData("Årsta", "Enskede-Årsta-Vantörs stadsdelsnämnd")]
    [InlineData("Hägersten", "Hägersten-Älvsjö stadsdelsnämnd")]
    [InlineData("Älvsjö", "Hägersten-Älvsjö stadsdelsnämnd")]
    [InlineData("stadsdelsnämnd", "Farsta stadsdelsnämnd")]
    [InlineData("", "")]
    public void A_near_name_a_part_or_nothing_is_another_organisation(string a, string b) =>
        Assert.False(OrganisationName.Same(a, b));
}
