using StatusBot.Application.Outcomes;
using StatusBot.Application.Text;

namespace StatusBot.Teams.Cards;

/// <summary>The Swedish line at the top of the outcome form for each <see cref="FormNotice"/>.</summary>
public static class FormNoticeText
{
    public static string? Of(FormNotice? notice) => notice switch
    {
        PrefilledFromDraft d => $"Ifyllt från ditt utkast sparat {SwedishDate.FormatDateTime(d.SavedAt)}.",
        PrefilledFromSubmission s => $"Ifyllt från version {s.Version}, inskickad av {s.Author} {SwedishDate.FormatDateTime(s.RecordedAt)}.",
        PrefilledFromDocument d => $"Ifyllt från {d.DocumentName} {d.Year}.",
        DraftSaved d => $"Utkastet är sparat {SwedishDate.FormatTime(d.SavedAt)}.",
        _ => null,
    };
}
