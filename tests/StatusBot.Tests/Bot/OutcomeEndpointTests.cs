using StatusBot.Testing.Logging;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using StatusBot.Teams.Cards;
using StatusBot.Application.ReadModel;
using StatusBot.Domain.Assessments;
using StatusBot.Domain.Goals;
using StatusBot.Domain.Periods;
using StatusBot.Domain.Store;
using StatusBot.Application.Outcomes;
using StatusBot.Tests.EndToEnd;
using StatusBot.Tests.Support;
using StatusBot.Domain.Outcomes;

namespace StatusBot.Tests.Bot;

/// <summary>
/// The outcome write path through the real endpoint and the real SQLite store, driven with the invoke activities
/// Teams sends: a valid submission is stored and shown; everything that must be refused leaves the store as it was.
/// </summary>
[Collection(EndToEndCollection.Name)]
public sealed class OutcomeEndpointTests : IAsyncLifetime
{
    private const string Enskede = "Enskede-Årsta-Vantörs stadsdelsnämnd";
    private const string Tenant = TeamsChat.Tenant;
    private static readonly ReportingPeriod Vb2023 = new(2023, PeriodKind.VB);

    private static readonly User Anna = new("aad-anna", "Anna Andersson");
    private static readonly User Delegate = new("aad-delegat", "Dan Delegat");
    private static readonly User Coordinator = new("aad-samordnare", "Sara Samordnare");
    private static readonly User Outsider = new("aad-utomstaende", "Ulf Utomstående");

    private readonly CapturedLogs _logs = new();
    private TeamsChat _teams = null!;

    private sealed record User(string Id, string Name)
    {
        public TeamsUser InTeams => new(Id, Name);
    }

    public async Task InitializeAsync()
    {
        _teams = await TeamsChat.StartAsync(new Dictionary<string, string?>(DemoSettings.Enskede)
        {
            ["Bot:AllowedTenantIds:0"] = Tenant,
            ["Responsibilities:0:Organisation"] = Enskede, ["Responsibilities:0:Year"] = "2023", ["Responsibilities:0:Goal"] = "3.6.1", ["Responsibilities:0:AadObjectId"] = Anna.Id, ["Responsibilities:0:Upn"] = "anna@stockholm.se",
            ["Responsibilities:1:Organisation"] = Enskede, ["Responsibilities:1:Year"] = "2023", ["Responsibilities:1:Goal"] = "1.3.2", ["Responsibilities:1:AadObjectId"] = Anna.Id,
            ["Responsibilities:2:Organisation"] = Enskede, ["Responsibilities:2:Year"] = "2023", ["Responsibilities:2:Goal"] = "1.1.2", ["Responsibilities:2:AadObjectId"] = Anna.Id,
            ["Responsibilities:3:Organisation"] = Enskede, ["Responsibilities:3:Year"] = "2023", ["Responsibilities:3:Goal"] = "3.6.1", ["Responsibilities:3:AadObjectId"] = Delegate.Id, ["Responsibilities:3:Role"] = "Delegate",
            ["Responsibilities:4:Organisation"] = Enskede, ["Responsibilities:4:Year"] = "2023", ["Responsibilities:4:AadObjectId"] = Coordinator.Id, ["Responsibilities:4:Role"] = "Coordinator",
        }, configure: b => b.Logging.AddProvider(_logs));
    }

    public async Task DisposeAsync() => await _teams.DisposeAsync();

    private IOutcomeStore Store => _teams.Bot.Services.GetRequiredService<IOutcomeStore>();

    private Goal GoalNumbered(string number) =>
        _teams.Bot.Services.GetRequiredService<IGoalIndexSource>().Current.Plans
            .Single(p => p.Organisation == Enskede && p.Year == 2023)
            .Goals.Single(g => g.Number == number && g.Level == GoalLevel.Namndmal);

    // ---------- the happy path ----------

    [Fact]
    public async Task A_valid_submission_is_stored_and_the_response_is_the_updated_status_card()
    {
        var goal = GoalNumbered("3.6.1");
        var activity = goal.Activities[0];
        // Someone looks first, so the status card is cached before the submission changes it.
        await PostAsync(Message(Outsider, "m-0", "hur går nämndmål 3.6.1?"));
        var (_, before) = await _teams.Connector.NextAsync(TimeSpan.FromSeconds(10));
        Assert.DoesNotContain("Tryggheten ökade men belysningen blev försenad.", AllText(before["attachments"]![0]!["content"]));

        var card = await SubmitAsync(Anna, "act-1", Form(goal, version: 0,
            (OutcomeFields.Bedomning, "UppfyllsDelvis"),
            (OutcomeFields.Analysis, "Tryggheten ökade men belysningen blev försenad."),
            (OutcomeFields.ActivityStatus(activity.Id), "Avvikelse"),
            (OutcomeFields.ActivityAnalysis(activity.Id), "Leverantören levererade inte i tid.")));

        var text = AllText(card);
        Assert.Contains("Tack! Ditt utfall för VB 2023 är inskickat.", text);
        Assert.Contains("Uppfylls delvis", text);
        Assert.Contains("Tryggheten ökade men belysningen blev försenad.", text);
        Assert.Contains("Leverantören levererade inte i tid.", text);
        Assert.Equal(CardVerbs.VisaMal, (string?)card["refresh"]!["action"]!["verb"]);
        Assert.Equal(goal.Id, (string?)card["refresh"]!["action"]!["data"]!["goalId"]);
        Assert.Contains("8:orgid:" + Anna.Id, card["refresh"]!["userIds"]!.AsArray().Select(u => (string?)u));
        Assert.Contains("8:orgid:" + Delegate.Id, card["refresh"]!["userIds"]!.AsArray().Select(u => (string?)u));

        var stored = Assert.Single(await Store.HistoryAsync(goal.Id));
        Assert.Equal(1, stored.Version);
        Assert.Equal(0, stored.BasedOnVersion);
        Assert.Equal(Anna.Id, stored.AuthorId);
        Assert.Equal(Anna.Name, stored.AuthorName);
        Assert.Equal("act-1", stored.SourceActivityId);
        Assert.Equal(Bedomning.UppfyllsDelvis, stored.Content.Bedomning);
        Assert.Equal(Domain.Outcomes.ActivityStatus.Avvikelse, Assert.Single(stored.Content.Activities).Status);

        // Everyone asking afterwards sees it: the read model was reloaded with the submission.
        Assert.Equal(Bedomning.UppfyllsDelvis, GoalNumbered("3.6.1").Assessments.Single(a => a.Period == Vb2023).Bedomning);
        await PostAsync(Message(Outsider, "m-1", "hur går nämndmål 3.6.1?"));
        var (_, reply) = await _teams.Connector.NextAsync(TimeSpan.FromSeconds(10));
        Assert.Contains("Tryggheten ökade men belysningen blev försenad.", AllText(reply["attachments"]![0]!["content"]));
    }

    [Fact]
    public async Task Rapportera_opens_the_form_for_the_goal_and_period()
    {
        var goal = GoalNumbered("1.3.2");

        await PostAsync(Message(Anna, "m-2", "rapportera 1.3.2"));
        var (_, reply) = await _teams.Connector.NextAsync(TimeSpan.FromSeconds(10));
        var card = reply["attachments"]![0]!["content"]!.AsObject();

        var bedomning = ElementById(card, OutcomeFields.Bedomning)!;
        Assert.Equal("Input.ChoiceSet", (string?)bedomning["type"]);
        Assert.Equal("Bedömning", (string?)bedomning["label"]); // the plan is 2023's: its VB
        foreach (var indicator in goal.Indicators)
            Assert.NotNull(ElementById(card, OutcomeFields.IndicatorTotal(indicator.Id)));
        var submit = FindAction(card, CardVerbs.SkickaIn)!;
        Assert.Equal("VB 2023", (string?)submit["data"]!["period"]);
        Assert.Equal(0, (int)submit["data"]!["version"]!);
        // Prefilled with what the verksamhetsberättelse says.
        Assert.Contains("Ifyllt från Verksamhetsberättelse 2023.", AllText(card));
        Assert.Equal(goal.Assessments.Single(a => a.Period == Vb2023).Bedomning.ToString(), (string?)bedomning["value"]);
    }

    [Fact]
    public async Task A_draft_is_saved_for_its_author_only_and_fills_in_the_form_next_time()
    {
        var goal = GoalNumbered("3.6.1");

        var saved = await InvokeCardAsync(Anna, "d-1", CardVerbs.SparaUtkast, Form(goal, 0, (OutcomeFields.Analysis, "Halvfärdig text")));

        Assert.Matches(@"Utkastet är sparat \d\d:\d\d\.", AllText(saved));
        Assert.Equal("Halvfärdig text", (string?)ElementById(saved, OutcomeFields.Analysis)!["value"]);
        Assert.Equal("Halvfärdig text", (await Store.GetAsync(goal.Id, Vb2023, Anna.Id)).Draft!.Content.Analysis);
        Assert.Null((await Store.GetAsync(goal.Id, Vb2023, Delegate.Id)).Draft);
        Assert.Empty(await Store.HistoryAsync(goal.Id));

        var reopened = await InvokeCardAsync(Anna, "d-2", CardVerbs.Rapportera, new JsonObject { ["goalId"] = goal.Id, ["period"] = "VB 2023" });
        Assert.Equal("Halvfärdig text", (string?)ElementById(reopened, OutcomeFields.Analysis)!["value"]);
        Assert.Contains("Ifyllt från ditt utkast", AllText(reopened));
        var other = await InvokeCardAsync(Delegate, "d-3", CardVerbs.Rapportera, new JsonObject { ["goalId"] = goal.Id, ["period"] = "VB 2023" });
        Assert.NotEqual("Halvfärdig text", (string?)ElementById(other, OutcomeFields.Analysis)?["value"]);

        await SubmitAsync(Anna, "d-4", Form(goal, 0, (OutcomeFields.Bedomning, "UppfyllsHelt")));
        Assert.Null((await Store.GetAsync(goal.Id, Vb2023, Anna.Id)).Draft); // a submission ends the draft
    }

    [Fact]
    public async Task A_draft_with_a_nonsense_number_is_not_saved_and_says_why()
    {
        var goal = GoalNumbered("1.3.2");
        var id = OutcomeFields.IndicatorTotal(goal.Indicators[0].Id);
        var before = await StoreStateAsync();

        var card = await InvokeCardAsync(Anna, "d-5", CardVerbs.SparaUtkast, Form(goal, 0, (id, "abc")));

        Assert.Equal(OutcomeValidator.NotANumber, ErrorUnder(card, id));
        Assert.Equal(before, await StoreStateAsync());
    }

    [Fact]
    public async Task Delegates_and_coordinators_may_submit_too()
    {
        var goal = GoalNumbered("3.6.1");
        await SubmitAsync(Delegate, "p-1", Form(goal, 0, (OutcomeFields.Bedomning, "UppfyllsHelt")));
        await SubmitAsync(Coordinator, "p-2", Form(goal, 1, (OutcomeFields.Bedomning, "UppfyllsInte"), (OutcomeFields.Analysis, "Rättat av samordnaren.")));

        var history = await Store.HistoryAsync(goal.Id);
        Assert.Equal([Delegate.Id, Coordinator.Id], history.Select(e => e.AuthorId));
        Assert.Equal([1L, 2L], history.Select(e => e.Version));
    }

    [Fact]
    public async Task Action_submit_from_a_client_without_universal_actions_submits_the_same_way()
    {
        var goal = GoalNumbered("3.6.1");
        var message = Message(Anna, "s-1", null);
        var value = Form(goal, 0, (OutcomeFields.Bedomning, "UppfyllsHelt"));
        value[CardData.Verb] = CardVerbs.SkickaIn;
        message["value"] = value;

        await PostAsync(message);

        var (_, reply) = await _teams.Connector.NextAsync(TimeSpan.FromSeconds(10));
        Assert.Contains("Tack! Ditt utfall för VB 2023 är inskickat.", AllText(reply["attachments"]![0]!["content"]));
        Assert.Equal("s-1", Assert.Single(await Store.HistoryAsync(goal.Id)).SourceActivityId);
    }

    [Fact]
    public async Task Avbryt_returns_to_the_status_card_and_saves_nothing()
    {
        var goal = GoalNumbered("3.6.1");
        var before = await StoreStateAsync();

        var card = await InvokeCardAsync(Anna, "c-1", CardVerbs.Avbryt, new JsonObject { ["goalId"] = goal.Id, ["period"] = "VB 2023", ["version"] = 0 });

        Assert.Contains(goal.Title, AllText(card));
        Assert.NotNull(FindAction(card, CardVerbs.Rapportera));
        Assert.Equal(before, await StoreStateAsync());
    }

    // ---------- validation: every rule's message, next to its input ----------

    public static TheoryData<string, string, string, string> Rules => new()
    {
        // goal, input (a placeholder for the goal's first indicator or activity), value, message
        { "3.6.1", OutcomeFields.Bedomning, "", OutcomeValidator.ChooseBedomning },
        { "3.6.1", OutcomeFields.Bedomning, "Nästan", OutcomeValidator.UnknownBedomning },
        { "3.6.1", OutcomeFields.Analysis, "", OutcomeValidator.AnalysisRequired },
        { "3.6.1", OutcomeFields.Analysis, new string('a', 4001), "Texten är för lång: 4 001 tecken. Högst 4 000." },
        { "1.3.2", "indicator", "abc", OutcomeValidator.NotANumber },
        { "1.3.2", "indicator", "45 st", "Fel enhet: \"st\". Indikatorn mäts i %." },
        { "1.3.2", "indicator", "120 %", OutcomeValidator.PercentOutOfRange },
        { "1.1.2", "indicator", "-4", OutcomeValidator.NegativeCount },
        { "1.1.2", "indicator", "2,5", OutcomeValidator.CountNotWhole },
        { "3.6.1", "activity-status", "Klar", OutcomeValidator.UnknownStatus },
        { "3.6.1", "activity-analysis", "", OutcomeValidator.DeviationNeedsAnalysis },
    };

    [Theory]
    [MemberData(nameof(Rules))]
    public async Task Every_validation_rule_answers_with_its_message_under_its_input_and_keeps_the_values(string number, string input, string value, string message)
    {
        var goal = GoalNumbered(number);
        var inputId = input switch
        {
            "indicator" => OutcomeFields.IndicatorTotal(goal.Indicators[0].Id),
            "activity-status" => OutcomeFields.ActivityStatus(goal.Activities[0].Id),
            "activity-analysis" => OutcomeFields.ActivityAnalysis(goal.Activities[0].Id),
            _ => input,
        };
        var inputs = new List<(string, string)> { (inputId, value) };
        if (inputId != OutcomeFields.Bedomning) inputs.Add((OutcomeFields.Bedomning, "UppfyllsDelvis"));
        if (inputId != OutcomeFields.Analysis) inputs.Add((OutcomeFields.Analysis, "Min analys"));
        if (input == "activity-analysis") inputs.Add((OutcomeFields.ActivityStatus(goal.Activities[0].Id), "Avvikelse"));
        var before = await StoreStateAsync();

        var card = await SubmitAsync(Anna, "v-" + Guid.NewGuid().ToString("N")[..8], Form(goal, 0, [.. inputs]));

        Assert.Equal(message, ErrorUnder(card, inputId));
        if (value.Length > 0 && inputId != OutcomeFields.Bedomning)
            Assert.Equal(value, (string?)ElementById(card, inputId)!["value"]);
        if (inputId != OutcomeFields.Analysis)
            Assert.Equal("Min analys", (string?)ElementById(card, OutcomeFields.Analysis)!["value"]);
        Assert.Equal(before, await StoreStateAsync());
    }

    // ---------- refusals that must leave the store exactly as it was ----------

    [Fact]
    public async Task An_unauthorised_user_is_refused_politely_and_nothing_changes()
    {
        var goal = GoalNumbered("3.6.1");
        await SubmitAsync(Anna, "u-0", Form(goal, 0, (OutcomeFields.Bedomning, "UppfyllsHelt")));
        var before = await StoreStateAsync();

        var submitted = await SubmitAsync(Outsider, "u-1", Form(goal, 1, (OutcomeFields.Bedomning, "UppfyllsInte"), (OutcomeFields.Analysis, "Hack")));
        var draft = await InvokeCardAsync(Outsider, "u-2", CardVerbs.SparaUtkast, Form(goal, 1, (OutcomeFields.Analysis, "Hack")));
        var form = await InvokeCardAsync(Outsider, "u-3", CardVerbs.Rapportera, new JsonObject { ["goalId"] = goal.Id, ["period"] = "VB 2023" });

        foreach (var card in new[] { submitted, draft, form })
            Assert.Contains("Du kan inte rapportera det här målet", AllText(card));
        // Each attempt is logged as a Warning with the ids only: never what they tried to write.
        var refusals = _logs.Entries.Where(e => e.Level == LogLevel.Warning && e.Message.Contains("refused", StringComparison.Ordinal)).ToList();
        Assert.Equal(3, refusals.Count);
        Assert.All(refusals, e =>
        {
            Assert.Equal(Outsider.Id, e.Values["UserId"]);
            Assert.Equal(goal.Id, e.Values["GoalId"]);
            Assert.DoesNotContain("Hack", e.Message);
        });
        Assert.Equal(before, await StoreStateAsync());
        Assert.Null((await Store.GetAsync(goal.Id, Vb2023, Outsider.Id)).Draft);
        // Reading stays open to everyone.
        var status = await InvokeCardAsync(Outsider, "u-4", CardVerbs.VisaMal, new JsonObject { ["goalId"] = goal.Id });
        Assert.Contains(goal.Title, AllText(status));
        Assert.Null(FindAction(status, CardVerbs.Rapportera));
    }

    [Fact]
    public async Task A_foreign_tenant_is_refused_before_anything_runs()
    {
        var goal = GoalNumbered("3.6.1");
        var before = await StoreStateAsync();
        var activity = Invoke(Anna, "t-1", CardVerbs.SkickaIn, Form(goal, 0, (OutcomeFields.Bedomning, "UppfyllsHelt")));
        activity["conversation"]!["tenantId"] = "tenant-annan";

        var response = await PostAsync(activity);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(before, await StoreStateAsync());
    }

    [Fact]
    public async Task A_submission_built_on_an_older_version_is_refused_with_who_changed_what()
    {
        var goal = GoalNumbered("3.6.1");
        await SubmitAsync(Delegate, "s-a", Form(goal, 0, (OutcomeFields.Bedomning, "UppfyllsInte"), (OutcomeFields.Analysis, "Delegatens analys.")));
        var before = await StoreStateAsync();

        var card = await SubmitAsync(Anna, "s-b", Form(goal, 0, (OutcomeFields.Bedomning, "UppfyllsHelt")));

        var text = AllText(card);
        Assert.Contains("ditt utfall sparades inte", text);
        Assert.Contains(Delegate.Name, text);
        Assert.Contains("Uppfylls inte", text);
        Assert.Contains("Delegatens analys.", text);
        Assert.Equal(before, await StoreStateAsync());

        // "Öppna formuläret på nytt": a form built on the delegate's version, showing what they submitted.
        var fresh = FindAction(card, CardVerbs.Rapportera)!;
        var form = await InvokeCardAsync(Anna, "s-c", CardVerbs.Rapportera, (JsonObject)fresh["data"]!.DeepClone());
        Assert.Equal(1, (int)FindAction(form, CardVerbs.SkickaIn)!["data"]!["version"]!);
        Assert.Equal("UppfyllsInte", (string?)ElementById(form, OutcomeFields.Bedomning)!["value"]);
        Assert.Equal("Delegatens analys.", (string?)ElementById(form, OutcomeFields.Analysis)!["value"]);
        Assert.Contains("Ifyllt från version 1, inskickad av Dan Delegat", AllText(form));
        var resubmitted = await SubmitAsync(Anna, "s-d", Form(goal, 1, (OutcomeFields.Bedomning, "UppfyllsHelt")));
        Assert.Contains("Tack!", AllText(resubmitted));
        Assert.Equal([1L, 2L], (await Store.HistoryAsync(goal.Id)).Select(e => e.Version));
    }

    [Fact]
    public async Task A_replayed_invoke_is_stored_once()
    {
        var goal = GoalNumbered("3.6.1");
        var form = Form(goal, 0, (OutcomeFields.Bedomning, "UppfyllsHelt"));
        await SubmitAsync(Anna, "r-1", (JsonObject)form.DeepClone());
        var before = await StoreStateAsync();

        var again = await SubmitAsync(Anna, "r-1", (JsonObject)form.DeepClone());

        Assert.Contains(goal.Title, AllText(again));
        Assert.DoesNotContain("sparades inte", AllText(again));
        Assert.Equal(before, await StoreStateAsync());
        Assert.Single(await Store.HistoryAsync(goal.Id));
    }

    [Fact]
    public async Task A_reused_activity_id_for_another_goal_stores_nothing_and_says_so()
    {
        var first = GoalNumbered("3.6.1");
        var second = GoalNumbered("1.3.2");
        await SubmitAsync(Anna, "same-id", Form(first, 0, (OutcomeFields.Bedomning, "UppfyllsHelt")));
        var before = await StoreStateAsync();

        var card = await SubmitAsync(Anna, "same-id", Form(second, 0, (OutcomeFields.Bedomning, "UppfyllsHelt")));

        Assert.Contains("sparades inte", AllText(card));
        Assert.DoesNotContain("Tack!", AllText(card));
        Assert.Empty(await Store.HistoryAsync(second.Id));
        Assert.Equal(before, await StoreStateAsync());
        Assert.Contains(_logs.Entries, e => e.Level == LogLevel.Warning && e.Values.TryGetValue("OtherGoalId", out var other) && Equals(other, first.Id));
    }

    public static TheoryData<string, JsonNode?> MalformedFields => new()
    {
        { "goalId", null },
        { "goalId", 17 },
        { "period", "T7 2023" },
        { "period", "T2 2031" },
        { "version", "inte ett tal" },
        { "version", null },
        { "bedomning", new JsonArray("UppfyllsHelt") },
        { "analys", new JsonObject { ["text"] = "x" } },
    };

    [Theory]
    [MemberData(nameof(MalformedFields))]
    public async Task A_malformed_payload_gets_a_swedish_error_and_nothing_is_stored(string field, JsonNode? value)
    {
        var goal = GoalNumbered("3.6.1");
        var before = await StoreStateAsync();
        var data = Form(goal, 0, (OutcomeFields.Bedomning, "UppfyllsHelt"), (OutcomeFields.Analysis, "Text"));
        if (value is null) data.Remove(field);
        else data[field] = value;

        foreach (var verb in new[] { CardVerbs.SkickaIn, CardVerbs.SparaUtkast })
        {
            var card = await InvokeCardAsync(Anna, "x-" + Guid.NewGuid().ToString("N")[..8], verb, (JsonObject)data.DeepClone());
            Assert.Contains("Formuläret kom inte fram som det skulle, så inget sparades.", AllText(card));
        }
        Assert.Equal(before, await StoreStateAsync());
        Assert.Equal(2, _logs.Entries.Count(e => e.Level == LogLevel.Warning && e.Message.StartsWith("Malformed outcome form", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task An_invoke_without_any_data_is_refused_in_swedish()
    {
        var activity = Invoke(Anna, "x-0", CardVerbs.SkickaIn, new JsonObject());
        activity["value"]!["action"]!.AsObject().Remove("data");
        var before = await StoreStateAsync();

        var response = await PostAsync(activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Contains("inget sparades", AllText(body["value"]));
        Assert.Equal(before, await StoreStateAsync());
    }

    [Fact]
    public async Task Two_concurrent_submissions_end_with_one_stored_and_one_told_of_the_conflict()
    {
        var goal = GoalNumbered("3.6.1");
        var first = SubmitAsync(Anna, "k-1", Form(goal, 0, (OutcomeFields.Bedomning, "UppfyllsHelt")));
        var second = SubmitAsync(Delegate, "k-2", Form(goal, 0, (OutcomeFields.Bedomning, "UppfyllsInte"), (OutcomeFields.Analysis, "Inte alls.")));

        var cards = await Task.WhenAll(first, second);

        var texts = cards.Select(AllText).ToList();
        Assert.Single(texts, t => t.Contains("Tack! Ditt utfall för VB 2023 är inskickat."));
        Assert.Single(texts, t => t.Contains("ditt utfall sparades inte"));
        var stored = Assert.Single(await Store.HistoryAsync(goal.Id));
        var winner = texts[0].Contains("Tack!") ? Anna : Delegate;
        Assert.Equal(winner.Id, stored.AuthorId);
    }

    // ---------- the coordinator's questions ----------

    [Fact]
    public async Task The_coordinator_sees_who_has_not_reported_and_a_goals_history()
    {
        var goal = GoalNumbered("3.6.1");
        await SubmitAsync(Anna, "h-1", Form(goal, 0, (OutcomeFields.Bedomning, "UppfyllsDelvis"), (OutcomeFields.Analysis, "Första versionen.")));
        await SubmitAsync(Delegate, "h-2", Form(goal, 1, (OutcomeFields.Bedomning, "UppfyllsHelt")));

        await PostAsync(Message(Coordinator, "h-3", "vem har inte rapporterat VB 2023?"));
        var (_, missing) = await _teams.Connector.NextAsync(TimeSpan.FromSeconds(10));
        var missingText = AllText(missing["attachments"]![0]!["content"]);
        Assert.Contains("Har inte rapporterat VB 2023", missingText);
        Assert.Contains(GoalNumbered("1.3.2").DisplayLabel, missingText); // Anna's, not reported yet
        Assert.DoesNotContain(goal.DisplayLabel, missingText);           // reported

        await PostAsync(Message(Coordinator, "h-4", "visa historik för 3.6.1"));
        var (_, history) = await _teams.Connector.NextAsync(TimeSpan.FromSeconds(10));
        var historyText = AllText(history["attachments"]![0]!["content"]);
        Assert.Contains("version 1", historyText);
        Assert.Contains("version 2", historyText);
        Assert.Contains(Anna.Name, historyText);
        Assert.Contains(Delegate.Name, historyText);
        Assert.Contains("Första versionen.", historyText);
        Assert.Matches(@"\d{1,2} [a-z]+ \d{4} kl\. \d\d:\d\d", historyText);
    }

    // ---------- helpers ----------

    /// <summary>Every submission and every draft of the users in these tests: equal before and after means untouched.</summary>
    private async Task<string> StoreStateAsync()
    {
        var parts = new List<string> { await Store.ChangeStampAsync() };
        parts.AddRange((await Store.AllSubmittedAsync()).Select(e => System.Text.Json.JsonSerializer.Serialize(e)));
        foreach (var number in new[] { "3.6.1", "1.3.2", "1.1.2" })
        foreach (var user in new[] { Anna, Delegate, Coordinator, Outsider })
        {
            var snapshot = await Store.GetAsync(GoalNumbered(number).Id, Vb2023, user.Id);
            parts.Add(snapshot.Draft is null ? "-" : System.Text.Json.JsonSerializer.Serialize(snapshot.Draft));
        }
        return string.Join("\n", parts);
    }

    private static JsonObject Form(Goal goal, long version, params (string Id, string Value)[] inputs)
    {
        var data = new JsonObject { ["goalId"] = goal.Id, ["period"] = "VB 2023", ["version"] = version };
        foreach (var (id, value) in inputs) data[id] = value;
        return data;
    }

    private Task<JsonObject> SubmitAsync(User user, string activityId, JsonObject data) =>
        InvokeCardAsync(user, activityId, CardVerbs.SkickaIn, data);

    private async Task<JsonObject> InvokeCardAsync(User user, string activityId, string verb, JsonObject data)
    {
        var response = await PostAsync(Invoke(user, activityId, verb, data));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("application/vnd.microsoft.card.adaptive", (string?)body["type"]);
        return body["value"]!.AsObject();
    }

    private Task<HttpResponseMessage> PostAsync(JsonObject activity) => _teams.PostAsync(activity);

    private JsonObject Message(User user, string id, string? text) => _teams.Message(user.InTeams, id, text);

    private JsonObject Invoke(User user, string id, string verb, JsonObject data) => _teams.Invoke(user.InTeams, id, verb, data);

    private static string AllText(JsonNode? node) => ConversationStream.AllText(node);

    /// <summary>The card's body elements in reading order (into containers and columns).</summary>
    private static List<JsonObject> Elements(JsonNode? node)
    {
        var list = new List<JsonObject>();
        void Walk(JsonNode? n)
        {
            switch (n)
            {
                case JsonObject o:
                    if (o["type"] is not null && o["id"] is not null) list.Add(o);
                    foreach (var key in new[] { "body", "items", "columns" }) Walk(o[key]);
                    break;
                case JsonArray a:
                    foreach (var item in a) Walk(item);
                    break;
            }
        }
        Walk(node);
        return list;
    }

    private static JsonObject? ElementById(JsonNode card, string id) => Elements(card).FirstOrDefault(e => (string?)e["id"] == id);

    /// <summary>The bold message right under an input, or null.</summary>
    private static string? ErrorUnder(JsonNode card, string inputId)
    {
        var elements = Elements(card);
        var at = elements.FindIndex(e => (string?)e["id"] == inputId);
        Assert.True(at >= 0, $"no input {inputId}");
        var next = at + 1 < elements.Count ? elements[at + 1] : null;
        return next is not null && (string?)next["id"] == OutcomeFormCard.ErrorOf(inputId) && (string?)next["weight"] == "bolder"
            ? (string?)next["text"]
            : null;
    }

    private static JsonObject? FindAction(JsonNode? node, string verb) => node switch
    {
        JsonObject o when (string?)o["verb"] == verb && o["type"] is not null && ((string?)o["type"])!.StartsWith("Action.", StringComparison.Ordinal) => o,
        JsonObject o => o.Where(p => p.Key != "refresh").Select(p => FindAction(p.Value, verb)).FirstOrDefault(x => x is not null),
        JsonArray a => a.Select(n => FindAction(n, verb)).FirstOrDefault(x => x is not null),
        _ => null,
    };
}
