using System.Diagnostics;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using StatusBot.AdaptiveCards.Model;
using StatusBot.AdaptiveCards.Model.Serialization;
using StatusBot.Testing;

namespace StatusBot.Tests.Cards;

/// <summary>
/// The checks every card we send must pass: Adaptive Cards 1.5 schema (with the Teams-only root "msteams"
/// removed), "version": "1.5", under 40 KB, and Microsoft's own renderer (../shared/tools/cardcheck).
/// Reusable by any test that builds cards, e.g. over every goal of every seed.
/// </summary>
public static class CardValidation
{
    /// <summary>Teams' limit for a message is about 40 KB; the card alone must stay below it.</summary>
    public const int MaxBytes = 40_000;

    private static readonly Lazy<JsonSchema> Schema = new(() =>
        JsonSchema.FromFile(Path.Combine(RepoPaths.Schemas, "adaptive-card-1.5.json")));

    /// <summary>Schema, version and size; throws with every schema error listed.</summary>
    public static void AssertValid(AdaptiveCard card)
    {
        var json = CardJson.Serialize(card);
        var size = Encoding.UTF8.GetByteCount(json);
        Assert.True(size < MaxBytes, $"card is {size} bytes, limit {MaxBytes}: {Describe(card)}");

        var node = JsonNode.Parse(json)!.AsObject();
        Assert.Equal("AdaptiveCard", (string?)node["type"]);
        Assert.Equal("1.5", (string?)node["version"]);

        node.Remove("msteams");
        using var doc = JsonDocument.Parse(node.ToJsonString());
        var result = Schema.Value.Evaluate(doc.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        if (!result.IsValid)
        {
            var errors = (result.Details ?? [])
                .Where(d => d.Errors is { Count: > 0 })
                .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation} ({d.SchemaLocation}): {e.Key}: {e.Value}"))
                .Take(25);
            Assert.Fail($"card does not validate against adaptive-card-1.5.json: {Describe(card)}\n{string.Join('\n', errors)}\n{json}");
        }
    }

    /// <summary>Both checks for a batch: each card on its own, then all of them in one cardcheck run.</summary>
    public static void AssertAllValid(IEnumerable<AdaptiveCard> cards)
    {
        var list = cards.ToList();
        foreach (var card in list) AssertValid(card);
        AssertAllValidWithCardcheck(list);
    }

    /// <summary>
    /// Writes the cards to a temp folder and checks them in ONE cardcheck run (one node process): no errors and
    /// no warnings (a warning such as UnknownProperty means our model writes something the renderer ignores).
    /// </summary>
    public static void AssertAllValidWithCardcheck(IEnumerable<AdaptiveCard> cards)
    {
        var list = cards.ToList();
        Assert.NotEmpty(list);
        var dir = Directory.CreateTempSubdirectory("statusbot-cards-");
        try
        {
            var files = list.Select((card, i) =>
            {
                var path = Path.Combine(dir.FullName, $"card{i:D5}.json");
                File.WriteAllText(path, CardJson.Serialize(card));
                return path;
            }).ToList();

            // Batches, because node's process.exit() cuts a large report short on a pipe.
            var problems = new List<string>();
            var checkedCards = 0;
            foreach (var batch in files.Chunk(CardcheckBatch))
            {
                var report = RunCardcheck(batch);
                foreach (var c in report["cards"]!.AsArray())
                {
                    var where = (string)c!["where"]!;
                    var index = int.Parse(Path.GetFileNameWithoutExtension(where)[4..], System.Globalization.CultureInfo.InvariantCulture);
                    foreach (var p in c["problems"]!.AsArray())
                        problems.Add($"{where} ({Describe(list[index])}): {p!["severity"]} {p["event"]}: {p["message"]}");
                    Assert.Equal("1.5", (string?)c["version"]);
                    checkedCards++;
                }
            }
            Assert.Equal(list.Count, checkedCards);
            Assert.True(problems.Count == 0, "cardcheck found problems:\n" + string.Join('\n', problems));
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    // cardcheck installs its npm packages on first use; two concurrent first runs would race on that folder.
    private static readonly Lock CardcheckLock = new();

    private const int CardcheckBatch = 40;

    private static JsonNode RunCardcheck(IReadOnlyList<string> files)
    {
        lock (CardcheckLock) return RunCardcheckUnlocked(files);
    }

    private static JsonNode RunCardcheckUnlocked(IReadOnlyList<string> files)
    {
        var script = Path.Combine(RepoPaths.Shared, "tools", "cardcheck", "cardcheck.sh");
        Assert.True(File.Exists(script), $"cardcheck not found at {script}");
        var psi = new ProcessStartInfo("bash")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        psi.ArgumentList.Add(script);
        psi.ArgumentList.Add("--json");
        foreach (var f in files) psi.ArgumentList.Add(f);

        using var process = Process.Start(psi)!;
        // Read both streams at once: npm's first-run install writes a lot to stderr.
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        if (!process.WaitForExit(TimeSpan.FromMinutes(5)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail("cardcheck did not finish within 5 minutes");
        }
        Assert.True(process.ExitCode is 0 or 1, $"cardcheck failed to run (exit {process.ExitCode}):\n{stderr.Result}\n{stdout}");
        return JsonNode.Parse(stdout) ?? throw new InvalidOperationException("cardcheck printed no JSON");
    }

    private static string Describe(AdaptiveCard card) => card.FallbackText ?? "(card without fallbackText)";
}
