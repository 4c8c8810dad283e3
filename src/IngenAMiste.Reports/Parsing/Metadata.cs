using System.Globalization;
using System.Text.RegularExpressions;
using IngenAMiste.Reports.Extraction;

namespace IngenAMiste.Reports.Parsing;

internal sealed record MetadataResult(string? Title, string? PlanPeriod, string? ReportPeriod, DateOnly? AsOf, int? MeasureCountStated);

/// <summary>
/// Reads document metadata from the first page(s): the title (largest type at the top of page 1, subtitle after " - "
/// dropped), the plan period (the multi-year span of the plan, "2020-2025"), the report period ("Første driftsår
/// 2020-2021", "Årsrapport 2022"), the as-of date ("pr. 10. september 2021") and the stated number of measures
/// ("Planen inneholder 61 tiltak").
/// </summary>
internal static partial class Metadata
{
    public static MetadataResult Read(ExtractedDocument document, List<Paragraph> paragraphs, StructureResult structure)
    {
        var title = ReadTitle(document);
        var firstHeading = structure.Measures.Count > 0 ? structure.Measures[0].Heading : null;
        // The first three pages with body text (a title page and a table of contents can come before the introduction).
        var introPages = paragraphs.Select(p => p.Page).Distinct().Take(3).ToHashSet();
        var intro = paragraphs.TakeWhile(p => !ReferenceEquals(p, firstHeading)).Where(p => p.Page <= 3 || introPages.Contains(p.Page)).Take(40).Select(p => p.Text).ToList();
        var introText = string.Join(" ", intro);
        var head = (title ?? string.Empty) + " " + introText;

        string? planPeriod = null;
        string? reportPeriod = null;
        foreach (Match m in YearRange().Matches(head))
        {
            var from = int.Parse(m.Groups["a"].Value, CultureInfo.InvariantCulture);
            var to = int.Parse(m.Groups["b"].Value, CultureInfo.InvariantCulture);
            if (to < 100)
            {
                to += from / 100 * 100;
            }

            if (to <= from || to - from > 20)
            {
                continue;
            }

            var span = $"{from}-{to}";
            if (to - from >= 3)
            {
                planPeriod ??= span;
            }
            else
            {
                reportPeriod ??= span;
            }
        }

        if (reportPeriod is null && DateRange().Match(head) is { Success: true } range)
        {
            // "perioden 1. juli 2022 – 30. juni 2023", "fra 1.1.2023 til 31.12.2023": the years of the dates that bound it.
            var from = int.Parse(range.Groups["a"].Value, CultureInfo.InvariantCulture);
            var to = int.Parse(range.Groups["b"].Value, CultureInfo.InvariantCulture);
            reportPeriod = to == from ? $"{from}" : to == from + 1 ? $"{from}-{to}" : null;
        }

        if (reportPeriod is null && planPeriod is not null && FinalReport().IsMatch(head))
        {
            // A final report ("Sluttrapport") reports on the whole plan period.
            reportPeriod = planPeriod;
        }

        if (reportPeriod is null)
        {
            var single = ReportYear().Match(head);
            if (single.Success)
            {
                reportPeriod = single.Groups["y"].Value;
            }
        }

        return new MetadataResult(title, planPeriod, reportPeriod, ReadAsOf(head), ReadMeasureCount(introText));
    }

    private static string? ReadTitle(ExtractedDocument document)
    {
        var page = document.Pages.FirstOrDefault(p => p.Blocks.Count > 0);
        if (page is null)
        {
            return document.InfoTitle;
        }

        var lines = page.Blocks.SelectMany(b => b.Lines).ToList();
        var maxSize = lines.Max(l => l.FontSize);
        var bodySize = document.Blocks.SelectMany(b => b.Lines).GroupBy(l => l.FontSize).MaxBy(g => g.Sum(l => l.Text.Length))!.Key;
        if (maxSize <= bodySize + 0.5 && document.InfoTitle is not null)
        {
            return document.InfoTitle;
        }

        // The largest-type lines at the top of the page, in reading order, until other text intervenes.
        var titleLines = new List<string>();
        var started = false;
        foreach (var line in page.Blocks.SelectMany(b => b.Lines))
        {
            if (Math.Abs(line.FontSize - maxSize) < 0.6)
            {
                titleLines.Add(line.Text);
                started = true;
            }
            else if (started)
            {
                break;
            }
        }

        var title = TextNormalizer.JoinLines(titleLines);
        var subtitle = title.IndexOf(" - ", StringComparison.Ordinal);
        if (subtitle > 0)
        {
            title = title[..subtitle].Trim();
        }

        return title.Length == 0 ? document.InfoTitle : title;
    }

    /// <summary>
    /// The date the report's status is given at: "Status per 1. desember 2023", "pr. 30.09.2023", "per 2023-09-30" first;
    /// failing those, when it was dated or updated ("Oppdatert 15.09.2023", "Dato: 20. januar 2024", "Oslo, 15. september 2023").
    /// </summary>
    private static DateOnly? ReadAsOf(string text)
    {
        (int Index, DateOnly Date)? weak = null;
        foreach (var m in AsOfWords().Matches(text).Concat(AsOfDigits().Matches(text)).OrderBy(m => m.Index))
        {
            var monthText = m.Groups["m"].Value;
            var month = char.IsDigit(monthText[0]) ? int.Parse(monthText, CultureInfo.InvariantCulture) : NorwegianCalendar.MonthNumber(monthText.ToLowerInvariant());
            if (month <= 0 || !TryDate(m.Groups["y"].Value, month, m.Groups["d"].Value, out var date))
            {
                continue;
            }

            if (!m.Groups["weak"].Success)
            {
                return date;
            }

            weak ??= (m.Index, date);
        }

        return weak?.Date;
    }

    private static bool TryDate(string year, int month, string day, out DateOnly date)
    {
        date = default;
        if (!int.TryParse(year, CultureInfo.InvariantCulture, out var y) || !int.TryParse(day, CultureInfo.InvariantCulture, out var d))
        {
            return false;
        }

        if (month is < 1 or > 12 || d < 1 || d > DateTime.DaysInMonth(y, month))
        {
            return false;
        }

        date = new DateOnly(y, month, d);
        return true;
    }

    private static int? ReadMeasureCount(string intro)
    {
        var m = MeasureCount().Match(intro);
        return m.Success ? int.Parse(m.Groups["n"].Value, CultureInfo.InvariantCulture) : null;
    }

    [GeneratedRegex(@"(?<!\d)(?<a>(?:19|20)\d{2})\s*[-–—/]\s*(?<b>(?:19|20)\d{2}|\d{2})(?!\d)")]
    private static partial Regex YearRange();

    [GeneratedRegex(@"(?:\d{1,2}\.\s*(?:januar|februar|mars|april|mai|juni|juli|august|september|oktober|november|desember)\s+|\d{1,2}\.\d{1,2}\.)(?<a>(?:19|20)\d{2})\s*(?:[-–—]|til)\s*(?:\d{1,2}\.\s*(?:januar|februar|mars|april|mai|juni|juli|august|september|oktober|november|desember)\s+|\d{1,2}\.\d{1,2}\.)(?<b>(?:19|20)\d{2})\b", RegexOptions.IgnoreCase)]
    private static partial Regex DateRange();

    [GeneratedRegex(@"(?:Årsrapport|[Rr]apport(?:ering)?|[Dd]riftsår|[Ss]tatus)\D{0,20}?(?<y>(?:19|20)\d{2})\b")]
    private static partial Regex ReportYear();

    [GeneratedRegex(@"(?:\b(?:pr\.?|per|status(?:dato)?|stand|(?<weak>dato|oppdatert|datert))(?:\s+ved\s+(?:utgangen|slutten|enden)\s+av\s+[\p{L}-]+\s*,?)?\s*:?\s*|\b(?<weak>(?-i:Oslo|Bergen|Trondheim))\s*,\s*(?:den\s+)?)(?<d>\d{1,2})\.?\s*(?<m>januar|februar|mars|april|mai|juni|juli|august|september|oktober|november|desember)\s+(?<y>(?:19|20)\d{2})", RegexOptions.IgnoreCase)]
    private static partial Regex AsOfWords();

    [GeneratedRegex(@"\b(?:pr\.?|per|status(?:dato)?|stand|(?<weak>dato|oppdatert|datert))(?:\s+ved\s+(?:utgangen|slutten|enden)\s+av\s+[\p{L}-]+\s*,?)?\s*:?\s*(?:(?<d>\d{1,2})\.(?<m>\d{1,2})\.(?<y>(?:19|20)\d{2})|(?<y>(?:19|20)\d{2})-(?<m>\d{2})-(?<d>\d{2}))\b", RegexOptions.IgnoreCase)]
    private static partial Regex AsOfDigits();

    /// <summary>A final report of the plan: "Sluttrapport", "sluttrapporten", or a report on "hele/heile planperioden".</summary>
    [GeneratedRegex(@"\b(?:[Ss]luttrapport|SLUTTRAPPORT|[Ss]luttrapporten|hei?le\s+planperioden)\b")]
    private static partial Regex FinalReport();

    [GeneratedRegex(@"(?<![\d.,])(?<n>\d{1,3})\s+(?:ulike\s+|konkrete\s+)?tiltak(?:ene)?\b", RegexOptions.IgnoreCase)]
    private static partial Regex MeasureCount();
}
