using System.Security.Cryptography;
using System.Text;
using IngenAMiste.Functions;
using IngenAMiste.Integration.Tests.Infrastructure;
using IngenAMiste.Reports.Model;
using IngenAMiste.Storage.Ingestion;
using IngenAMiste.Storage.Tables;
using IngenAMiste.Summary;
using IngenAMiste.Summary.Tables;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace IngenAMiste.Integration.Tests.Summary;

/// <summary>A clock the test moves: ingestion and summary read the same one.</summary>
public sealed class ManualClock(DateTimeOffset start) : TimeProvider
{
    private long _ticks = start.UtcTicks;

    public override DateTimeOffset GetUtcNow() => new(Interlocked.Read(ref _ticks), TimeSpan.Zero);

    public void Set(DateTimeOffset time) => Interlocked.Exchange(ref _ticks, time.UtcTicks);

    public void Advance(TimeSpan by) => Interlocked.Add(ref _ticks, by.Ticks);
}

/// <summary>
/// One instance of the Functions worker as the summary tests need it: the worker's registrations
/// (<see cref="FunctionsServices"/>) against Azurite and smtp4dev, with a <see cref="ManualClock"/>. Tables get a prefix
/// of their own; two apps given the same prefix are two instances of one deployment. Mail goes to
/// <see cref="Recipient"/>, an address unique to the deployment, so tests sharing one smtp4dev do not see each other's.
/// </summary>
public sealed class SummaryTestApp : IAsyncDisposable
{
    /// <summary>Monday 6 January 2025, 07:00 UTC: an occurrence of the default schedule (ISO week 2).</summary>
    public static readonly DateTimeOffset Week2 = new(2025, 1, 6, 7, 0, 0, TimeSpan.Zero);

    public const string DashboardUrl = "https://dashbord.example.no/ingen-a-miste?fane=status&visning=mål";

    private readonly ServiceProvider _provider;

    public SummaryTestApp(AzuriteFixture azurite, Smtp4devFixture smtp, ManualClock clock, string? prefix = null, IDictionary<string, string?>? settings = null)
    {
        ArgumentNullException.ThrowIfNull(azurite);
        ArgumentNullException.ThrowIfNull(smtp);
        Clock = clock;
        Prefix = prefix ?? NewPrefix();
        Recipient = $"{Prefix}@mottaker.example.no";
        var values = new Dictionary<string, string?>
        {
            ["ReportStorage"] = azurite.ConnectionString,
            ["Storage:TablePrefix"] = Prefix,
            ["Storage:ParsedContainer"] = "parsed-" + Prefix,
            ["Smtp:Host"] = "127.0.0.1",
            ["Smtp:Port"] = smtp.SmtpPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Smtp:UseStartTls"] = "false",
            ["Smtp:From"] = "Ingen å miste <ingen-a-miste@avsender.example.no>",
            ["Summary:Recipients"] = Recipient,
            ["Summary:DashboardUrl"] = DashboardUrl,
        };
        foreach (var pair in settings ?? new Dictionary<string, string?>())
        {
            values[pair.Key] = pair.Value;
        }

        Configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var services = new ServiceCollection();
        services.AddLogging(l => l.SetMinimumLevel(LogLevel.Warning));
        services.AddSingleton(Configuration);
        services.AddSingleton<TimeProvider>(clock);
        FunctionsServices.Add(services, Configuration);
        _provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }

    public static string NewPrefix() => "s" + Guid.NewGuid().ToString("N")[..12];

    public string Prefix { get; }

    public string Recipient { get; }

    public ManualClock Clock { get; }

    public IConfiguration Configuration { get; }

    public ReportTables Tables => Get<ReportTables>();

    public SummaryTables SummaryTables => Get<SummaryTables>();

    public T Get<T>() where T : notnull => _provider.GetRequiredService<T>();

    /// <summary>Runs the timer function as the worker would: a function class from the container, a timer that fired.</summary>
    public Task<SummaryRunResult> FireTimerAsync(bool isPastDue = false) =>
        ActivatorUtilities.CreateInstance<SendProgressSummary>(_provider).Run(new TimerInfo { IsPastDue = isPastDue }, CancellationToken.None);

    /// <summary>Stores a hand-built parse through the same code path ingestion uses (<see cref="ReportStore.SaveAsync"/>).</summary>
    public Task<ReportRow> SaveReportAsync(ParsedReport report, string fileName)
    {
        ArgumentNullException.ThrowIfNull(report);
        var id = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Prefix + "|" + fileName + "|" + report.Document.ReportPeriod)));
        return Get<ReportStore>().SaveAsync(id, report, $"{Prefix}/{fileName}", 4096, Clock.GetUtcNow());
    }

    /// <summary>Uploads <paramref name="content"/> to <c>reports</c> and runs the blob-triggered function on it.</summary>
    public async Task<IngestionResult> UploadAndIngestAsync(string name, byte[] content)
    {
        await Tables.EnsureCreatedAsync();
        var blob = Tables.ReportsContainer.GetBlobClient($"{Prefix}/{name}");
        await blob.UploadAsync(new BinaryData(content), overwrite: false);
        return await ActivatorUtilities.CreateInstance<IngestReport>(_provider).Run(blob, CancellationToken.None);
    }

    public async Task<SummaryRow?> SummaryRowAsync(string period)
    {
        var response = await SummaryTables.Summaries.GetEntityIfExistsAsync<SummaryRow>(SummaryRow.ScheduledPartition, period);
        return response.HasValue ? response.Value : null;
    }

    public ValueTask DisposeAsync() => _provider.DisposeAsync();
}

/// <summary>Hand-built parses: the shape the parser returns, with the content a test needs.</summary>
public static class Reports
{
    public static readonly Goal[] Goals =
    [
        new(1, "Systematikk og helhet i det selvmordsforebyggende arbeidet"),
        new(2, "Trygg kommunikasjon om selvmord"),
        new(3, "Begrenset tilgang til metode for selvmord"),
    ];

    public static Measure Measure(int number, int goal, MeasureStatus status, string? evidence = null, string? commitment = null) => new()
    {
        Number = number,
        Goal = goal,
        Commitment = commitment ?? $"Regjeringen vil gjennomføre tiltak {number} under mål {goal}.",
        Ministries = ["HOD"],
        Status = status,
        StatusEvidence = evidence ?? $"Tiltak {number}: {status} ifølge rapporten",
        Page = number + 2,
    };

    public static ParsedReport Annual(string period, DateOnly asOf, IReadOnlyList<Measure> measures, string? title = null, IReadOnlyList<Goal>? goals = null) => new()
    {
        Document = new DocumentInfo
        {
            Kind = DocumentKinds.AnnualReport,
            Title = title ?? $"Årsrapport {period} for Handlingsplan for forebygging av selvmord 2020-2025 – Ingen å miste",
            PlanPeriod = "2020-2025",
            ReportPeriod = period,
            AsOf = asOf,
            MeasureCountStated = 61,
            GoalCount = (goals ?? Goals).Count,
            PageCount = 12,
        },
        Goals = goals ?? Goals,
        Measures = measures,
    };
}
