using StatusBot.Domain.Language;
using System.Text.Json.Nodes;
using StatusBot.AdaptiveCards.Model;
using StatusBot.AdaptiveCards.Model.Actions;
using StatusBot.AdaptiveCards.Model.Elements;
using StatusBot.AdaptiveCards.Model.Inputs;
using StatusBot.Domain.Activities;
using StatusBot.Domain.Assessments;
using StatusBot.Domain.Indicators;
using StatusBot.Domain.Outcomes;
using StatusBot.Domain.Periods;
using StatusBot.Application.Outcomes;

namespace StatusBot.Teams.Cards;

/// <summary>
/// "Rapportera utfall": the form for one goal and period — bedömning, analysis, each indicator due in the period
/// and each activity's status — with the values given and any validation message right under its input.
/// </summary>
public static class OutcomeFormCard
{
    public const int AnalysisMaxLength = OutcomeFields.AnalysisMaxLength;
    public const int ActivityAnalysisMaxLength = OutcomeFields.ActivityAnalysisMaxLength;

    /// <summary>"Rätta fältet som är markerat nedan." / "Rätta de 2 fälten som är markerade nedan."</summary>
    public static string ErrorSummary(int errors) =>
        $"Rätta {SwedishCount.Word(errors, "fältet som är markerat", $"de {SwedishCount.Number(errors)} fälten som är markerade")} nedan.";

    /// <summary>The id of the red text under an input that failed validation.</summary>
    public static string ErrorOf(string inputId) => $"{inputId}.fel";

    public static AdaptiveCard Build(OutcomeFormState form)
    {
        var card = new AdaptiveCard
        {
            MsTeams = TeamsCardProperties.FullWidth,
            FallbackText = $"Rapportera utfall för {form.Target.Goal.DisplayLabel}, {form.Period}",
        };
        card.Body.Add(Blocks.Small($"Rapportera utfall · {form.Period} · {GoalLabels.Source(form.Target.Plan)}"));
        card.Body.Add(Blocks.Title(form.Target.Goal.DisplayLabel));
        // Confirmations in default text, the error summary on a tinted fill: coloured text fails WCAG contrast in Teams.
        if (FormNoticeText.Of(form.Notice) is { } notice) card.Body.Add(Blocks.Text(notice));
        if (form.Errors.Count > 0)
            card.Body.Add(StatusBadge.Tinted(ErrorSummary(form.Errors.Count), ContainerStyle.Attention));

        AddWithError(card.Body, form, BedomningInput(form));
        AddWithError(card.Body, form, new InputText(OutcomeFields.Analysis)
        {
            Label = $"Analys (högst {SwedishNumber.Format(AnalysisMaxLength)} tecken; krävs om målet inte uppfylls helt)",
            IsMultiline = true,
            MaxLength = AnalysisMaxLength,
            Value = form.Value(OutcomeFields.Analysis),
        });

        var due = DueIndicators(form);
        if (due.Count > 0)
        {
            card.Body.Add(Blocks.SectionHeading($"Indikatorer att rapportera för {form.Period} ({due.Count})"));
            foreach (var indicator in due) AddIndicator(card.Body, form, indicator);
        }
        if (form.Target.Goal.Activities.Count > 0)
        {
            card.Body.Add(Blocks.SectionHeading($"Aktiviteter ({form.Target.Goal.Activities.Count})"));
            foreach (var activity in form.Target.Goal.Activities) AddActivity(card.Body, form, activity);
        }
        card.Actions.AddRange(Buttons(form));
        return card;
    }

    /// <summary>The indicators the form asks for: the goal's own that are due in the period.</summary>
    public static IReadOnlyList<Indicator> DueIndicators(OutcomeFormState form) =>
        form.Target.Goal.Indicators.Where(i => i.IsDueIn(form.Period)).ToList();

    /// <summary>"Bedömning (prognos för helåret)" at T1 and T2, where it is a forecast; "Bedömning" at the VB.</summary>
    public static string BedomningLabel(ReportingPeriod period) =>
        period.Kind == PeriodKind.VB ? "Bedömning" : "Bedömning (prognos för helåret)";

    private static InputChoiceSet BedomningInput(OutcomeFormState form) => new(OutcomeFields.Bedomning)
    {
        Label = BedomningLabel(form.Period),
        Style = ChoiceInputStyle.Expanded,
        Value = form.Value(OutcomeFields.Bedomning),
        Choices = [.. Enum.GetValues<Bedomning>().Select(b => new InputChoice(b.Label(), b.ToString()))],
    };

    private static void AddIndicator(List<CardElement> body, OutcomeFormState form, Indicator indicator)
    {
        body.Add(Blocks.Strong(indicator.Name).With(t => t.Spacing = Spacing.Medium));
        var targets = $"Årsmål: {indicator.Target.Display}";
        if (indicator.KfTarget.Kind != TargetKind.Empty) targets += $" · KF:s årsmål: {indicator.KfTarget.Display}";
        body.Add(Blocks.Subtle(targets));
        var unit = indicator.Unit is null ? "" : $" ({indicator.Unit})";
        AddWithError(body, form, ValueInput(form, indicator, OutcomeFields.IndicatorTotal(indicator.Id), $"Utfall {form.Period}, totalt{unit}"));
        if (!indicator.SplitByGender) return;
        AddWithError(body, form, ValueInput(form, indicator, OutcomeFields.IndicatorMen(indicator.Id), $"Män/pojkar{unit}"));
        AddWithError(body, form, ValueInput(form, indicator, OutcomeFields.IndicatorWomen(indicator.Id), $"Kvinnor/flickor{unit}"));
    }

    /// <summary>
    /// Counts get a number field. Everything else is text: hosts' number fields refuse "2,7" and "45 %", which is
    /// how Swedish users write, so those values are parsed by the bot instead.
    /// </summary>
    private static CardInput ValueInput(OutcomeFormState form, Indicator indicator, string id, string label)
    {
        var value = form.Value(id);
        // A value the number field could not show as typed (a sign, a comma, a word) stays in a text field, so the
        // user sees exactly what they wrote next to the message about it.
        if (IndicatorUnits.IsCount(indicator.Unit) && (value is null || value.All(char.IsAsciiDigit)))
            return new InputNumber(id)
            {
                Label = label,
                Min = 0,
                Placeholder = "t.ex. 1000",
                Value = value is null ? null : decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture),
            };
        return new InputText(id)
        {
            Label = label,
            Placeholder = indicator.Unit == "%" ? "t.ex. 45 %" : "t.ex. 2,7",
            MaxLength = 40,
            Value = value,
        };
    }

    private static void AddActivity(List<CardElement> body, OutcomeFormState form, Activity activity)
    {
        body.Add(Blocks.Text(activity.Title).With(t => { t.Spacing = Spacing.Medium; t.Weight = TextWeight.Bolder; }));
        AddWithError(body, form, new InputChoiceSet(OutcomeFields.ActivityStatus(activity.Id))
        {
            Label = "Status",
            Style = ChoiceInputStyle.Compact,
            Placeholder = "Välj status",
            Value = form.Value(OutcomeFields.ActivityStatus(activity.Id)),
            Choices = [.. Enum.GetValues<ActivityStatus>().Select(s => new InputChoice(s.Label(), s.ToString()))],
        });
        AddWithError(body, form, new InputText(OutcomeFields.ActivityAnalysis(activity.Id))
        {
            Label = $"Analys (krävs vid Avvikelse, högst {SwedishNumber.Format(ActivityAnalysisMaxLength)} tecken)",
            IsMultiline = true,
            MaxLength = ActivityAnalysisMaxLength,
            Value = form.Value(OutcomeFields.ActivityAnalysis(activity.Id)),
        });
    }

    /// <summary>The input, then its message in bold right under it, so the user sees which field to fix (default colour: Teams' red fails contrast in the dark theme).</summary>
    private static void AddWithError(List<CardElement> body, OutcomeFormState form, CardInput input)
    {
        body.Add(input);
        if (!form.Errors.TryGetValue(input.Id!, out var error)) return;
        body.Add(Blocks.Text(error).With(t =>
        {
            t.Id = ErrorOf(input.Id!);
            t.Weight = TextWeight.Bolder;
            t.Size = TextSize.Small;
            t.Spacing = Spacing.None;
        }));
    }

    private static IEnumerable<CardAction> Buttons(OutcomeFormState form)
    {
        yield return Button("Skicka in", CardVerbs.SkickaIn, form, ActionStyle.Positive);
        yield return Button("Spara utkast", CardVerbs.SparaUtkast, form, null);
        var cancel = Button("Avbryt", CardVerbs.Avbryt, form, null);
        cancel.AssociatedInputs = AssociatedInputs.None;
        ((SubmitAction)cancel.Fallback!).AssociatedInputs = AssociatedInputs.None;
        yield return cancel;
    }

    /// <summary>
    /// Every button carries the goal, period and version, and the verb in its data too: clients without Universal
    /// Actions fall back to an Action.Submit whose message value is that data plus the inputs.
    /// </summary>
    private static ExecuteAction Button(string title, string verb, OutcomeFormState form, ActionStyle? style)
    {
        JsonObject Data() => new()
        {
            [CardData.GoalId] = form.Target.Goal.Id,
            [CardData.Period] = form.Period.ToString(),
            [CardData.Version] = form.Version,
            [CardData.Verb] = verb,
        };
        return new ExecuteAction
        {
            Title = title,
            Verb = verb,
            Style = style,
            Data = Data(),
            Fallback = new SubmitAction { Title = title, Style = style, Data = Data() },
        };
    }
}
