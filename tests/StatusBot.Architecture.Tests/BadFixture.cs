// A deliberately bad little architecture: the rules must reject every arrow in it. Never used at run time.
#pragma warning disable CS1591
namespace ArchFixture.Teams
{
    public sealed class Card
    {
        public string Title { get; set; } = "";
    }
}

namespace ArchFixture.Application.Outcomes
{
    /// <summary>A use case that answers with a card (forbidden) and reaches into the read model, which reaches back.</summary>
    public sealed class Flow
    {
        public ArchFixture.Teams.Card Submit() => new() { Title = ArchFixture.Application.ReadModel.Index.Name };

        public static string? PathOf(Microsoft.AspNetCore.Http.HttpContext context) => context.Request.Path.Value;
    }
}

namespace ArchFixture.Application.ReadModel
{
    public static class Index
    {
        public static string Name => nameof(ArchFixture.Application.Outcomes.Flow);

        public static ArchFixture.Application.Outcomes.Flow? Last { get; set; }
    }
}
