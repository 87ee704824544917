using System.Globalization;
using System.Text.RegularExpressions;
using StatusBot.Conversation.Text;
using StatusBot.Domain.Assessments;
using StatusBot.Domain.Goals;
using StatusBot.Domain.Periods;

namespace StatusBot.Conversation.Understanding;

/// <summary>
/// Turns a Swedish chat message into a <see cref="Question"/>. Rules, not a model: each recognised phrase (period,
/// bedömning, level, goal number, organisation) is matched on the folded text (å→a, ä→a, ö→o, so "namndmal" and
/// "nämdmål" read alike) and blanked out; the words left over, minus stop words, are the search text.
/// </summary>
public static partial class QuestionParser
{
    /// <summary>Longer questions are refused: nobody types them, and regexes should never see megabytes.</summary>
    public const int MaxLength = 500;

    private const RegexOptions Options = RegexOptions.CultureInvariant;
    private const int Timeout = 200;

    public static Question Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return new Question(Intent.Empty);
        // Cheap guard before any regex: a mention adds a few dozen characters, not thousands.
        if (text.Length > MaxLength * 4) return TooLong();
        var cleaned = MessageText.Clean(text);
        if (cleaned.Length == 0) return new Question(Intent.Empty);
        if (cleaned.Length > MaxLength) return TooLong();
        try
        {
            return new Reader(cleaned).Read();
        }
        catch (RegexMatchTimeoutException)
        {
            // Cannot happen with these patterns on 500 characters; if it ever does, answer rather than fail.
            return new Question(Intent.NotUnderstood) { Text = cleaned, Reason = "Jag kunde inte tolka frågan." };
        }
    }

    private static Question TooLong() => new(Intent.NotUnderstood)
    {
        Reason = $"Frågan är för lång (högst {MaxLength} tecken). Fråga kort, t.ex. \"hur går nämndmål 3.6.1?\".",
    };

    // ---- phrases, all matched against the folded lower-case text ----

    [GeneratedRegex(@"^\s*(?:hej(?:san|hej)?|halla|hallo|tjena|tja|god\s+(?:morgon|dag|kvall|eftermiddag)|hello|hi)\b[\s,!.?]*", Options, Timeout)]
    private static partial Regex Greeting();

    [GeneratedRegex(@"^\s*(?:\?+|hjalp\b.*|help\b.*|vad\s+kan\s+(?:du|jag)(?:\s+(?:gora|fraga(?:\s+om)?|svara\s+pa|hjalpa\s+(?:mig\s+)?med))?|kommandon|instruktioner|hur\s+funkar\s+du|hur\s+fungerar\s+du)[\s?!.]*$", Options, Timeout)]
    private static partial Regex Help();

    [GeneratedRegex(@"^\s*(?:(?:jag\s+vill|kan\s+jag|vill|hur)\s+)?(?:rapportera(?:\s+utfall)?(?:\s+for)?|lamna\s+(?:utfall|bedomning)(?:\s+for)?|fyll\s+i(?:\s+utfall)?(?:\s+for)?)\b", Options, Timeout)]
    private static partial Regex Report();

    [GeneratedRegex(@"\b(?:t|tertial|tertialen|tertialrapport|tertialrapporten)\s?-?\s?([12])(?!\d)", Options, Timeout)]
    private static partial Regex TertialNumber();

    [GeneratedRegex(@"\b(forsta|andra)\s+tertial(?:en|rapporten)?\b|\btertial(?:rapport)?\s+(ett|tva)\b", Options, Timeout)]
    private static partial Regex TertialWord();

    [GeneratedRegex(@"\b(?:vb|verksamhetsberattelsen?|verksamhetsberattelse|helar(?:et|s)?|hela\s+aret|arsbokslut(?:et)?|bokslut(?:et)?)(?![a-z])", Options, Timeout)]
    private static partial Regex FullYear();

    [GeneratedRegex(@"(?<!\d)(20\d{2})(?!\d)", Options, Timeout)]
    private static partial Regex Year();

    [GeneratedRegex(@"\b(?:(?:uppfylls|uppfylldes|uppfyllts|uppfyllt|uppfyllda|uppfyllas|uppnas|uppnatts|nas|natts)\s+(?:inte|ej)|(?:inte|ej|icke)\s+(?:har\s+)?(?:uppfyllda|uppfyllt|uppfylls|uppfyllts|uppfyllas|uppnadda|uppnatts|uppnas|nadda|natts)|ouppfyllda)\b", Options, Timeout)]
    private static partial Regex NotFulfilled();

    [GeneratedRegex(@"\b(?:(?:uppfylls|uppfylldes|uppfyllts|uppfyllt|uppfyllda|uppnas|uppnatts|nas)\s+(?:bara\s+|endast\s+|enbart\s+)?delvis|(?:bara\s+|endast\s+)?delvis\s+(?:uppfyllda|uppfyllt|uppfylls|uppfyllts|uppnadda|uppnatts|uppnas))\b", Options, Timeout)]
    private static partial Regex PartlyFulfilled();

    [GeneratedRegex(@"\b(?:(?:uppfylls|uppfylldes|uppfyllts|uppfyllt|uppfyllda|uppnas|uppnatts|nas)\s+helt|helt\s+(?:uppfyllda|uppfyllt|uppfylls|uppfyllts|uppnadda|uppnatts|uppnas)|(?<=\bvilka\b.*)(?:uppfylls|uppfyllts)|uppfyllda|uppnadda)\b", Options, Timeout)]
    private static partial Regex Fulfilled();

    [GeneratedRegex(@"\bmina\s+(?:egna\s+)?(mal(?:en)?|namn?dmal(?:en)?|enhetsmal(?:en)?|verksamhetsomradesmal(?:en)?|indikatorer|uppdrag|ansvar(?:somraden)?)\b", Options, Timeout)]
    private static partial Regex MyGoals();

    [GeneratedRegex(@"\b(?:saknas|saknar|fattas|aterstar|kvar\s+att\s+(?:rapportera|fylla\s+i|gora)|(?:inte|ej)\s+(?:har\s+)?(?:rapporterat|rapporterats|inrapporterat|lamnat|fyllt\s+i)|(?:ska|behover|maste)\s+(?:jag|vi|man)\s+rapportera|ska\s+rapporteras|har\s+(?:jag|vi)\s+kvar)\b", Options, Timeout)]
    private static partial Regex Missing();

    [GeneratedRegex(@"\b(?:namn?dmal(?:et|en|ets)?|nmdmal|namndmal)\b", Options, Timeout)]
    private static partial Regex NamndmalWord();

    [GeneratedRegex(@"\b(?:verksamhetsomradesmal(?:et|en)?|vo-?mal(?:et|en)?|vo|(?:kf:?s\s+)?mal(?:et)?\s+for\s+verksamhetsomradet)\b", Options, Timeout)]
    private static partial Regex VoWord();

    [GeneratedRegex(@"\b(?:inriktningsmal(?:et|en)?|im)\b", Options, Timeout)]
    private static partial Regex ImWord();

    [GeneratedRegex(@"\benhetsmal(?:et|en)?\b", Options, Timeout)]
    private static partial Regex EmWord();

    // "3.6.1", "3,6,1", "3 . 6 . 1", "3.6.1."; never part of a year, a decimal tail or "t1".
    [GeneratedRegex(@"(?<![\p{L}\d.,])(\d{1,2}(?:\s?[.,]\s?\d{1,2}){0,3})(?![\d])\.?", Options, Timeout)]
    private static partial Regex Number();

    // A single number ("2") counts as a goal number only right after a word that says so.
    [GeneratedRegex(@"(?:\bmal(?:et)?|\bnr\.?|\bnummer|namn?dmal(?:et)?|verksamhetsomradesmal(?:et)?|inriktningsmal(?:et)?|rapportera)\s*$", Options, Timeout)]
    private static partial Regex NumberCue();

    // Organisation names: matched on the ORIGINAL case, since proper nouns are what mark them in Swedish.
    [GeneratedRegex(@"(?:^|\s)(?i:i|för|for|inom|hos|på|pa)\s+((?:\p{Lu}[\p{L}]*|\p{L}+(?:-\p{L}+)+)(?:(?:\s+|-)(?:\p{Lu}[\p{L}]*|\p{L}+(?:-\p{L}+)+))*(?:\s+(?i:stadsdelsnämnd(?:en)?|stadsdelsförvaltning(?:en)?|sdn|sdf|nämnd(?:en)?))?)", Options, Timeout)]
    private static partial Regex OrganisationAfterPreposition();

    [GeneratedRegex(@"(?<![\p{L}-])(\p{Lu}\p{L}*(?:-\p{L}+)*|\p{L}+(?:-\p{L}+)+)\s+(?i:stadsdelsnämnd(?:en)?|stadsdelsförvaltning(?:en)?|sdn|sdf)\b", Options, Timeout)]
    private static partial Regex OrganisationBeforeNamnd();

    /// <summary>One message being read; keeps the blanked-out working copy between steps.</summary>
    private sealed class Reader
    {
        private readonly string _original;
        private readonly string _lower;
        private readonly char[] _work;

        public Reader(string cleaned)
        {
            _original = cleaned;
            _lower = cleaned.ToLowerInvariant();
            // ToLowerInvariant keeps length for every letter that occurs in Swedish text; offsets rely on it.
            if (_lower.Length != _original.Length) _lower = _original;
            _work = SwedishText.Fold(_lower).ToCharArray();
        }

        private string Work => new(_work);

        public Question Read()
        {
            var greeted = Consume(Greeting()) is not null;
            var rest = Work.Trim();
            if (rest.Length == 0) return Build(greeted ? Intent.Greeting : Intent.Empty);
            if (Help().IsMatch(rest)) return Build(Intent.Help);

            var report = Consume(Report()) is not null;
            var period = ReadPeriod();
            var bedomning = ReadBedomning();
            var myGoalsLevel = ReadMyGoals(out var myGoals);
            var missing = Consume(Missing()) is not null;
            var level = ReadLevel() ?? myGoalsLevel;
            var number = ReadNumber();
            var organisation = ReadOrganisation();
            var searchText = RemainingContentWords();

            var question = Build(Intent.NotUnderstood) with
            {
                GoalNumber = number,
                Level = level,
                Bedomning = bedomning,
                Period = period,
                OrganisationHint = organisation,
                SearchText = searchText,
            };

            if (report) return question with { Intent = Intent.Report };
            if (bedomning is not null) return question with { Intent = Intent.GoalsByBedomning };
            if (missing) return question with { Intent = Intent.MissingForPeriod };
            if (myGoals) return question with { Intent = Intent.MyGoals };
            if (number is not null) return question with { Intent = Intent.GoalStatus };
            // A capitalised word after "för"/"i" may be a goal word rather than a nämnd: the service decides.
            if (searchText is not null || organisation is not null) return question with { Intent = Intent.GoalSearch };
            if (greeted) return question with { Intent = Intent.Greeting };
            return question with
            {
                Reason = level is not null
                    ? $"Vilket {level.Value.DisplayName().ToLowerInvariant()}? Skriv numret, t.ex. \"nämndmål 3.6.1\"."
                    : "Jag förstod inte vilket mål du menar. Skriv ett målnummer (\"3.6.1\") eller några ord ur målet.",
            };
        }

        private Question Build(Intent intent) => new(intent) { Text = _original };

        /// <summary>Matches on the working copy and blanks the match so later steps don't see it again.</summary>
        private Match? Consume(Regex regex)
        {
            var m = regex.Match(Work);
            if (!m.Success) return null;
            Array.Fill(_work, ' ', m.Index, m.Length);
            return m;
        }

        private PeriodScope? ReadPeriod()
        {
            PeriodKind? kind = null;
            if (Consume(TertialNumber()) is { } t) kind = t.Groups[1].Value == "1" ? PeriodKind.T1 : PeriodKind.T2;
            else if (Consume(TertialWord()) is { } w)
                kind = w.Value.Contains("forsta", StringComparison.Ordinal) || w.Value.Contains("ett", StringComparison.Ordinal)
                    ? PeriodKind.T1 : PeriodKind.T2;
            else if (Consume(FullYear()) is not null) kind = PeriodKind.VB;

            int? year = Consume(Year()) is { } y ? int.Parse(y.Groups[1].Value, CultureInfo.InvariantCulture) : null;
            return kind is null && year is null ? null : new PeriodScope(kind, year);
        }

        private Bedomning? ReadBedomning()
        {
            if (Consume(NotFulfilled()) is not null) return Bedomning.UppfyllsInte;
            if (Consume(PartlyFulfilled()) is not null) return Bedomning.UppfyllsDelvis;
            if (Consume(Fulfilled()) is not null) return Bedomning.UppfyllsHelt;
            return null;
        }

        private GoalLevel? ReadMyGoals(out bool found)
        {
            var m = Consume(MyGoals());
            found = m is not null;
            if (m is null) return null;
            var word = m.Groups[1].Value;
            return word.StartsWith("nam", StringComparison.Ordinal) ? GoalLevel.Namndmal
                : word.StartsWith("enhet", StringComparison.Ordinal) ? GoalLevel.Enhetsmal
                : word.StartsWith("verksamhet", StringComparison.Ordinal) ? GoalLevel.Verksamhetsomradesmal
                : null;
        }

        private GoalLevel? ReadLevel()
        {
            // Each level word is consumed even when another was seen first, so none leaks into the search text.
            GoalLevel? level = null;
            if (Consume(VoWord()) is not null) level ??= GoalLevel.Verksamhetsomradesmal;
            if (Consume(NamndmalWord()) is not null) level ??= GoalLevel.Namndmal;
            if (Consume(ImWord()) is not null) level ??= GoalLevel.Inriktningsmal;
            if (Consume(EmWord()) is not null) level ??= GoalLevel.Enhetsmal;
            return level;
        }

        private string? ReadNumber()
        {
            var work = Work;
            foreach (Match m in Number().Matches(work))
            {
                var canonical = GoalNumber.Normalize(m.Groups[1].Value);
                if (canonical is null) continue;
                var standsAlone = work.Trim() == m.Value.Trim();
                var cued = NumberCue().IsMatch(SwedishText.Fold(_lower[..m.Index]).TrimEnd());
                if (GoalNumber.Depth(canonical) == 1 && !standsAlone && !cued) continue;
                Array.Fill(_work, ' ', m.Index, m.Length);
                return canonical;
            }
            return null;
        }

        private string? ReadOrganisation()
        {
            // Look at the original casing, but only where nothing has been consumed yet.
            var visible = new string(_original.Select((c, i) => _work[i] == ' ' ? ' ' : c).ToArray());
            // The last candidate wins: people add the nämnd at the end ("… i Hägersten-Älvsjö?"), while a
            // capitalised phrase earlier is more often a quoted title ("I Stockholm ska alla …").
            var m = OrganisationAfterPreposition().Matches(visible).LastOrDefault()
                    ?? OrganisationBeforeNamnd().Matches(visible).LastOrDefault();
            if (m is null) return null;
            Array.Fill(_work, ' ', m.Index, m.Length);
            return m.Groups[1].Value.Trim();
        }

        private string? RemainingContentWords()
        {
            var visible = new string(_lower.Select((c, i) => _work[i] == ' ' ? ' ' : c).ToArray());
            var words = SwedishText.Words(visible)
                .Where(w => !StopWords.Contains(w) && !SwedishText.IsAllDigits(w) && w.Length > 1)
                .ToList();
            return words.Count == 0 ? null : string.Join(' ', words);
        }
    }
}
