using System.Globalization;
using System.Text.RegularExpressions;
using StatusBot.Application.Conversation.Organisations;
using StatusBot.Application.Text;
using StatusBot.Domain.Assessments;
using StatusBot.Domain.Goals;
using StatusBot.Domain.Periods;

namespace StatusBot.Application.Conversation.Understanding;

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

    public static Question Parse(string? text) => Parse(text, []);

    /// <summary>
    /// Parses with the organisations loaded, so a nämnd or unit named in any case or spelling ("i hägersten") is
    /// recognised and kept out of the search words.
    /// </summary>
    public static Question Parse(string? text, IReadOnlyList<string> organisations)
    {
        if (string.IsNullOrWhiteSpace(text)) return new Question(Intent.Empty);
        // Cheap guard before any regex: a mention adds a few dozen characters, not thousands.
        if (text.Length > MaxLength * 4) return TooLong();
        var cleaned = MessageText.Clean(text);
        if (cleaned.Length == 0) return new Question(Intent.Empty);
        if (cleaned.Length > MaxLength) return TooLong();
        try
        {
            return new Reader(cleaned, organisations).Read();
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

    /// <summary>One message being read; keeps the blanked-out working copy between steps.</summary>
    private sealed partial class Reader
    {
        private readonly string _original;
        private readonly string _lower;
        private readonly char[] _work;

        private readonly IReadOnlyList<string> _organisations;
        private bool _notFully;
        private bool _indicatorCompound;

        /// <summary>"trygghetsindikatorn" → "trygghet", and the question is about an indicator.</summary>
        private string StripIndicatorTail(string word)
        {
            var folded = SwedishText.Fold(word);
            foreach (var tail in (string[])["sindikatorn", "indikatorn", "sindikatorer", "indikatorer", "sindikator", "indikator"])
                if (folded.Length > tail.Length + 3 && folded.EndsWith(tail, StringComparison.Ordinal))
                {
                    _indicatorCompound = true;
                    return word[..^tail.Length];
                }
            return word;
        }

        public Reader(string cleaned, IReadOnlyList<string> organisations)
        {
            _organisations = organisations;
            _original = cleaned;
            _lower = cleaned.ToLowerInvariant();
            // ToLowerInvariant keeps length for every letter that occurs in Swedish text; offsets rely on it.
            if (_lower.Length != _original.Length) _lower = _original;
            _work = SwedishText.Fold(_lower).ToCharArray();
        }

        // The working copy as a string, made again only after something was blanked: most phrases do not match, and
        // a new string per phrase tried would be a dozen allocations on every question.
        private string? _workText;

        private string Work => _workText ??= new string(_work);

        private void Blank(int index, int length)
        {
            Array.Fill(_work, ' ', index, length);
            _workText = null;
        }

        public Question Read()
        {
            var greeted = Consume(Greeting()) is not null;
            var rest = Work.Trim();
            if (rest.Length == 0) return Build(greeted ? Intent.Greeting : Intent.Empty);
            if (Help().IsMatch(rest)) return Build(Intent.Help);
            if (ReadReminderCommand() is { } reminders) return reminders;
            if (Consume(ImportGapsWords()) is not null)
                return Build(Intent.ImportGaps) with { Period = ReadPeriod(), OrganisationHint = ReadOrganisation() };

            var notReported = Consume(NotReported()) is not null || Consume(NotReportedOther()) is not null;
            var history = !notReported && (Consume(History()) is not null || Consume(HistoryOther()) is not null);
            var report = !notReported && !history && (Consume(Report()) is not null || Consume(ReportOther()) is not null);
            var period = ReadPeriod();
            var asks = ReadAsks();
            var bedomning = ReadBedomning();
            var myGoalsLevel = ReadMyGoals(out var myGoals);
            var missing = asks.Activities is null && Consume(Missing()) is not null;
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
                Asks = asks with { NotFully = _notFully, IndicatorValue = asks.IndicatorValue || _indicatorCompound },
            };

            if (notReported) return question with { Intent = Intent.NotReported };
            if (history) return question with { Intent = Intent.History };
            if (report) return question with { Intent = Intent.Report };
            // "vilka indikatorer ska jag rapportera till T1?" is about what is left to report.
            if (missing) return question with { Intent = Intent.MissingForPeriod };
            if (asks.Indicators || asks.Periodicity is not null || (asks.BehindTarget && searchText is null))
                return question with { Intent = Intent.Indicators };
            if (bedomning is not null) return question with { Intent = Intent.GoalsByBedomning };
            if (asks.Tree is not null) return question with { Intent = Intent.GoalTree };
            if (asks.Activities is not null && number is null && !asks.PointsBack) return question with { Intent = Intent.GoalList };
            if (missing) return question with { Intent = Intent.MissingForPeriod };
            if (myGoals) return question with { Intent = Intent.MyGoals };
            if (number is null && searchText is null && (asks.AllGoals || (asks.Count && level is not null)))
                return question with { Intent = Intent.GoalList };
            if (number is not null) return question with { Intent = Intent.GoalStatus };
            // A capitalised word after "för"/"i" may be a goal word rather than a nämnd: the service decides.
            if (searchText is not null) return question with { Intent = Intent.GoalSearch };
            if (asks.AllGoals) return question with { Intent = Intent.GoalList };
            if (organisation is not null) return question with { Intent = Intent.GoalSearch };
            // Nothing names a goal. Words that point into the conversation ("den", "huvudmålet", "och helåret?")
            // are kept in Asks: with a chat's context the service fills in the goal (see FollowUp).
            if (greeted) return question with { Intent = Intent.Greeting };
            return question with
            {
                Reason = level is not null
                    ? $"Vilket {level.Value.DisplayName().ToLowerInvariant()}? Skriv numret, t.ex. \"nämndmål 3.6.1\"."
                    : "Jag förstod inte vilket mål du menar. Skriv ett målnummer (\"3.6.1\") eller några ord ur målet.",
            };
        }

        private Question Build(Intent intent) => new(intent) { Text = _original };

        /// <summary>"påminnelser T2", "pausa påminnelser", "återuppta påminnelser [i Nämnd]".</summary>
        private Question? ReadReminderCommand()
        {
            Intent? intent = Consume(PauseReminders()) is not null ? Intent.PauseReminders
                : Consume(ResumeReminders()) is not null ? Intent.ResumeReminders
                : Consume(ShowReminders()) is not null ? Intent.Reminders
                : null;
            if (intent is null) return null;
            return Build(intent.Value) with { Period = ReadPeriod(), OrganisationHint = ReadOrganisation() };
        }

        /// <summary>Matches on the working copy and blanks the match so later steps don't see it again.</summary>
        private Match? Consume(Regex regex)
        {
            var m = regex.Match(Work);
            if (!m.Success) return null;
            Blank(m.Index, m.Length);
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
            if (Consume(NotFully()) is not null) { _notFully = true; return Bedomning.UppfyllsDelvis; }
            if (Consume(PartlyMet()) is not null) return Bedomning.UppfyllsDelvis;
            if (Consume(NotMet()) is not null) return Bedomning.UppfyllsInte;
            if (Consume(NotFulfilled()) is not null) return Bedomning.UppfyllsInte;
            if (Consume(PartlyFulfilled()) is not null) return Bedomning.UppfyllsDelvis;
            if (Consume(Fulfilled()) is not null || Consume(FullyMet()) is not null) return Bedomning.UppfyllsHelt;
            return null;
        }

        private GoalLevel? ReadMyGoals(out bool found)
        {
            var m = Consume(MyGoals());
            found = m is not null;
            if (m is null) return null;
            var word = m.Groups[3].Value;
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
                Blank(m.Index, m.Length);
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
            if (m is not null && OrganisationMatcher.Match(m.Groups[1].Value, _organisations).Count > 0 || _organisations.Count == 0)
            {
                if (m is null) return null;
                Blank(m.Index, m.Length);
                return m.Groups[1].Value.Trim();
            }
            if (HasLongWord(_work) && OrganisationMention.Find(Work, _organisations) is { } found)
            {
                foreach (var (index, length) in found.Spans) Blank(index, length);
                return found.Organisation;
            }
            if (m is null) return null;
            Blank(m.Index, m.Length);
            return m.Groups[1].Value.Trim();
        }

        /// <summary>True when a word of five letters or more is left: no organisation can be named by less.</summary>
        private static bool HasLongWord(char[] work)
        {
            var run = 0;
            foreach (var c in work)
            {
                run = char.IsLetter(c) ? run + 1 : 0;
                if (run >= 5) return true;
            }
            return false;
        }

        private string? RemainingContentWords()
        {
            var visible = new string(_lower.Select((c, i) => _work[i] == ' ' ? ' ' : c).ToArray());
            var words = SwedishText.Words(EnglishWords.ToSwedish(visible))
                .Select(StripIndicatorTail)
                .Where(w => !StopWords.Contains(w) && !SwedishText.IsAllDigits(w) && w.Length > 1)
                .ToList();
            return words.Count == 0 ? null : string.Join(' ', words);
        }
    }
}
