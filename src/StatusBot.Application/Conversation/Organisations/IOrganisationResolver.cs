namespace StatusBot.Application.Conversation.Organisations;

/// <summary>The organisation an asker's questions are about unless the question names another.</summary>
public interface IOrganisationResolver
{
    /// <summary>The organisation as configured (a full or partial name), or null when none is configured.</summary>
    string? DefaultOrganisationFor(Asker asker);
}
