using System.Globalization;
using NCrontab;

namespace IngenAMiste.Summary.Scheduling;

/// <summary>
/// The summary's schedule: a six-field NCRONTAB expression in UTC, the format of the Functions timer trigger (which
/// uses NCrontab too). Every occurrence is one period; <see cref="PeriodOf"/> maps the moment a timer fires to its
/// occurrence deterministically, so two instances, a late (past-due) firing and a retry all get the same period key.
/// </summary>
public sealed class SummarySchedule
{
    /// <summary>A timer may fire a little before its occurrence (timer resolution, clock skew between instances).</summary>
    public static readonly TimeSpan EarlyFiringTolerance = TimeSpan.FromSeconds(5);

    private static readonly TimeSpan[] Lookbacks =
        [TimeSpan.FromHours(1), TimeSpan.FromDays(2), TimeSpan.FromDays(40), TimeSpan.FromDays(400), TimeSpan.FromDays(3000)];

    private readonly CrontabSchedule _cron;

    private SummarySchedule(string expression, CrontabSchedule cron)
    {
        Expression = expression;
        _cron = cron;
    }

    public string Expression { get; }

    public static bool TryParse(string? expression, out SummarySchedule? schedule)
    {
        schedule = null;
        if (string.IsNullOrWhiteSpace(expression))
        {
            return false;
        }

        var trimmed = expression.Trim();
        if (trimmed.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length != 6)
        {
            return false;
        }

        var cron = CrontabSchedule.TryParse(trimmed, new CrontabSchedule.ParseOptions { IncludingSeconds = true });
        if (cron is null || cron.GetNextOccurrence(DateTime.UnixEpoch, DateTime.UnixEpoch.AddYears(10)) >= DateTime.UnixEpoch.AddYears(10))
        {
            return false; // unparsable, or never occurs (e.g. 30 February)
        }

        schedule = new SummarySchedule(trimmed, cron);
        return true;
    }

    public static SummarySchedule Parse(string expression) =>
        TryParse(expression, out var schedule) ? schedule! : throw new FormatException($"'{expression}' is not a six-field NCRONTAB expression.");

    /// <summary>
    /// The occurrence a run at <paramref name="now"/> belongs to: the latest occurrence at or before it, or the next one
    /// when that is only moments away (a timer firing early). A past-due run (the host was down) belongs to the latest
    /// occurrence, so the period is sent once, late, and missed earlier periods are folded into it.
    /// </summary>
    public DateTimeOffset PeriodOf(DateTimeOffset now)
    {
        var latest = LatestAtOrBefore(now);
        var next = Next(now);
        var tolerance = TimeSpan.FromTicks(Math.Min(EarlyFiringTolerance.Ticks, (next - latest).Ticks / 4));
        return next - now <= tolerance ? next : latest;
    }

    /// <summary>The first occurrence strictly after <paramref name="time"/>.</summary>
    public DateTimeOffset Next(DateTimeOffset time) => Utc(_cron.GetNextOccurrence(time.UtcDateTime));

    /// <summary>The last occurrence strictly before <paramref name="occurrence"/>.</summary>
    public DateTimeOffset Previous(DateTimeOffset occurrence) => LatestAtOrBefore(occurrence.AddTicks(-TimeSpan.TicksPerSecond));

    /// <summary>The latest occurrence at or before <paramref name="time"/> (occurrences fall on whole seconds).</summary>
    public DateTimeOffset LatestAtOrBefore(DateTimeOffset time)
    {
        var end = time.UtcDateTime;
        foreach (var lookback in Lookbacks)
        {
            DateTime? last = null;
            foreach (var occurrence in _cron.GetNextOccurrences(end - lookback, end.AddTicks(1)))
            {
                last = occurrence;
            }

            if (last is { } found)
            {
                return Utc(found);
            }
        }

        throw new InvalidOperationException($"The schedule '{Expression}' has no occurrence in the {Lookbacks[^1].TotalDays:0} days before {time:O}.");
    }

    /// <summary>The period's row key: the occurrence in UTC, ISO 8601, so keys sort by time ("2025-01-06T07:00:00Z").</summary>
    public static string Key(DateTimeOffset occurrence) =>
        occurrence.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static DateTimeOffset Utc(DateTime time) => new(DateTime.SpecifyKind(time, DateTimeKind.Utc));
}
