namespace StatusBot.Application.Text;

/// <summary>
/// Swedish question and function words that say nothing about WHICH goal is meant. Compared on folded forms so
/// "går"/"gar" and "för"/"for" are both dropped.
/// </summary>
public static class StopWords
{
    private static readonly HashSet<string> Folded = new(StringComparer.Ordinal)
    {
        // question words and verbs of asking
        "hur", "vad", "vilka", "vilken", "vilket", "var", "nar", "varfor", "vem", "vems",
        "gar", "gick", "gatt", "ga", "ligger", "star", "ser", "ut", "funkar", "fungerar", "blir", "blev",
        "visa", "beratta", "ge", "fa", "kan", "kunde", "ska", "skall", "vill", "finns", "fanns", "har", "hade", "ar", "vara",
        "status", "lage", "laget", "info", "information", "fraga", "undrar", "snalla", "tack", "lite", "nu", "just",
        // function words
        "det", "den", "de", "dem", "denna", "detta", "dessa", "med", "for", "om", "och", "eller", "i", "pa", "till", "av", "en", "ett",
        "som", "att", "fran", "inom", "hos", "kring", "runt", "angaende", "ang", "gallande", "galler", "under", "over", "mot",
        "sa", "nagot", "nagra", "alla", "allt", "mycket", "bara", "ocksa", "aven", "sedan", "annu",
        // people and address
        "jag", "mig", "min", "mitt", "mina", "vi", "oss", "vart", "du", "dig", "din", "ditt", "dina", "man",
        "statusbot", "bot", "boten",
        // words around a number or a period that name no goal
        "nr", "nummer", "tertial", "tertialen", "period", "perioden", "rapportera", "stadsdelsnamnd", "stadsdelsnamnden",
        // generic goal words: every goal is a "mål" with indicators, activities and a bedömning
        "mal", "malet", "malen", "malens", "malets", "arsmal", "arsmalet",
        "indikator", "indikatorn", "indikatorer", "indikatorerna", "aktivitet", "aktiviteten", "aktiviteter", "aktiviteterna",
        "bedomning", "bedomningen", "bedomningar", "utfallet",
        // comparisons and follow-up talk
        "jamfort", "jamfor", "forra", "fjol", "aret", "upp", "foljs", "folja", "foljer", "klar", "klara", "klart",
        // English fillers people mix in
        "the", "how", "is", "what", "about", "show", "me", "for", "of", "doing", "going", "goal", "goals", "which", "are",
        "who", "can", "you", "do", "does", "have", "has", "many", "my", "on", "we", "yet", "only", "in", "to", "please", "it",
        // pointers into the conversation and totals, which name no goal
        "dom", "da", "dar", "totalt",
        // verbs and adjectives of asking about an amount or a promise: "håller vi budgeten", "hur stora är grupperna"
        "haller", "holl", "hallit", "stora", "stort", "manga", "sammanlagt", "total", "sammantaget",
    };

    /// <summary>True for a word (any case, folded or not) that carries no search content.</summary>
    public static bool Contains(string word) => Folded.Contains(SwedishText.Fold(word.ToLowerInvariant()));
}
