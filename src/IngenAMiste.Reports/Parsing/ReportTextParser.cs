using System.Globalization;
using System.Text.RegularExpressions;
using IngenAMiste.Reports.Extraction;
using IngenAMiste.Reports.Model;
using IngenAMiste.Reports.Status;

namespace IngenAMiste.Reports.Parsing;

/// <summary>
/// Interprets an <see cref="ExtractedDocument"/>: document metadata, goals (Mål), measures (Tiltak) with commitment,
/// ministries, narrative, status, funding and links; for documents without measure sections, the measures they
/// mention (against a <see cref="MeasureCatalog"/>). Never throws for odd content: it warns instead.
/// </summary>
public static partial class ReportTextParser
{
    /// <summary>Fewer measures than this and the document is not treated as an annual report.</summary>
    private const int MinMeasuresForReport = 3;

    /// <summary>Below this many measures the cost of starting parallel work outweighs the gain.</summary>
    private const int MinMeasuresForParallel = 8;

    public static ParsedReport Parse(ExtractedDocument document, MeasureCatalog? catalog = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        var warnings = new List<string>(document.Warnings);
        var paragraphs = Paragraphs.Build(document);
        cancellationToken.ThrowIfCancellationRequested();

        var structure = StructureReader.Read(paragraphs, BodyFontSize(document), warnings, cancellationToken);
        var margin = LeftMargin(paragraphs);
        var measures = CompleteAll(structure.Measures, margin, warnings, cancellationToken);

        var meta = Metadata.Read(document, paragraphs, structure);
        var kind = measures.Count >= MinMeasuresForReport
            ? DocumentKinds.AnnualReport
            : LooksLikePresentation(document) ? DocumentKinds.Presentation : DocumentKinds.Other;

        var goals = structure.Goals;
        IReadOnlyList<Mention> mentions = [];
        if (kind != DocumentKinds.AnnualReport)
        {
            if (measures.Count > 0)
            {
                warnings.Add($"Only {measures.Count} measure section(s) found; not enough for an annual report, so they are reported as mentions.");
            }

            measures.Clear();
            if (catalog is not null && catalog.Entries.Count > 0)
            {
                mentions = MentionMatcher.Find(paragraphs, catalog, cancellationToken);
            }

            if (kind == DocumentKinds.Other)
            {
                warnings.Add("No recognisable report structure (no Mål/Tiltak sections) and not a presentation; kind set to 'other'.");
            }
        }
        else
        {
            CheckNumbering(measures, structure, meta.MeasureCountStated, warnings);
        }

        var planPeriod = meta.PlanPeriod;
        if (planPeriod is null && mentions.Count > 0 && catalog?.PlanPeriod is not null)
        {
            planPeriod = catalog.PlanPeriod;
        }

        return new ParsedReport
        {
            Document = new DocumentInfo
            {
                Kind = kind,
                Title = meta.Title,
                PlanPeriod = planPeriod,
                ReportPeriod = kind == DocumentKinds.AnnualReport ? meta.ReportPeriod : null,
                AsOf = kind == DocumentKinds.AnnualReport ? meta.AsOf : null,
                MeasureCountStated = meta.MeasureCountStated,
                GoalCount = goals.Count,
                PageCount = document.PageCount,
            },
            Goals = goals,
            Measures = measures,
            Mentions = mentions,
            Warnings = warnings,
        };
    }

    /// <summary>
    /// Each measure is read from its own narrative only, so the measures are completed on all cores; the results and their
    /// warnings keep the document's order.
    /// </summary>
    private static List<Measure> CompleteAll(IReadOnlyList<MeasureDraft> drafts, double margin, List<string> warnings, CancellationToken cancellationToken)
    {
        var done = new Measure[drafts.Count];
        var ownWarnings = new List<string>[drafts.Count];
        void CompleteOne(int i)
        {
            cancellationToken.ThrowIfCancellationRequested();
            ownWarnings[i] = [];
            done[i] = Complete(drafts[i], margin, ownWarnings[i]);
        }

        if (drafts.Count < MinMeasuresForParallel || Environment.ProcessorCount == 1)
        {
            for (var i = 0; i < drafts.Count; i++)
            {
                CompleteOne(i);
            }
        }
        else
        {
            try
            {
                Parallel.For(0, drafts.Count, new ParallelOptions { CancellationToken = cancellationToken }, CompleteOne);
            }
            catch (AggregateException ae) when (ae.Flatten().InnerExceptions is [var only])
            {
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(only).Throw();
            }
        }

        foreach (var own in ownWarnings)
        {
            warnings.AddRange(own);
        }

        return [.. done];
    }

    private static Measure Complete(MeasureDraft draft, double margin, List<string> warnings)
    {
        var narrative = string.Join("\n", draft.Narrative.Where(p => p.Text.Length > 0).Select(p => p.Text));
        // The field block ("Mål: 3", "Status: …", "Bevilgning 2024: …") is in the narrative text but is not judged as narrative.
        var paragraphs = draft.Narrative.Where(p => p.Text.Length > 0 && !draft.FieldParagraphs.Contains(p))
            .Select(p => new NarrativeParagraph(p.Text, p.Lines[0].Left > margin + 6 || ListBullet().IsMatch(p.Text)))
            .ToList();
        StatusResult status;
        IReadOnlyList<Funding> funding;
        if (draft.Group is { Count: > 1 } group)
        {
            // Reported jointly: judged by the shared narrative without the sentences about other members; a sentence about
            // this member alone decides when it states a status.
            var (shared, own) = JointMeasures.ForMember(paragraphs, draft.Number, group.Select(m => m.Number).ToHashSet());
            var ownStatus = own.Count > 0 ? StatusClassifier.Classify(own, draft.Commitment) : null;
            status = StatusField.Decide(draft.StatusField, ownStatus?.Evidence is not null ? ownStatus : StatusClassifier.Classify(shared, draft.Commitment));
            funding = FundingExtractor.Extract(string.Join("\n", shared.Select(p => p.Text)));
        }
        else
        {
            status = StatusField.Decide(draft.StatusField, StatusClassifier.Classify(paragraphs, draft.Commitment));
            funding = FundingExtractor.Extract(narrative);
        }
        var guessed = false;
        if (status.Evidence is null && WordPrior.Guess(narrative) is { } guess)
        {
            // No phrase of the table matched: the status the narrative's words point to, rather than "planned" by default.
            status = guess;
            guessed = true;
        }

        var urls = UrlExtractor.Collect(draft.AllParagraphs.SelectMany(p => p.LinkUris), [draft.Commitment, narrative]);

        if (draft.Goal <= 0)
        {
            warnings.Add($"Measure {draft.Number} (page {draft.Page}) has no goal: no goal heading (Mål N) or goal field comes before it; goal is 0.");
        }

        if (draft.Ministries.Count == 0)
        {
            warnings.Add($"Measure {draft.Number} (page {draft.Page}) has no ministry line (Ansvarlig departement).");
        }

        if (guessed)
        {
            warnings.Add($"Measure {draft.Number} (page {draft.Page}): no status phrase matched; status guessed as {status.Status.ToCode()} from the words of its narrative (check it).");
        }
        else if (status.Evidence is null)
        {
            warnings.Add($"Measure {draft.Number} (page {draft.Page}) has no status evidence in its narrative; status defaults to {status.Status.ToCode()}.");
        }

        return new Measure
        {
            Number = draft.Number,
            Goal = draft.Goal,
            Commitment = draft.Commitment,
            Ministries = draft.Ministries,
            Status = status.Status,
            StatusEvidence = status.Evidence,
            StatusConfidence = status.Confidence,
            StatusExplanation = status.Explanation,
            Funding = funding,
            Urls = urls,
            Narrative = narrative.Length == 0 ? null : narrative,
            Page = draft.Page,
        };
    }

    private static void CheckNumbering(List<Measure> measures, StructureResult structure, int? stated, List<string> warnings)
    {
        if (measures.Count == 0)
        {
            return;
        }

        var numbers = measures.Select(m => m.Number).ToHashSet();
        var max = numbers.Max();
        var missing = Enumerable.Range(1, max).Where(n => !numbers.Contains(n)).ToList();
        if (missing.Count > 0)
        {
            warnings.Add($"Gap in measure numbering: {FormatRanges(missing)} not found.");
        }

        if (structure.DuplicateMeasures.Count * 2 > measures.Count)
        {
            var times = structure.DuplicateMeasures.Values.Max(p => p.Count) + 1;
            warnings.Add($"The document appears to repeat its content: {structure.DuplicateMeasures.Count} of {measures.Count} measure numbers occur more than once (up to {times} times); only the first occurrence of each is kept.");
        }

        foreach (var (number, pages) in structure.DuplicateMeasures.OrderBy(kv => kv.Key))
        {
            warnings.Add($"Measure {number} appears {pages.Count + 1} times; kept the first (page {measures.First(m => m.Number == number).Page}), ignored the others (pages {FormatPages(pages)}).");
        }

        foreach (var (number, pages) in structure.DuplicateGoals.OrderBy(kv => kv.Key))
        {
            warnings.Add($"Goal {number} appears {pages.Count + 1} times; kept the first.");
        }

        if (stated is not null && stated.Value != measures.Count)
        {
            warnings.Add($"The text states {stated} measures (tiltak), but {measures.Count} were found.");
        }
    }

    private static string FormatPages(List<int> pages) =>
        pages.Count <= 8 ? string.Join(", ", pages) : string.Join(", ", pages.Take(8)) + $" and {pages.Count - 8} more";

    private static string FormatRanges(List<int> numbers)
    {
        var parts = new List<string>();
        for (var i = 0; i < numbers.Count;)
        {
            var j = i;
            while (j + 1 < numbers.Count && numbers[j + 1] == numbers[j] + 1)
            {
                j++;
            }

            parts.Add(i == j ? numbers[i].ToString(CultureInfo.InvariantCulture) : $"{numbers[i]}-{numbers[j]}");
            i = j + 1;
        }

        return string.Join(", ", parts);
    }

    /// <summary>The left edge of body text (most common line start), to tell indented list items.</summary>
    private static double LeftMargin(List<Paragraph> paragraphs)
    {
        var counts = new Dictionary<double, int>();
        foreach (var line in paragraphs.SelectMany(p => p.Lines))
        {
            var key = Math.Round(line.Left / 2) * 2;
            counts[key] = counts.GetValueOrDefault(key) + 1;
        }

        return counts.Count == 0 ? 0 : counts.MaxBy(kv => kv.Value).Key;
    }

    [GeneratedRegex(@"^(?:[•▪◦●○■□‣⁃∙·*]|[-–—]\s)")]
    private static partial Regex ListBullet();

    private static double BodyFontSize(ExtractedDocument document)
    {
        var counts = new Dictionary<double, int>();
        foreach (var line in document.Blocks.SelectMany(b => b.Lines))
        {
            counts[line.FontSize] = counts.GetValueOrDefault(line.FontSize) + line.Text.Length;
        }

        return counts.Count == 0 ? 0 : counts.MaxBy(kv => kv.Value).Key;
    }

    private static bool LooksLikePresentation(ExtractedDocument document)
    {
        var pages = document.Pages.Where(p => p.Width > 0).ToList();
        if (pages.Count == 0)
        {
            return false;
        }

        var landscape = pages.Count(p => p.IsLandscape);
        return landscape * 2 > pages.Count;
    }
}
