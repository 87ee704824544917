using System.Text.Json.Nodes;
using StatusBot.Application.Outcomes;
using StatusBot.Teams.Outcomes;

namespace StatusBot.Tests.Outcomes;

/// <summary>What a host posts from the form: read exactly, or refused with the reason.</summary>
public sealed class OutcomeFormReadTests
{
    private static JsonObject Valid() => new()
    {
        ["goalId"] = "g-1",
        ["period"] = "T2 2026",
        ["version"] = 2,
        ["verb"] = "skickaIn",
        ["bedomning"] = "UppfyllsHelt",
        ["utfall.ind-1"] = "45 %",
        ["utfall.ind-2"] = 12,
        ["unrelated"] = new JsonObject(),
    };

    [Fact]
    public void A_form_post_is_read_with_its_inputs_as_typed()
    {
        Assert.True(OutcomeForm.TryRead(JsonNode.Parse(Valid().ToJsonString())!.AsObject(), out var post, out _));

        Assert.Equal("g-1", post.GoalId);
        Assert.Equal("T2 2026", post.Period.ToString());
        Assert.Equal(2, post.Version);
        Assert.Equal("45 %", post.Values["utfall.ind-1"]);
        Assert.Equal("12", post.Values["utfall.ind-2"]); // a host's number field
        Assert.False(post.Values.ContainsKey("unrelated"));
        Assert.False(post.Values.ContainsKey("verb"));
    }

    [Fact]
    public void A_version_sent_as_text_is_read_too()
    {
        var data = Valid();
        data["version"] = "7";
        Assert.True(OutcomeForm.TryRead(data, out var post, out _));
        Assert.Equal(7, post.Version);
    }

    public static TheoryData<string, JsonNode?> Broken => new()
    {
        { "goalId", null },
        { "goalId", 42 },
        { "goalId", "" },
        { "period", "T3 2026" },
        { "period", null },
        { "period", 2026 },
        { "version", null },
        { "version", -1 },
        { "version", 1.5 },
        { "version", "två" },
        { "bedomning", new JsonArray("UppfyllsHelt") },
        { "utfall.ind-1", true },
        { "aktivitet.a-1", new JsonObject { ["status"] = "Pagar" } },
    };

    [Theory]
    [MemberData(nameof(Broken))]
    public void A_payload_our_form_cannot_have_sent_is_refused_with_the_reason(string key, JsonNode? value)
    {
        var data = Valid();
        if (value is null) data.Remove(key);
        else data[key] = value;

        Assert.False(OutcomeForm.TryRead(data, out _, out var problem));
        Assert.False(string.IsNullOrWhiteSpace(problem));
    }

    [Fact]
    public void No_data_at_all_is_refused()
    {
        Assert.False(OutcomeForm.TryRead(null, out _, out var problem));
        Assert.Equal("inga data", problem);
    }
}
