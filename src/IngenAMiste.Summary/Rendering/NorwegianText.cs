using System.Globalization;
using IngenAMiste.Reports;
using IngenAMiste.Reports.Model;

namespace IngenAMiste.Summary.Rendering;

/// <summary>
/// Dates, numbers and words in bokmål without relying on the machine's culture data (the worker may run with
/// invariant globalization): month and day names are spelled out here, times are shown in Norwegian time.
/// </summary>
public static class NorwegianText
{
    private static readonly string[] Months =
        ["januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "desember"];

    private static readonly string[] Days = ["søndag", "mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag"];

    private static readonly TimeZoneInfo? Oslo = FindOslo();

    /// <summary>The moment in Norwegian time (Europe/Oslo), or UTC where the time zone data is missing.</summary>
    public static DateTimeOffset Local(DateTimeOffset time) => Oslo is null ? time.ToUniversalTime() : TimeZoneInfo.ConvertTime(time, Oslo);

    /// <summary>"6. januar 2025".</summary>
    public static string Date(DateTimeOffset time)
    {
        var local = Local(time);
        return string.Create(CultureInfo.InvariantCulture, $"{local.Day}. {Months[local.Month - 1]} {local.Year}");
    }

    /// <summary>"mandag 6. januar 2025".</summary>
    public static string DayAndDate(DateTimeOffset time) => Days[(int)Local(time).DayOfWeek] + " " + Date(time);

    /// <summary>"6. januar 2025 kl. 08:00" (with "UTC" where Norwegian time is unknown).</summary>
    public static string DateTime(DateTimeOffset time)
    {
        var local = Local(time);
        return string.Create(CultureInfo.InvariantCulture, $"{Date(time)} kl. {local.Hour:00}:{local.Minute:00}{(Oslo is null ? " UTC" : "")}");
    }

    /// <summary>ISO 8601 week and week-year of the day in Norwegian time ("uke 2 2025").</summary>
    public static string Week(DateTimeOffset time)
    {
        var day = Local(time).DateTime;
        return string.Create(CultureInfo.InvariantCulture, $"uke {ISOWeek.GetWeekOfYear(day)} {ISOWeek.GetYear(day)}");
    }

    /// <summary>"uke 2".</summary>
    public static string WeekNumber(DateTimeOffset time) =>
        string.Create(CultureInfo.InvariantCulture, $"uke {ISOWeek.GetWeekOfYear(Local(time).DateTime)}");

    /// <summary>"2025-01-06" in Norwegian time.</summary>
    public static string IsoDate(DateTimeOffset time) => Local(time).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The Norwegian label of a status code; the code itself if unknown.</summary>
    public static string Status(string? code)
    {
        if (string.IsNullOrEmpty(code))
        {
            return "Ikke omtalt";
        }

        try
        {
            return Glossary.NorwegianStatus(code);
        }
        catch (FormatException)
        {
            return code;
        }
    }

    public static string Status(MeasureStatus status) => Glossary.Norwegian(status);

    /// <summary>"+3", "−2", "±0".</summary>
    public static string Delta(int delta) => delta switch
    {
        > 0 => "+" + delta.ToString(CultureInfo.InvariantCulture),
        < 0 => "\u2212" + (-delta).ToString(CultureInfo.InvariantCulture),
        _ => "\u00B10",
    };

    /// <summary>"23 %" (Norwegian puts a space before the sign).</summary>
    public static string Percent(int part, int whole) =>
        whole == 0 ? "0 %" : Math.Round(100.0 * part / whole, MidpointRounding.AwayFromZero).ToString("0", CultureInfo.InvariantCulture) + "\u00A0%";

    public static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>"1 tiltak" / "2 tiltak", "1 rapport" / "2 rapporter".</summary>
    public static string Count(int n, string one, string many) => Number(n) + " " + (n == 1 ? one : many);

    /// <summary>The kind of document, in Norwegian.</summary>
    public static string Kind(string kind) => kind switch
    {
        DocumentKinds.AnnualReport => "Årsrapport",
        DocumentKinds.Presentation => "Presentasjon",
        _ => "Annet dokument",
    };

    /// <summary>Shortens text to <paramref name="max"/> characters at a word boundary, with an ellipsis.</summary>
    public static string Shorten(string? text, int max)
    {
        var value = (text ?? "").Trim();
        if (value.Length <= max)
        {
            return value;
        }

        var cut = value.LastIndexOf(' ', max - 1);
        return (cut > max / 2 ? value[..cut] : value[..(max - 1)]).TrimEnd(' ', ',', '.', ';', ':') + "\u2026";
    }

    private static TimeZoneInfo? FindOslo()
    {
        foreach (var id in new[] { "Europe/Oslo", "W. Europe Standard Time" })
        {
            try
            {
                return TimeZoneInfo.FindSystemTimeZoneById(id);
            }
            catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException)
            {
            }
        }

        return null;
    }
}
