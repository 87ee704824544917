using System.Globalization;
using StatusBot.Domain.Goals;
using StatusBot.Domain.Plans;

namespace StatusBot.Import.Structure;

/// <summary>
/// Creates goals in document order with their numbers, parents and stable ids (DOMAIN §2.3). Typed nämndmål
/// numbers are kept as printed and canonicalised; unnumbered nämndmål get VO number + position among the
/// nämndmål under that VO. Enhetsmål keep <c>Number = null</c> and are keyed "&lt;parent&gt;.e&lt;position&gt;" inside
/// their id only. Ids depend on plan and number, so a corrected title keeps its goal's id.
/// </summary>
internal sealed class GoalTreeBuilder(Plan plan, Action<int, string> warn)
{
    private Goal? _im;
    private Goal? _vo;
    private Goal? _nm;
    private int _namndmalUnderVo;
    private int _enhetsmalUnderParent;
    private readonly HashSet<string> _ids = new(StringComparer.Ordinal);

    public Goal Add(GoalLevel level, string? printedNumber, string title, int line)
    {
        var (number, parent, key) = level switch
        {
            GoalLevel.Inriktningsmal => Inriktningsmal(printedNumber, title, line),
            GoalLevel.Verksamhetsomradesmal => Verksamhetsomrade(printedNumber, line),
            GoalLevel.Namndmal => Namndmal(printedNumber, line),
            _ => Enhetsmal(line),
        };

        var goal = new Goal(UniqueId(key, line), level, title)
        {
            Number = number,
            PrintedNumber = level == GoalLevel.Enhetsmal ? null : printedNumber,
            NumberIsDerived = level != GoalLevel.Enhetsmal && printedNumber is null,
            ParentId = parent?.Id,
        };
        plan.Goals.Add(goal);
        switch (level)
        {
            case GoalLevel.Inriktningsmal: _im = goal; _vo = null; _nm = null; _enhetsmalUnderParent = 0; break;
            case GoalLevel.Verksamhetsomradesmal: _vo = goal; _nm = null; _namndmalUnderVo = 0; _enhetsmalUnderParent = 0; break;
            case GoalLevel.Namndmal: _nm = goal; _enhetsmalUnderParent = 0; break;
        }
        return goal;
    }

    private (string? Number, Goal? Parent, string Key) Inriktningsmal(string? printed, string title, int line)
    {
        var number = GoalNumber.Normalize(printed);
        if (number is null)
        {
            var known = InriktningsmalTitles.Known.Select(TitleKey.Of).ToList().IndexOf(TitleKey.Of(title));
            number = known >= 0 ? (known + 1).ToString(CultureInfo.InvariantCulture) : (CountOf(GoalLevel.Inriktningsmal) + 1).ToString(CultureInfo.InvariantCulture);
            warn(line, $"Inriktningsmålet saknar nummer; nummer {number} har härletts.");
        }
        return (number, null, number);
    }

    private (string? Number, Goal? Parent, string Key) Verksamhetsomrade(string? printed, int line)
    {
        var number = GoalNumber.Normalize(printed);
        if (number is null)
        {
            var position = plan.Goals.Count(g => g.Level == GoalLevel.Verksamhetsomradesmal && g.ParentId == _im?.Id) + 1;
            number = $"{_im?.Number ?? "0"}.{position.ToString(CultureInfo.InvariantCulture)}";
            warn(line, $"Målet för verksamhetsområdet saknar nummer; nummer {number} har härletts.");
        }
        else if (_im?.Number is { } im && GoalNumber.ParentOf(number) != im)
        {
            warn(line, $"Verksamhetsområdesmål {number} står under inriktningsmål {im}.");
        }
        if (_im is null) warn(line, $"Verksamhetsområdesmål {number} står före första inriktningsmålet.");
        return (number, _im, number);
    }

    private (string? Number, Goal? Parent, string Key) Namndmal(string? printed, int line)
    {
        _namndmalUnderVo++;
        var parent = _vo ?? _im;
        if (_vo is null) warn(line, "Nämndmålet står inte under något mål för verksamhetsområdet.");
        var number = GoalNumber.Normalize(printed);
        if (number is null)
        {
            number = $"{parent?.Number ?? "0"}.{_namndmalUnderVo.ToString(CultureInfo.InvariantCulture)}";
        }
        else if (_vo?.Number is { } vo && GoalNumber.ParentOf(number) != vo)
        {
            warn(line, $"Nämndmål {number} står under mål för verksamhetsområdet {vo}; numret är behållet som det är tryckt.");
        }
        return (number, parent, number);
    }

    private (string? Number, Goal? Parent, string Key) Enhetsmal(int line)
    {
        _enhetsmalUnderParent++;
        var parent = _nm ?? _vo;
        if (parent is null) warn(line, "Enhetsmålet står inte under något nämndmål.");
        var key = $"{parent?.Number ?? "0"}.e{_enhetsmalUnderParent.ToString(CultureInfo.InvariantCulture)}";
        return (null, parent, key);
    }

    private string UniqueId(string key, int line)
    {
        var id = StableId.ForGoal(plan.Id, key);
        if (_ids.Add(id)) return id;
        warn(line, $"Målnumret {key} förekommer flera gånger i dokumentet.");
        for (var n = 2; ; n++)
        {
            var candidate = $"{id}-{n.ToString(CultureInfo.InvariantCulture)}";
            if (_ids.Add(candidate)) return candidate;
        }
    }

    private int CountOf(GoalLevel level) => plan.Goals.Count(g => g.Level == level);
}
