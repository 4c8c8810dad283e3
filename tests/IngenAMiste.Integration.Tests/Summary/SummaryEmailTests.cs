using System.Net;
using System.Text.RegularExpressions;
using Azure.Data.Tables;
using IngenAMiste.Integration.Tests.Infrastructure;
using IngenAMiste.Reports.Model;
using IngenAMiste.Storage.Ingestion;
using IngenAMiste.Summary;
using IngenAMiste.Summary.Tables;
using static IngenAMiste.Integration.Tests.Summary.Reports;

namespace IngenAMiste.Integration.Tests.Summary;

/// <summary>
/// The summary function end to end: rows written through <c>ReportStore.SaveAsync</c> and the ingestion function into
/// Azurite, the timer function invoked as the worker would, the mail read back from a real SMTP server (smtp4dev).
/// </summary>
[Collection(SharedAzurite.Name)]
public sealed partial class SummaryEmailTests(AzuriteFixture azurite, Smtp4devFixture smtp) : IClassFixture<Smtp4devFixture>
{
    private static readonly DateTimeOffset Week2 = SummaryTestApp.Week2;
    private static readonly DateTimeOffset Week3 = Week2.AddDays(7);
    private static readonly DateTimeOffset Week4 = Week2.AddDays(14);
    private static readonly DateTimeOffset Week5 = Week2.AddDays(21);

    /// <summary>A firing a moment after the occurrence, as a real timer fires.</summary>
    private static DateTimeOffset Firing(DateTimeOffset occurrence) => occurrence.AddMilliseconds(300);

    private SummaryTestApp App(ManualClock clock, string? prefix = null, Dictionary<string, string?>? settings = null) => new(azurite, smtp, clock, prefix, settings);

    private static readonly Measure[] Period1 =
    [
        Measure(1, 1, MeasureStatus.Completed),
        Measure(2, 1, MeasureStatus.Planned),
        Measure(3, 1, MeasureStatus.InProgress),
        Measure(4, 2, MeasureStatus.NotStarted),
        Measure(5, 2, MeasureStatus.InProgress),
        Measure(6, 3, MeasureStatus.Planned),
        Measure(7, 3, MeasureStatus.NotStarted),
        Measure(8, 3, MeasureStatus.InProgress),
    ];

    /// <summary>Four measures change status, one is new (9), four stay as they were.</summary>
    private static readonly Measure[] Period2 =
    [
        Measure(1, 1, MeasureStatus.Completed),
        Measure(2, 1, MeasureStatus.InProgress, "Piloten startet i to fylker i mars 2022"),
        Measure(3, 1, MeasureStatus.InProgress),
        Measure(4, 2, MeasureStatus.Planned, "Oppstart er planlagt i første kvartal 2023"),
        Measure(5, 2, MeasureStatus.Completed, "Veilederen ble publisert i februar 2022"),
        Measure(6, 3, MeasureStatus.Planned),
        Measure(7, 3, MeasureStatus.Completed, "Kampanjen ble lansert i mai 2022"),
        Measure(8, 3, MeasureStatus.InProgress),
        Measure(9, 3, MeasureStatus.Planned, "Helsedirektoratet vil vurdere tiltaket i 2023"),
    ];

    [Fact]
    public async Task Second_summary_shows_counts_per_goal_the_changed_measures_new_reports_and_rejected_uploads()
    {
        var clock = new ManualClock(Week2.AddHours(-2));
        await using var app = App(clock, settings: new() { ["Ingest:MaxBytes"] = "1000" });
        await app.SaveReportAsync(Annual("2020-2021", new DateOnly(2021, 9, 10), Period1), "arsrapport-2020-2021.pdf");

        clock.Set(Firing(Week2));
        var first = await app.FireTimerAsync();

        Assert.Equal(SummaryRunOutcome.Sent, first.Outcome);
        Assert.Equal("2025-01-06T07:00:00Z", first.Period);
        var firstMail = Assert.Single(await smtp.WaitForMessagesToAsync(app.Recipient, 1));
        Assert.Equal("Ingen å miste – status 6. januar 2025 (uke 2): 1 av 8 tiltak fullført, første oversikt", firstMail.Subject);
        var firstText = await smtp.PlainTextAsync(firstMail.Id);
        Assert.Contains("Dette er den første oversikten", firstText, StringComparison.Ordinal);
        Assert.Contains("RAPPORTER LEST INN (1)", firstText, StringComparison.Ordinal);
        Assert.DoesNotContain("TILTAK MED ENDRET STATUS", firstText, StringComparison.Ordinal);

        // During the week: the next annual report, and an upload that is turned away.
        clock.Set(Week2.AddDays(3));
        await app.SaveReportAsync(Annual("2021-2022", new DateOnly(2022, 9, 10), Period2), "arsrapport-2021-2022.pdf");
        clock.Set(Week2.AddDays(4));
        var rejected = await app.UploadAndIngestAsync("for-stor-rapport.pdf", new byte[5000]);
        Assert.Equal(IngestionOutcomes.Rejected, rejected.Outcome);

        clock.Set(Firing(Week3));
        var second = await app.FireTimerAsync();

        Assert.Equal(SummaryRunOutcome.Sent, second.Outcome);
        Assert.Equal(5, second.Changes);
        var mails = await smtp.WaitForMessagesToAsync(app.Recipient, 2);
        Assert.Equal(2, mails.Count);
        var mail = mails[^1];
        Assert.Equal("Ingen å miste – status 13. januar 2025 (uke 3): 3 av 9 tiltak fullført, 5 endret status, 1 opplasting må følges opp", mail.Subject);
        Assert.Equal([app.Recipient], mail.To);
        Assert.Contains("ingen-a-miste@avsender.example.no", mail.From, StringComparison.Ordinal);

        var text = await smtp.PlainTextAsync(mail.Id);
        Assert.Contains("Siden forrige oversikt (uke 2 2025): 5 tiltak har endret status, 1 rapport er lest inn og 1 opplasting må følges opp.", text, StringComparison.Ordinal);
        Assert.Matches(@"Ikke påbegynt\s+0  \(−2 siden sist\)", text);
        Assert.Matches(@"Planlagt\s+3  \(\+1 siden sist\)", text);
        Assert.Matches(@"Pågår\s+3  \(±0 siden sist\)", text);
        Assert.Matches(@"Fullført\s+3  \(\+2 siden sist\)", text);
        Assert.Matches(@"Totalt\s+9  \(33\u00A0% fullført\)", text);
        Assert.Contains("Mål 1: 0 / 0 / 2 / 1 / 3", text, StringComparison.Ordinal);
        Assert.Contains("Mål 2: 0 / 1 / 0 / 1 / 2", text, StringComparison.Ordinal);
        Assert.Contains("Mål 3: 0 / 2 / 1 / 1 / 4", text, StringComparison.Ordinal);
        Assert.Equal(
            ["- Tiltak 2 (mål 1): Planlagt -> Pågår", "- Tiltak 4 (mål 2): Ikke påbegynt -> Planlagt", "- Tiltak 5 (mål 2): Pågår -> Fullført",
             "- Tiltak 7 (mål 3): Ikke påbegynt -> Fullført", "- Tiltak 9 (mål 3): Ikke omtalt -> Planlagt"],
            ChangeLines().Matches(text).Select(m => m.Value.TrimEnd()));
        Assert.Contains("«Veilederen ble publisert i februar 2022» (årsrapport 2021-2022, s. 7)", text, StringComparison.Ordinal);
        Assert.Contains("RAPPORTER LEST INN SIDEN FORRIGE OVERSIKT (1)", text, StringComparison.Ordinal);
        Assert.Contains("Årsrapport 2021-2022 for Handlingsplan", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Årsrapport 2020-2021 for Handlingsplan", text, StringComparison.Ordinal);
        Assert.Contains($"- Avvist: {app.Prefix}/for-stor-rapport.pdf", text, StringComparison.Ordinal);
        Assert.Contains("(Ingest:MaxBytes)", text, StringComparison.Ordinal);
        Assert.Contains("Dashbord: " + SummaryTestApp.DashboardUrl, text, StringComparison.Ordinal);

        var html = await smtp.HtmlAsync(mail.Id);
        Assert.Equal(["Mål 1", "Systematikk og helhet i det selvmordsforebyggende arbeidet", "0", "0", "2", "1", "3"], GoalRow(html, 1));
        Assert.Equal(["Mål 3", "Begrenset tilgang til metode for selvmord", "0", "2", "1", "1", "4"], GoalRow(html, 3));
        Assert.Contains("Veilederen ble publisert i februar 2022", html, StringComparison.Ordinal);
        Assert.Contains("Opplastinger som må følges opp (1)", html, StringComparison.Ordinal);
        Assert.Contains("href=\"https://dashbord.example.no/ingen-a-miste?fane=status&amp;visning=mål\"", html, StringComparison.Ordinal);
        Assert.Contains("max-width:600px", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotMatch(@"(?i)<img|<link|@import|url\(|src=", html); // nothing fetched from outside

        var raw = await smtp.RawAsync(mail.Id);
        Assert.Contains("multipart/alternative", raw, StringComparison.Ordinal);
        Assert.Contains("Auto-Submitted: auto-generated", raw, StringComparison.Ordinal);

        var row = await app.SummaryRowAsync("2025-01-13T07:00:00Z");
        Assert.NotNull(row);
        Assert.Equal(SummaryStates.Sent, row.State);
        Assert.Equal("2025-01-06T07:00:00Z", row.BaselinePeriod);
        Assert.Equal((0, 3, 3, 3, 9, 5, 1, 1), (row.NotStarted, row.Planned, row.InProgress, row.Completed, row.Total, row.ChangedCount, row.ReportCount, row.ProblemCount));
        Assert.Equal(app.Recipient, row.Recipients);
        Assert.Equal(mail.Subject, row.Subject);
        Assert.Contains($"Message-ID: <{row.MessageId}>", raw, StringComparison.OrdinalIgnoreCase);
        Assert.StartsWith("summary.20250113T070000Z.", row.MessageId, StringComparison.Ordinal);
        Assert.Equal(
            """{"001":"completed","002":"in_progress","003":"in_progress","004":"planned","005":"completed","006":"planned","007":"completed","008":"in_progress","009":"planned"}""",
            row.SnapshotJson);
    }

    [Fact]
    public async Task Strings_from_a_pdf_are_html_escaped()
    {
        const string Script = "<script>alert(1)</script>";
        const string Image = "<img src=x onerror=alert(2)>";
        var clock = new ManualClock(Week2.AddHours(-2));
        await using var app = App(clock, settings: new() { ["Ingest:MaxBytes"] = "1000" });
        Goal[] goals = [new(1, $"Trygg kommunikasjon {Image}"), new(2, "Mål to")];
        await app.SaveReportAsync(Annual("2020-2021", new DateOnly(2021, 9, 10),
            [Measure(7, 1, MeasureStatus.Planned, commitment: $"Regjeringen vil lære ungdom om {Script} på nett."), Measure(8, 2, MeasureStatus.Planned)],
            goals: goals), "a.pdf");
        clock.Set(Firing(Week2));
        Assert.Equal(SummaryRunOutcome.Sent, (await app.FireTimerAsync()).Outcome);

        clock.Set(Week2.AddDays(2));
        await app.SaveReportAsync(Annual("2021-2022", new DateOnly(2022, 9, 10),
            [
                Measure(7, 1, MeasureStatus.InProgress, evidence: $"kurset viste teksten «{Script}» eller «{Image}»", commitment: $"Regjeringen vil lære ungdom om {Script} på nett."),
                Measure(8, 2, MeasureStatus.Planned),
            ],
            title: $"Årsrapport {Script} 2021-2022", goals: goals), "b.pdf");
        var upload = await app.UploadAndIngestAsync($"{Image}.pdf", new byte[2000]);
        Assert.Equal(IngestionOutcomes.Rejected, upload.Outcome);
        clock.Set(Firing(Week3));
        var run = await app.FireTimerAsync();

        Assert.Equal(SummaryRunOutcome.Sent, run.Outcome);
        var mail = (await smtp.WaitForMessagesToAsync(app.Recipient, 2))[^1];
        var html = await smtp.HtmlAsync(mail.Id);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        const string EscapedScript = "&lt;script&gt;alert(1)&lt;/script&gt;";
        const string EscapedImage = "&lt;img src=x onerror=alert(2)&gt;";
        Assert.Contains($"Årsrapport {EscapedScript} 2021-2022", html, StringComparison.Ordinal); // title
        Assert.Contains($"Regjeringen vil lære ungdom om {EscapedScript} på nett.", html, StringComparison.Ordinal); // commitment
        Assert.Contains($"kurset viste teksten «{EscapedScript}» eller «{EscapedImage}»", html, StringComparison.Ordinal); // evidence
        Assert.Contains($"Trygg kommunikasjon {EscapedImage}", html, StringComparison.Ordinal); // goal title
        Assert.Contains($"{app.Prefix}/{EscapedImage}.pdf", html, StringComparison.Ordinal); // upload name
        Assert.Contains($"<title>{mail.Subject}</title>", html, StringComparison.Ordinal);

        // The plain-text part is not HTML: there the words stand as written.
        var text = await smtp.PlainTextAsync(mail.Id);
        Assert.Contains($"kurset viste teksten «{Script}» eller «{Image}»", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invoking_the_function_twice_for_one_period_delivers_one_message()
    {
        var clock = new ManualClock(Week2.AddHours(-1));
        await using var app = App(clock);
        await app.SaveReportAsync(Annual("2020-2021", new DateOnly(2021, 9, 10), Period1), "a.pdf");

        clock.Set(Firing(Week2));
        var first = await app.FireTimerAsync();
        var second = await app.FireTimerAsync();
        clock.Set(Week2.AddHours(3)); // the host restarts and the timer, past due, fires again for Monday
        var late = await app.FireTimerAsync(isPastDue: true);

        Assert.Equal(SummaryRunOutcome.Sent, first.Outcome);
        Assert.Equal(SummaryRunOutcome.AlreadySent, second.Outcome);
        Assert.Equal(SummaryRunOutcome.AlreadySent, late.Outcome);
        Assert.All(new[] { first, second, late }, r => Assert.Equal("2025-01-06T07:00:00Z", r.Period));
        Assert.Equal(first.MessageId, late.MessageId);
        Assert.Single(await smtp.WaitForMessagesToAsync(app.Recipient, 1, TimeSpan.FromSeconds(1.5)));
        var row = await app.SummaryRowAsync("2025-01-06T07:00:00Z");
        Assert.Equal((SummaryStates.Sent, 1), (row!.State, row.Attempts));

        // The next occurrence is a new period, sent even though nothing changed (Summary:SendWhenUnchanged defaults to true).
        clock.Set(Firing(Week3));
        var next = await app.FireTimerAsync();
        Assert.Equal(SummaryRunOutcome.Sent, next.Outcome);
        var mails = await smtp.WaitForMessagesToAsync(app.Recipient, 2);
        Assert.Equal(2, mails.Count);
        Assert.Contains("har ingenting endret seg", await smtp.PlainTextAsync(mails[^1].Id), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Concurrent_invocations_on_several_instances_deliver_one_message_per_period()
    {
        var clock = new ManualClock(Week2.AddHours(-1));
        var prefix = SummaryTestApp.NewPrefix();
        await using var a = App(clock, prefix);
        await using var b = App(clock, prefix);
        await using var c = App(clock, prefix);
        await a.SaveReportAsync(Annual("2020-2021", new DateOnly(2021, 9, 10), Period1), "a.pdf");

        var occurrences = new[] { Week2, Week3, Week4, Week5 };
        var outcomes = new List<SummaryRunOutcome[]>();
        foreach (var occurrence in occurrences)
        {
            clock.Set(Firing(occurrence));
            using var go = new ManualResetEventSlim();
            var runs = new[] { a, b, c }.Select(app => Task.Run(async () =>
            {
                go.Wait();
                return await app.FireTimerAsync();
            })).ToArray();
            go.Set();
            outcomes.Add((await Task.WhenAll(runs)).Select(r => r.Outcome).ToArray());
        }

        Assert.All(outcomes, round =>
        {
            Assert.Equal(1, round.Count(o => o == SummaryRunOutcome.Sent));
            Assert.All(round.Where(o => o != SummaryRunOutcome.Sent), o => Assert.Contains(o, new[] { SummaryRunOutcome.ClaimedElsewhere, SummaryRunOutcome.AlreadySent }));
        });
        var mails = await smtp.WaitForMessagesToAsync(a.Recipient, occurrences.Length, TimeSpan.FromSeconds(1.5));
        Assert.Equal(["(uke 2)", "(uke 3)", "(uke 4)", "(uke 5)"], mails.Select(m => WeekInSubject().Match(m.Subject).Value));
        var rows = await TestApp.AllAsync<SummaryRow>(a.SummaryTables.Summaries, SummaryRow.ScheduledPartition);
        Assert.Equal(occurrences.Length, rows.Count);
        Assert.All(rows, r => Assert.Equal((SummaryStates.Sent, 1), (r.State, r.Attempts)));
    }

    [Fact]
    public async Task A_failed_send_is_recorded_retried_and_reported_in_the_next_summary()
    {
        var clock = new ManualClock(Week2.AddHours(-1));
        var prefix = SummaryTestApp.NewPrefix();
        await using var working = App(clock, prefix);
        await using var broken = App(clock, prefix, new() { ["Smtp:Port"] = ClosedPort().ToString(System.Globalization.CultureInfo.InvariantCulture), ["Smtp:TimeoutSeconds"] = "5" });
        await working.SaveReportAsync(Annual("2020-2021", new DateOnly(2021, 9, 10), Period1), "a.pdf");

        // Week 2: the SMTP server cannot be reached; the function throws so the runtime retries, and the claim says why.
        clock.Set(Firing(Week2));
        await Assert.ThrowsAnyAsync<Exception>(() => broken.FireTimerAsync());
        var failed = await working.SummaryRowAsync("2025-01-06T07:00:00Z");
        Assert.Equal((SummaryStates.Failed, 1), (failed!.State, failed.Attempts));
        Assert.False(string.IsNullOrWhiteSpace(failed.Error));
        Assert.Empty(await smtp.MessagesToAsync(working.Recipient));

        // The retry, five minutes later, takes the failed claim over and sends.
        clock.Advance(TimeSpan.FromMinutes(5));
        var retried = await working.FireTimerAsync();
        Assert.Equal((SummaryRunOutcome.Sent, "2025-01-06T07:00:00Z", 2), (retried.Outcome, retried.Period, retried.Attempts));
        Assert.Single(await smtp.WaitForMessagesToAsync(working.Recipient, 1));

        // Week 3 fails for good; week 4 says so, and carries week 3's changes.
        clock.Set(Week2.AddDays(2));
        await working.SaveReportAsync(Annual("2021-2022", new DateOnly(2022, 9, 10), Period2), "b.pdf");
        clock.Set(Firing(Week3));
        await Assert.ThrowsAnyAsync<Exception>(() => broken.FireTimerAsync());
        clock.Set(Firing(Week4));
        var week4 = await working.FireTimerAsync();

        Assert.Equal(SummaryRunOutcome.Sent, week4.Outcome);
        Assert.Equal(5, week4.Changes);
        var mails = await smtp.WaitForMessagesToAsync(working.Recipient, 2);
        Assert.Equal(2, mails.Count);
        var text = await smtp.PlainTextAsync(mails[^1].Id);
        Assert.Contains("OVERSIKTER SOM IKKE BLE SENDT", text, StringComparison.Ordinal);
        Assert.Contains("- uke 3 2025 (13. januar 2025): ikke sendt etter 1 forsøk. Feil: ", text, StringComparison.Ordinal);
        Assert.Contains("Siden forrige oversikt (uke 2 2025)", text, StringComparison.Ordinal);
        Assert.Contains("Tiltak 5 (mål 2): Pågår -> Fullført", text, StringComparison.Ordinal);
        var week4Row = await working.SummaryRowAsync("2025-01-20T07:00:00Z");
        Assert.Equal("2025-01-06T07:00:00Z", week4Row!.BaselinePeriod);
        Assert.Equal(SummaryStates.Failed, (await working.SummaryRowAsync("2025-01-13T07:00:00Z"))!.State);
    }

    [Fact]
    public async Task A_crashed_claim_is_taken_over_after_the_claim_timeout_and_a_fresh_one_is_left_alone()
    {
        var clock = new ManualClock(Firing(Week2));
        await using var app = App(clock);
        await app.SaveReportAsync(Annual("2020-2021", new DateOnly(2021, 9, 10), Period1), "a.pdf");
        await app.SummaryTables.EnsureCreatedAsync();

        // Another instance claimed week 2 and then died (11 minutes ago; the timeout is 10).
        await app.SummaryTables.Summaries.AddEntityAsync(new SummaryRow
        {
            PartitionKey = SummaryRow.ScheduledPartition, RowKey = "2025-01-06T07:00:00Z", State = SummaryStates.Sending,
            Occurrence = Week2, ClaimedAt = clock.GetUtcNow().AddMinutes(-11), ClaimedBy = "crashed-instance", Attempts = 1,
        });
        clock.Set(Firing(Week2).AddMinutes(1));
        var takenOver = await app.FireTimerAsync(isPastDue: true);

        Assert.Equal((SummaryRunOutcome.Sent, 2), (takenOver.Outcome, takenOver.Attempts));
        Assert.Single(await smtp.WaitForMessagesToAsync(app.Recipient, 1));
        var row = await app.SummaryRowAsync("2025-01-06T07:00:00Z");
        Assert.True(row!.IsPastDue);

        // Week 3 is being sent by another instance right now (claimed a minute ago): this run leaves it alone.
        await app.SummaryTables.Summaries.AddEntityAsync(new SummaryRow
        {
            PartitionKey = SummaryRow.ScheduledPartition, RowKey = "2025-01-13T07:00:00Z", State = SummaryStates.Sending,
            Occurrence = Week3, ClaimedAt = Week3, ClaimedBy = "busy-instance", Attempts = 1,
        });
        clock.Set(Week3.AddMinutes(1));
        var busy = await app.FireTimerAsync();

        Assert.Equal(SummaryRunOutcome.ClaimedElsewhere, busy.Outcome);
        Assert.Single(await smtp.WaitForMessagesToAsync(app.Recipient, 1, TimeSpan.FromSeconds(1)));
        Assert.Equal("busy-instance", (await app.SummaryRowAsync("2025-01-13T07:00:00Z"))!.ClaimedBy);
    }

    [Fact]
    public async Task A_quiet_period_is_skipped_when_SendWhenUnchanged_is_false_and_its_changes_go_in_the_next()
    {
        var clock = new ManualClock(Week2.AddHours(-1));
        await using var app = App(clock, settings: new() { ["Summary:SendWhenUnchanged"] = "false" });
        await app.SaveReportAsync(Annual("2020-2021", new DateOnly(2021, 9, 10), Period1), "a.pdf");

        clock.Set(Firing(Week2));
        Assert.Equal(SummaryRunOutcome.Sent, (await app.FireTimerAsync()).Outcome); // the first summary always goes out
        clock.Set(Firing(Week3));
        var quiet = await app.FireTimerAsync();
        var again = await app.FireTimerAsync();
        clock.Set(Week3.AddDays(1));
        await app.SaveReportAsync(Annual("2021-2022", new DateOnly(2022, 9, 10), Period2), "b.pdf");
        clock.Set(Firing(Week4));
        var busy = await app.FireTimerAsync();

        Assert.Equal(SummaryRunOutcome.Skipped, quiet.Outcome);
        Assert.Equal(SummaryRunOutcome.AlreadySkipped, again.Outcome);
        Assert.Equal(SummaryStates.Skipped, (await app.SummaryRowAsync("2025-01-13T07:00:00Z"))!.State);
        Assert.Equal((SummaryRunOutcome.Sent, 5), (busy.Outcome, busy.Changes));
        var mails = await smtp.WaitForMessagesToAsync(app.Recipient, 2);
        Assert.Equal(["(uke 2)", "(uke 4)"], mails.Select(m => WeekInSubject().Match(m.Subject).Value));
        Assert.Equal("2025-01-06T07:00:00Z", (await app.SummaryRowAsync("2025-01-20T07:00:00Z"))!.BaselinePeriod);
    }

    /// <summary>A goal in the per-goal table: its name row (number, title), then the cells of the counts row under it, tags stripped.</summary>
    private static string[] GoalRow(string html, int goal)
    {
        var rows = Regex.Matches(html, "<tr>(.*?)</tr>", RegexOptions.Singleline).Select(m => m.Groups[1].Value).ToList();
        var index = rows.FindIndex(r => r.Contains($"<strong>Mål {goal}</strong>", StringComparison.Ordinal));
        Assert.True(index >= 0 && index + 1 < rows.Count, $"No row for goal {goal}.");
        var name = Regex.Matches(rows[index], "<(strong|span)[^>]*>(.*?)</\\1>", RegexOptions.Singleline).Select(m => m.Groups[2].Value);
        var counts = Regex.Matches(rows[index + 1], "<td[^>]*>(.*?)</td>", RegexOptions.Singleline).Select(m => m.Groups[1].Value);
        return name.Concat(counts).Select(cell => WebUtility.HtmlDecode(Regex.Replace(cell, "<[^>]+>", "")).Trim()).ToArray();
    }

    private static int ClosedPort()
    {
        using var listener = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port; // closed again when disposed: connections are refused
    }

    [GeneratedRegex(@"^- Tiltak \d+ \(mål \d+\): .*$", RegexOptions.Multiline)]
    private static partial Regex ChangeLines();

    [GeneratedRegex(@"\(uke \d+\)")]
    private static partial Regex WeekInSubject();
}
