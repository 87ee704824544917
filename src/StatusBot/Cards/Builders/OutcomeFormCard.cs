using System.Text.Json.Nodes;
using StatusBot.Cards.Model;
using StatusBot.Cards.Model.Actions;
using StatusBot.Cards.Model.Elements;
using StatusBot.Cards.Model.Inputs;
using StatusBot.Domain.Activities;
using StatusBot.Domain.Assessments;
using StatusBot.Domain.Indicators;
using StatusBot.Domain.Outcomes;
using StatusBot.Domain.Periods;
using StatusBot.Outcomes;

namespace StatusBot.Cards.Builders;

/// <summary>
/// "Rapportera utfall": the form for one goal and period — bedömning, analysis, each indicator due in the period
/// and each activity's status — with the values given and any validation message right under its input.
/// </summary>
public static class OutcomeFormCard
{
    public const int AnalysisMaxLength = 4000;
    public const int ActivityAnalysisMaxLength = 2000;

    public static AdaptiveCard Build(OutcomeFormModel form)
    {
        var card = new AdaptiveCard
        {
            MsTeams = TeamsCardProperties.FullWidth,
            FallbackText = $"Rapportera utfall för {form.Goal.DisplayLabel}, {form.Period}",
        };
        card.Body.Add(Blocks.Small($"Rapportera utfall · {form.Period} · {GoalLabels.Source(form.Plan)}"));
        card.Body.Add(Blocks.Title(form.Goal.DisplayLabel));
        // Confirmations in default text, the error summary on a tinted fill: coloured text fails WCAG contrast in Teams.
        if (form.Notice is not null) card.Body.Add(Blocks.Text(form.Notice));
        if (form.Errors.Count > 0)
            card.Body.Add(StatusBadge.Tinted($"Rätta {(form.Errors.Count == 1 ? "fältet" : $"de {form.Errors.Count} fälten")} som är markerade nedan.", ContainerStyle.Attention));

        AddWithError(card.Body, form, BedomningInput(form));
        AddWithError(card.Body, form, new InputText(OutcomeInputIds.Analysis)
        {
            Label = $"Analys (högst {SwedishNumber.Format(AnalysisMaxLength)} tecken; krävs om målet inte uppfylls helt)",
            IsMultiline = true,
            MaxLength = AnalysisMaxLength,
            Value = form.Value(OutcomeInputIds.Analysis),
        });

        var due = DueIndicators(form);
        if (due.Count > 0)
        {
            card.Body.Add(Blocks.SectionHeading($"Indikatorer att rapportera för {form.Period} ({due.Count})"));
            foreach (var indicator in due) AddIndicator(card.Body, form, indicator);
        }
        if (form.Goal.Activities.Count > 0)
        {
            card.Body.Add(Blocks.SectionHeading($"Aktiviteter ({form.Goal.Activities.Count})"));
            foreach (var activity in form.Goal.Activities) AddActivity(card.Body, form, activity);
        }
        card.Actions.AddRange(Buttons(form));
        return card;
    }

    /// <summary>The indicators the form asks for: the goal's own that are due in the period.</summary>
    public static IReadOnlyList<Indicator> DueIndicators(OutcomeFormModel form) =>
        form.Goal.Indicators.Where(i => i.IsDueIn(form.Period)).ToList();

    /// <summary>"Bedömning (prognos för helåret)" at T1 and T2, where it is a forecast; "Bedömning" at the VB.</summary>
    public static string BedomningLabel(ReportingPeriod period) =>
        period.Kind == PeriodKind.VB ? "Bedömning" : "Bedömning (prognos för helåret)";

    private static InputChoiceSet BedomningInput(OutcomeFormModel form) => new(OutcomeInputIds.Bedomning)
    {
        Label = BedomningLabel(form.Period),
        Style = ChoiceInputStyle.Expanded,
        Value = form.Value(OutcomeInputIds.Bedomning),
        Choices = [.. Enum.GetValues<Bedomning>().Select(b => new InputChoice(b.Label(), b.ToString()))],
    };

    private static void AddIndicator(List<CardElement> body, OutcomeFormModel form, Indicator indicator)
    {
        body.Add(Blocks.Strong(indicator.Name).With(t => t.Spacing = Spacing.Medium));
        var targets = $"Årsmål: {indicator.Target.Display}";
        if (indicator.KfTarget.Kind != TargetKind.Empty) targets += $" · KF:s årsmål: {indicator.KfTarget.Display}";
        body.Add(Blocks.Subtle(targets));
        var unit = indicator.Unit is null ? "" : $" ({indicator.Unit})";
        AddWithError(body, form, ValueInput(form, indicator, OutcomeInputIds.IndicatorTotal(indicator.Id), $"Utfall {form.Period}, totalt{unit}"));
        if (!indicator.SplitByGender) return;
        AddWithError(body, form, ValueInput(form, indicator, OutcomeInputIds.IndicatorMen(indicator.Id), $"Män/pojkar{unit}"));
        AddWithError(body, form, ValueInput(form, indicator, OutcomeInputIds.IndicatorWomen(indicator.Id), $"Kvinnor/flickor{unit}"));
    }

    /// <summary>
    /// Counts get a number field. Everything else is text: hosts' number fields refuse "2,7" and "45 %", which is
    /// how Swedish users write, so those values are parsed by the bot instead.
    /// </summary>
    private static CardInput ValueInput(OutcomeFormModel form, Indicator indicator, string id, string label)
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

    private static void AddActivity(List<CardElement> body, OutcomeFormModel form, Activity activity)
    {
        body.Add(Blocks.Text(activity.Title).With(t => { t.Spacing = Spacing.Medium; t.Weight = TextWeight.Bolder; }));
        AddWithError(body, form, new InputChoiceSet(OutcomeInputIds.ActivityStatus(activity.Id))
        {
            Label = "Status",
            Style = ChoiceInputStyle.Compact,
            Placeholder = "Välj status",
            Value = form.Value(OutcomeInputIds.ActivityStatus(activity.Id)),
            Choices = [.. Enum.GetValues<ActivityStatus>().Select(s => new InputChoice(s.Label(), s.ToString()))],
        });
        AddWithError(body, form, new InputText(OutcomeInputIds.ActivityAnalysis(activity.Id))
        {
            Label = $"Analys (krävs vid Avvikelse, högst {SwedishNumber.Format(ActivityAnalysisMaxLength)} tecken)",
            IsMultiline = true,
            MaxLength = ActivityAnalysisMaxLength,
            Value = form.Value(OutcomeInputIds.ActivityAnalysis(activity.Id)),
        });
    }

    /// <summary>The input, then its message in bold right under it, so the user sees which field to fix (default colour: Teams' red fails contrast in the dark theme).</summary>
    private static void AddWithError(List<CardElement> body, OutcomeFormModel form, CardInput input)
    {
        body.Add(input);
        if (!form.Errors.TryGetValue(input.Id!, out var error)) return;
        body.Add(Blocks.Text(error).With(t =>
        {
            t.Id = OutcomeInputIds.ErrorOf(input.Id!);
            t.Weight = TextWeight.Bolder;
            t.Size = TextSize.Small;
            t.Spacing = Spacing.None;
        }));
    }

    private static IEnumerable<CardAction> Buttons(OutcomeFormModel form)
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
    private static ExecuteAction Button(string title, string verb, OutcomeFormModel form, ActionStyle? style)
    {
        JsonObject Data() => new()
        {
            [CardData.GoalId] = form.Goal.Id,
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
