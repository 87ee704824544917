using System.Text.RegularExpressions;

namespace StatusBot.Application.Conversation.Understanding;

/// <summary>The phrases the parser recognises, apart from the reading order that uses them.</summary>
public static partial class QuestionParser
{
    // ---- phrases, all matched against the folded lower-case text ----

    [GeneratedRegex(@"^\s*(?:hej(?:san|hej)?|halla|hallo|tjena|tja|god\s+(?:morgon|dag|kvall|eftermiddag)|hello|hi)\b[\s,!.?]*", Options, Timeout)]
    private static partial Regex Greeting();

    [GeneratedRegex(@"^\s*(?:statusbot[\s,!]*)?(?:\?+|hjalp\b.*|hjap\b.*|hjelp\b.*|help\b.*|vad\s+kan\s+(?:du|jag)(?:\s+(?:gora|fraga(?:\s+dig)?(?:\s+om)?|svara\s+pa|hjalpa\s+(?:mig\s+)?(?:till|med)))?|vad\s+gor\s+du|(?:vilka\s+)?kommandon(?:\s+finns)?|instruktioner|hur\s+(?:funkar|fungerar)\s+(?:du|det\s+har|det|boten)|hur\s+anvander\s+jag\s+(?:dig|boten)|what\s+can\s+you\s+do|how\s+does\s+this\s+work)(?:\s+(?:tack|da|please))?[\s?!.]*$", Options, Timeout)]
    private static partial Regex Help();

    // "vem har inte rapporterat T2?", "vilka ansvariga har ej lämnat in utfall": a coordinator's follow-up.
    [GeneratedRegex(@"^\s*(?:vem|vilka|vilken)(?:\s+(?:chefer|ansvariga|personer|enheter))?\s+(?:har\s+)?(?:inte|ej)\s+(?:har\s+)?(?:rapporterat|lamnat\s+in|lamnat|skickat\s+in|fyllt\s+i)(?:\s+(?:utfall|utfallet|bedomning|bedomningen))?(?:\s+(?:for|till|i))?\b", Options, Timeout)]
    private static partial Regex NotReported();

    // Coordinators' control of reminders: "pausa påminnelser", "återuppta påminnelserna", "påminnelser T2".
    [GeneratedRegex(@"^\s*(?:pausa|stoppa|stang\s+av)\s+(?:alla\s+)?paminnelser(?:na)?\b", Options, Timeout)]
    private static partial Regex PauseReminders();

    [GeneratedRegex(@"^\s*(?:ateruppta|aterupta|starta(?:\s+om)?|sla\s+pa)\s+(?:alla\s+)?paminnelser(?:na)?\b", Options, Timeout)]
    private static partial Regex ResumeReminders();

    [GeneratedRegex(@"^\s*(?:(?:visa|vilka|nar\s+(?:kommer|gar|skickas)|show|list)\s+)?(?:paminnelser(?:na)?|reminders)(?:\s+(?:for|till|i|ut))?\b", Options, Timeout)]
    private static partial Regex ShowReminders();

    // English and loose forms of the coordinator's follow-up: "who hasn't reported T2", "vem saknas i rapporteringen".
    [GeneratedRegex(@"^\s*(?:who\s+(?:has\s*n[o']?t|hasn'?t|has\s+not)\s+reported(?:\s+yet)?|(?:vem|vilka)\s+saknas\s+i\s+rapporteringen|(?:vem|vilka)\s+har\s+inte\s+lamnat\s+in)\b", Options, Timeout)]
    private static partial Regex NotReportedOther();

    [GeneratedRegex(@"^\s*(?:(?:visa|se|show(?:\s+me)?)\s+)?(?:(?:the\s+)?history|hist\w{0,3}k(?:en)?)(?:\s+(?:for|of|pa|over))?\b|^\s*vad\s+har\s+(?:andrats|andrat\s+sig|hant)(?:\s+(?:pa|med|for|i))?\b", Options, Timeout)]
    private static partial Regex HistoryOther();

    [GeneratedRegex(@"^\s*(?:report|rapporter+a|raportera)(?:\s+(?:on|for|utfall))?\b", Options, Timeout)]
    private static partial Regex ReportOther();

    // "saknas något i importen?", "vad fattas i den importerade planen", "importvarningar", "visa importluckor", "luckor i importen".
    [GeneratedRegex(@"\b(?:saknas|fattas|felar|varningar|problem|brister|konstigt|luckor|gaps|missing)\b.*\bimport\w*|\bimport\w*\b.*\b(?:saknas|fattas|varningar|problem|brister|luckor|gaps|missing)\b|\bimport(?:varning|luck)\w*", Options, Timeout)]
    private static partial Regex ImportGapsWords();

    // "visa historik för 3.6.1", "historiken för nämndmål 3.6.1".
    [GeneratedRegex(@"^\s*(?:(?:visa|se|vad\s+ar)\s+)?(?:historik|historiken|utfallshistorik|andringshistorik)(?:\s+(?:for|over|pa|av|till))?\b", Options, Timeout)]
    private static partial Regex History();

    [GeneratedRegex(@"^\s*(?:(?:jag\s+vill|kan\s+jag|vill|hur)\s+)?(?:rapportera(?:\s+utfall)?(?:\s+for)?|lamna\s+(?:utfall|bedomning)(?:\s+for)?|fyll\s+i(?:\s+utfall)?(?:\s+for)?)\b", Options, Timeout)]
    private static partial Regex Report();

    [GeneratedRegex(@"\b(?:t|tertial|tertialen|tertialrapport|tertialrapporten)\s?-?\s?([12])(?!\d)", Options, Timeout)]
    private static partial Regex TertialNumber();

    [GeneratedRegex(@"\b(forsta|andra)\s+tertial(?:en|rapporten)?\b|\btertial(?:rapport)?\s+(ett|tva)\b", Options, Timeout)]
    private static partial Regex TertialWord();

    [GeneratedRegex(@"\b(?:vb|verksamhetsberattelsen?|verksamhetsberattelse|helar(?:et|s)?|hela\s+aret|arsbokslut(?:et)?|bokslut(?:et)?)(?![a-z])", Options, Timeout)]
    private static partial Regex FullYear();

    [GeneratedRegex(@"(?<!\d)(20[0-9]{2})(?!\d)", Options, Timeout)]
    private static partial Regex Year();

    [GeneratedRegex(@"\b(?:(?:uppfyl+s|uppfylldes|uppfyllts|uppfyllt|uppfyllda|uppfyllas|uppnas|uppnatts|nas|natts)\s+(?:inte|ej)|(?:inte|ej|icke)\s+(?:har\s+)?(?:uppfyllda|uppfyllt|uppfyl+s|uppfyllts|uppfyllas|uppnadda|uppnatts|uppnas|nadda|natts)|ouppfyllda)\b", Options, Timeout)]
    private static partial Regex NotFulfilled();

    // "inte helt uppfyllda", "not fully met": delvis or inte.
    [GeneratedRegex(@"\b(?:inte|ej)\s+(?:ar\s+|har\s+)?helt\s+(?:uppfyllda|uppfyllt|uppfyl+s|uppnadda)\b|\bnot\s+fully\s+met\b", Options, Timeout)]
    private static partial Regex NotFully();

    [GeneratedRegex(@"\b(?:only\s+)?(?:partly|partially)\s+met\b", Options, Timeout)]
    private static partial Regex PartlyMet();

    [GeneratedRegex(@"\bnot\s+met\b", Options, Timeout)]
    private static partial Regex NotMet();

    [GeneratedRegex(@"\b(?:fully\s+)?met\b", Options, Timeout)]
    private static partial Regex FullyMet();

    [GeneratedRegex(@"\b(?:(?:uppfyl+s|uppfylldes|uppfyllts|uppfyllt|uppfyllda|uppnas|uppnatts|nas)\s+(?:bara\s+|endast\s+|enbart\s+)?delvis|(?:bara\s+|endast\s+)?delvis\s+(?:uppfyllda|uppfyllt|uppfyl+s|uppfyllts|uppnadda|uppnatts|uppnas))\b", Options, Timeout)]
    private static partial Regex PartlyFulfilled();

    [GeneratedRegex(@"\b(?:(?:uppfyl+s|uppfylldes|uppfyllts|uppfyllt|uppfyllda|uppnas|uppnatts|nas)\s+helt|helt\s+(?:uppfyllda|uppfyllt|uppfyl+s|uppfyllts|uppnadda|uppnatts|uppnas)|(?<=\bvilka\b.*)(?:uppfyl+s|uppfyllts)|uppfyllda|uppnadda)\b", Options, Timeout)]
    private static partial Regex Fulfilled();

    [GeneratedRegex(@"\b(?:vilka\s+mal\s+har\s+jag()|my\s+goals()|mina\s+(?:egna\s+)?(mal(?:en)?|namn?dmal(?:en)?|enhetsmal(?:en)?|verksamhetsomradesmal(?:en)?|indikatorer|uppdrag|ansvar(?:somraden)?))\b", Options, Timeout)]
    private static partial Regex MyGoals();

    [GeneratedRegex(@"\b(?:saknas|saknar|fattas|aterstar|kvar\s+att\s+(?:rapportera|fylla\s+i|gora)|(?:inte|ej)\s+(?:har\s+)?(?:rapporterat|rapporterats|inrapporterat|lamnat|fyllt\s+i)|(?:ska|behover|maste)\s+(?:jag|vi|man)\s+rapportera|ska\s+rapporteras|har\s+(?:jag|vi)\s+kvar)\b", Options, Timeout)]
    private static partial Regex Missing();

    [GeneratedRegex(@"\b(?:namn?d?s?mal(?:et|en|ets)?|nmdmal|nm|board\s+goals?)(?![\p{L}])", Options, Timeout)]
    private static partial Regex NamndmalWord();

    [GeneratedRegex(@"\b(?:verksamhetsomradesmal(?:et|en)?|vo-?mal(?:et|en)?|vo|(?:kf:?s\s+)?mal(?:et)?\s+for\s+verksamhetsomradet)\b", Options, Timeout)]
    private static partial Regex VoWord();

    [GeneratedRegex(@"\b(?:inriktningsmal(?:et|en)?|im)\b", Options, Timeout)]
    private static partial Regex ImWord();

    [GeneratedRegex(@"\benhetsmal(?:et|en)?\b", Options, Timeout)]
    private static partial Regex EmWord();

    // "3.6.1", "3,6,1", "3 . 6 . 1", "3.6.1."; never part of a year, a decimal tail or "t1".
    [GeneratedRegex(@"(?<![\p{L}\d.,])([0-9]{1,2}(?:\s?[.,]\s?[0-9]{1,2}){0,3})(?![\d])\.?", Options, Timeout)]
    private static partial Regex Number();

    // A single number ("2") counts as a goal number only right after a word that says so.
    [GeneratedRegex(@"(?:\bmal(?:et)?|\bnr\.?|\bnummer|namn?dmal(?:et)?|verksamhetsomradesmal(?:et)?|inriktningsmal(?:et)?|rapportera)\s*$", Options, Timeout)]
    private static partial Regex NumberCue();

    // Organisation names: matched on the ORIGINAL case, since proper nouns are what mark them in Swedish.
    [GeneratedRegex(@"(?:^|\s)(?i:i|för|for|inom|hos|på|pa)\s+((?:\p{Lu}[\p{L}]*|\p{L}+(?:-\p{L}+)+)(?:(?:\s+|-)(?:\p{Lu}[\p{L}]*|\p{L}+(?:-\p{L}+)+))*(?:\s+(?i:stadsdelsnämnd(?:en)?|stadsdelsförvaltning(?:en)?|sdn|sdf|nämnd(?:en)?))?)", Options, Timeout)]
    private static partial Regex OrganisationAfterPreposition();

    [GeneratedRegex(@"(?<![\p{L}-])(\p{Lu}\p{L}*(?:-\p{L}+)*|\p{L}+(?:-\p{L}+)+)\s+(?i:stadsdelsnämnd(?:en)?|stadsdelsförvaltning(?:en)?|sdn|sdf)\b", Options, Timeout)]
    private static partial Regex OrganisationBeforeNamnd();
}
