using System.Text;
using IngenAMiste.Reports;
using IngenAMiste.Reports.Model;
using IngenAMiste.Storage.Ingestion;
using IngenAMiste.Storage.Progress;
using IngenAMiste.Summary.Model;
using static IngenAMiste.Summary.Rendering.NorwegianText;

namespace IngenAMiste.Summary.Rendering;

/// <summary>A summary ready to send: subject, HTML body and its plain-text alternative.</summary>
public sealed record RenderedSummary(string Subject, string Html, string Text);

/// <summary>
/// Renders a <see cref="ProgressSummary"/> in bokmål. The HTML is e-mail HTML: nested tables, inline styles, 600 px
/// wide at most (narrower screens get the full width), no images, fonts, scripts or anything else fetched from outside.
/// Every string that comes from a report or an upload (titles, commitments, evidence, file names, reasons) is
/// HTML-encoded, and so is everything else that is not a literal of this class.
/// </summary>
public static class SummaryRenderer
{
    public const string PlanName = "Ingen å miste";
    private const string Font = "Arial,Helvetica,sans-serif";
    private const string Ink = "#1f2937";
    private const string Muted = "#6b7280";
    private const string Rule = "#e5e7eb";
    private const string Brand = "#1e3a5f";
    private const int MaxCommitment = 280;
    private const int MaxEvidence = 300;
    private const int MaxReason = 600;

    public static RenderedSummary Render(ProgressSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var subject = Subject(summary);
        return new RenderedSummary(subject, Html(summary, subject), Text(summary));
    }

    public static string Subject(ProgressSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var builder = new StringBuilder($"{PlanName} – status {Date(summary.Occurrence)} ({WeekNumber(summary.Occurrence)}): ");
        if (summary.Counts.Total == 0)
        {
            builder.Append("ingen tiltak lest inn ennå");
        }
        else
        {
            builder.Append($"{Number(summary.Counts.Completed)} av {Count(summary.Counts.Total, "tiltak", "tiltak")} fullført");
            builder.Append(summary.IsFirst ? ", første oversikt" : $", {Number(summary.Changes.Count)} endret status");
        }

        if (summary.Problems.Count > 0)
        {
            builder.Append($", {Count(summary.Problems.Count, "opplasting", "opplastinger")} må følges opp");
        }

        return builder.ToString();
    }

    /// <summary>
    /// HTML-encodes text for element content and double-quoted attributes: <c>&amp; &lt; &gt; " '</c>. Everything else,
    /// Norwegian letters included, stays as it is (the body is UTF-8).
    /// </summary>
    public static string E(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var builder = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            switch (c)
            {
                case '&': builder.Append("&amp;"); break;
                case '<': builder.Append("&lt;"); break;
                case '>': builder.Append("&gt;"); break;
                case '"': builder.Append("&quot;"); break;
                case '\'': builder.Append("&#39;"); break;
                default: builder.Append(c); break;
            }
        }

        return builder.ToString();
    }

    private static string StatusColour(string? code) => code switch
    {
        "not_started" => "#4b5563",
        "planned" => "#1d4ed8",
        "in_progress" => "#a16207",
        "completed" => "#15803d",
        _ => Muted,
    };

    private static string StatusBackground(string? code) => code switch
    {
        "not_started" => "#f3f4f6",
        "planned" => "#dbeafe",
        "in_progress" => "#fef3c7",
        "completed" => "#dcfce7",
        _ => "#f3f4f6",
    };

    private static string Pill(string? code) =>
        $"<span style=\"display:inline-block;padding:1px 8px;border-radius:10px;background:{StatusBackground(code)};color:{StatusColour(code)};font-size:13px;font-weight:bold;white-space:nowrap;\">{E(Status(code))}</span>";

    private static string Html(ProgressSummary s, string subject)
    {
        var h = new StringBuilder(16_384);
        h.Append("<!DOCTYPE html>\n<html lang=\"nb\" xmlns=\"http://www.w3.org/1999/xhtml\">\n<head>\n<meta charset=\"utf-8\">\n")
         .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<meta name=\"x-apple-disable-message-reformatting\">\n")
         .Append("<title>").Append(E(subject)).Append("</title>\n</head>\n")
         .Append($"<body style=\"margin:0;padding:0;background:#f3f4f6;color:{Ink};font-family:{Font};\">\n")
         .Append("<table role=\"presentation\" width=\"100%\" cellpadding=\"0\" cellspacing=\"0\" border=\"0\" style=\"background:#f3f4f6;\"><tr><td align=\"center\" style=\"padding:12px 4px;\">\n")
         .Append("<!--[if mso]><table role=\"presentation\" width=\"600\" cellpadding=\"0\" cellspacing=\"0\" border=\"0\"><tr><td><![endif]-->\n")
         .Append($"<table role=\"presentation\" width=\"100%\" cellpadding=\"0\" cellspacing=\"0\" border=\"0\" style=\"width:100%;max-width:600px;background:#ffffff;border:1px solid {Rule};font-family:{Font};font-size:15px;line-height:1.45;color:{Ink};\">\n");

        // Heading.
        h.Append($"<tr><td style=\"padding:20px 20px;background:{Brand};color:#ffffff;\">")
         .Append("<div style=\"font-size:13px;color:#cbd5e1;\">Handlingsplan for forebygging av selvmord – ").Append(E(PlanName)).Append("</div>")
         .Append("<div style=\"font-size:22px;font-weight:bold;margin-top:4px;\">Statusoppdatering ").Append(E(Week(s.Occurrence))).Append("</div>")
         .Append("<div style=\"font-size:14px;color:#e2e8f0;margin-top:2px;\">").Append(E(DayAndDate(s.Occurrence))).Append("</div>")
         .Append("</td></tr>\n");

        // Intro: what is new since the last summary.
        h.Append("<tr><td style=\"padding:18px 20px 4px 20px;\">");
        foreach (var line in IntroLines(s))
        {
            h.Append("<p style=\"margin:0 0 6px 0;\">").Append(E(line)).Append("</p>");
        }

        h.Append("</td></tr>\n");

        // Overall counts.
        h.Append(SectionStart("Status for alle tiltak"));
        if (s.Counts.Total == 0)
        {
            h.Append("<p style=\"margin:0;\">Ingen tiltak er lest inn ennå. Last opp en årsrapport (PDF) til containeren «reports».</p>");
        }
        else
        {
            h.Append("<table role=\"presentation\" width=\"100%\" cellpadding=\"0\" cellspacing=\"0\" border=\"0\"><tr>");
            var first = true;
            foreach (var status in Glossary.StatusOrder)
            {
                if (!first)
                {
                    h.Append("<td width=\"6\" style=\"font-size:0;line-height:0;\">&nbsp;</td>");
                }

                first = false;
                var code = status.ToCode();
                var count = s.Counts.Get(status);
                h.Append($"<td width=\"25%\" align=\"center\" valign=\"top\" style=\"padding:10px 4px;background:#f9fafb;border-top:4px solid {StatusColour(code)};\">")
                 .Append($"<div style=\"font-size:26px;font-weight:bold;color:{StatusColour(code)};\">").Append(E(Number(count))).Append("</div>")
                 .Append("<div style=\"font-size:12px;color:#374151;\">").Append(E(Status(status))).Append("</div>");
                if (s.PreviousCounts is { } before)
                {
                    h.Append($"<div style=\"font-size:12px;color:{Muted};\">").Append(E(Delta(count - before.Get(status)))).Append(" siden sist</div>");
                }

                h.Append("</td>");
            }

            h.Append("</tr></table>")
             .Append($"<p style=\"margin:10px 0 0 0;font-size:13px;color:{Muted};\">")
             .Append(E($"{Count(s.Counts.Total, "tiltak", "tiltak")} i alt, {Percent(s.Counts.Completed, s.Counts.Total)} fullført."))
             .Append(E(s.LatestReportPeriod is null ? "" : $" Status for hvert tiltak er hentet fra den nyeste rapporten som omtaler det (nyeste periode: {s.LatestReportPeriod})."))
             .Append("</p>");
        }

        h.Append(SectionEnd);

        // Per goal: the goal's name on a row of its own, its counts under the status columns (narrow enough for a phone).
        if (s.Goals.Count > 0)
        {
            h.Append(SectionStart("Status per mål"))
             .Append("<table width=\"100%\" cellpadding=\"0\" cellspacing=\"0\" border=\"0\" style=\"border-collapse:collapse;font-size:13px;\">")
             .Append("<tr style=\"background:#f3f4f6;\">");
            foreach (var status in Glossary.StatusOrder)
            {
                h.Append(Th(Status(status)));
            }

            h.Append(Th("Totalt")).Append("</tr>");
            foreach (var goal in s.Goals)
            {
                h.Append("<tr><td colspan=\"5\" style=\"padding:8px 4px 0 4px;\">")
                 .Append($"<strong>{E(Glossary.Goal)} {E(Number(goal.Goal))}</strong>");
                if (!string.IsNullOrWhiteSpace(goal.Title))
                {
                    h.Append($" <span style=\"color:#4b5563;\">{E(Shorten(goal.Title, 120))}</span>");
                }

                h.Append("</td></tr><tr>");
                foreach (var status in Glossary.StatusOrder)
                {
                    h.Append(Td(Number(goal.Counts.Get(status))));
                }

                h.Append(Td(Number(goal.Counts.Total), bold: true)).Append("</tr>");
            }

            h.Append("<tr><td colspan=\"5\" style=\"padding:10px 4px 0 4px;\"><strong>Alle mål</strong></td></tr><tr>");
            foreach (var status in Glossary.StatusOrder)
            {
                h.Append(Td(Number(s.Counts.Get(status)), bold: true, rule: false));
            }

            h.Append(Td(Number(s.Counts.Total), bold: true, rule: false)).Append("</tr></table>").Append(SectionEnd);
        }

        // Changed measures.
        if (!s.IsFirst)
        {
            h.Append(SectionStart($"Tiltak med endret status ({Number(s.Changes.Count)})"));
            if (s.Changes.Count == 0)
            {
                h.Append("<p style=\"margin:0;\">Ingen tiltak har endret status siden forrige oversikt.</p>");
            }
            else
            {
                h.Append("<table role=\"presentation\" width=\"100%\" cellpadding=\"0\" cellspacing=\"0\" border=\"0\">");
                foreach (var change in s.Changes)
                {
                    h.Append($"<tr><td style=\"padding:10px 0;border-bottom:1px solid {Rule};\">")
                     .Append($"<div><strong>{E(Glossary.Measure)} {E(Number(change.Number))}</strong> <span style=\"color:{Muted};\">· {E(Glossary.Goal)} {E(Number(change.Goal))}</span></div>")
                     .Append("<div style=\"margin:4px 0;\">").Append(Pill(change.From)).Append(" <span style=\"color:#6b7280;\">&rarr;</span> ").Append(Pill(change.To)).Append("</div>")
                     .Append("<div style=\"color:#374151;font-size:14px;\">").Append(E(Shorten(change.Commitment, MaxCommitment))).Append("</div>");
                    if (!string.IsNullOrWhiteSpace(change.Evidence))
                    {
                        h.Append("<div style=\"color:#4b5563;font-size:14px;font-style:italic;margin-top:2px;\">«").Append(E(Shorten(change.Evidence, MaxEvidence))).Append('»')
                         .Append($"<span style=\"font-style:normal;color:{Muted};\">").Append(E(Source(change))).Append("</span></div>");
                    }

                    h.Append("</td></tr>");
                }

                h.Append("</table>");
            }

            h.Append(SectionEnd);
        }

        // Reports stored.
        h.Append(SectionStart(s.IsFirst ? $"Rapporter lest inn ({Number(s.Reports.Count)})" : $"Rapporter lest inn siden forrige oversikt ({Number(s.Reports.Count)})"));
        if (s.Reports.Count == 0)
        {
            h.Append("<p style=\"margin:0;\">Ingen nye rapporter.</p>");
        }
        else
        {
            h.Append("<table role=\"presentation\" width=\"100%\" cellpadding=\"0\" cellspacing=\"0\" border=\"0\">");
            foreach (var report in s.Reports)
            {
                h.Append($"<tr><td style=\"padding:8px 0;border-bottom:1px solid {Rule};\">")
                 .Append("<div><strong>").Append(E(Shorten(report.Title ?? report.SourceBlob, 200))).Append("</strong></div>")
                 .Append("<div style=\"font-size:14px;color:#374151;\">").Append(E(ReportLine(report))).Append("</div>")
                 .Append($"<div style=\"font-size:12px;color:{Muted};word-break:break-all;\">").Append(E($"Fil: {report.SourceBlob} · lest inn {DateTime(report.IngestedAt)}")).Append("</div>")
                 .Append("</td></tr>");
            }

            h.Append("</table>");
        }

        h.Append(SectionEnd);

        // Uploads that need a person.
        if (s.Problems.Count > 0)
        {
            h.Append(SectionStart($"Opplastinger som må følges opp ({Number(s.Problems.Count)})"))
             .Append("<table role=\"presentation\" width=\"100%\" cellpadding=\"0\" cellspacing=\"0\" border=\"0\">");
            foreach (var problem in s.Problems)
            {
                var (label, colour) = problem.Outcome == IngestionOutcomes.Rejected ? ("Avvist", "#b45309") : ("Feilet", "#b91c1c");
                h.Append($"<tr><td style=\"padding:8px 0 8px 10px;border-bottom:1px solid {Rule};border-left:4px solid {colour};\">")
                 .Append($"<div style=\"word-break:break-all;\"><strong style=\"color:{colour};\">{E(label)}</strong> <strong>{E(problem.BlobName)}</strong></div>")
                 .Append("<div style=\"font-size:14px;color:#374151;\">").Append(E(Shorten(problem.ReasonNorwegian ?? problem.ReasonCode ?? "Ukjent årsak.", MaxReason))).Append("</div>")
                 .Append($"<div style=\"font-size:12px;color:{Muted};\">").Append(E(ProblemLine(problem))).Append("</div>")
                 .Append("</td></tr>");
            }

            h.Append("</table>").Append(SectionEnd);
        }

        // Earlier summaries that never went out.
        if (s.MissedSummaries.Count > 0)
        {
            h.Append(SectionStart("Oversikter som ikke ble sendt"))
             .Append("<p style=\"margin:0 0 6px 0;\">Endringene fra disse periodene er tatt med i denne oversikten.</p>");
            foreach (var missed in s.MissedSummaries)
            {
                h.Append("<p style=\"margin:0 0 6px 0;font-size:14px;\">").Append(E(MissedLine(missed))).Append("</p>");
            }

            h.Append(SectionEnd);
        }

        // Dashboard.
        if (s.DashboardUrl is { } url)
        {
            h.Append("<tr><td style=\"padding:18px 20px 6px 20px;\">")
             .Append($"<table role=\"presentation\" cellpadding=\"0\" cellspacing=\"0\" border=\"0\"><tr><td style=\"background:{Brand};border-radius:4px;\">")
             .Append($"<a href=\"{E(url)}\" style=\"display:inline-block;padding:10px 18px;color:#ffffff;text-decoration:none;font-weight:bold;font-family:{Font};\">Åpne dashbordet</a>")
             .Append("</td></tr></table>")
             .Append($"<div style=\"font-size:12px;color:{Muted};margin-top:6px;word-break:break-all;\">").Append(E(url)).Append("</div>")
             .Append("</td></tr>\n");
        }

        // Footer.
        h.Append($"<tr><td style=\"padding:18px 20px 20px 20px;font-size:12px;color:{Muted};border-top:1px solid {Rule};\">")
         .Append(E($"Sendt automatisk av IngenAMiste. Oversikten bygger på årsrapportene som er lest inn; hvert tiltak har statusen fra den nyeste rapporten som omtaler det. Periode {s.Period}, laget {DateTime(s.GeneratedAt)}."))
         .Append("</td></tr>\n");

        h.Append("</table>\n<!--[if mso]></td></tr></table><![endif]-->\n</td></tr></table>\n</body>\n</html>\n");
        return h.ToString();
    }

    private static string SectionStart(string title) =>
        $"<tr><td style=\"padding:16px 20px 4px 20px;\"><h2 style=\"margin:0 0 10px 0;font-size:17px;line-height:1.3;color:{Brand};font-family:{Font};\">{E(title)}</h2>";

    private const string SectionEnd = "</td></tr>\n";

    private static string Th(string text) =>
        $"<th width=\"20%\" align=\"center\" valign=\"bottom\" style=\"padding:6px 2px;border-bottom:1px solid #d1d5db;font-size:12px;font-weight:bold;color:#374151;text-align:center;\">{E(text)}</th>";

    private static string Td(string text, bool bold = false, bool rule = true) =>
        $"<td width=\"20%\" align=\"center\" valign=\"top\" style=\"padding:2px 2px 8px 2px;{(rule ? $"border-bottom:1px solid {Rule};" : "")}text-align:center;{(bold ? "font-weight:bold;" : "")}\">{E(text)}</td>";

    private static IEnumerable<string> IntroLines(ProgressSummary s)
    {
        if (s.IsFirst)
        {
            yield return "Dette er den første oversikten over hvordan tiltakene i handlingsplanen går. Fra neste oversikt vises hvilke tiltak som har endret status.";
            yield break;
        }

        var since = s.BaselineOccurrence is { } previous ? $"Siden forrige oversikt ({Week(previous)})" : "Siden forrige oversikt";
        if (!s.HasNews)
        {
            yield return $"{since} har ingenting endret seg: ingen tiltak har ny status, ingen rapporter er lest inn, og ingen opplastinger har feilet.";
            yield break;
        }

        var parts = new List<string>
        {
            $"{Count(s.Changes.Count, "tiltak", "tiltak")} har endret status",
            $"{Count(s.Reports.Count, "rapport", "rapporter")} er lest inn",
        };
        if (s.Problems.Count > 0)
        {
            parts.Add($"{Count(s.Problems.Count, "opplasting", "opplastinger")} må følges opp");
        }

        yield return $"{since}: {string.Join(", ", parts.Take(parts.Count - 1))} og {parts[^1]}.";
    }

    private static string Source(SummaryChange change)
    {
        var parts = new List<string>();
        if (!string.IsNullOrWhiteSpace(change.ReportPeriod))
        {
            parts.Add("årsrapport " + change.ReportPeriod);
        }

        if (change.Page > 0)
        {
            parts.Add("s. " + Number(change.Page));
        }

        return parts.Count == 0 ? "" : " (" + string.Join(", ", parts) + ")";
    }

    private static string ReportLine(IngestedReport report)
    {
        var parts = new List<string> { Kind(report.Kind) };
        if (!string.IsNullOrWhiteSpace(report.ReportPeriod))
        {
            parts.Add("periode " + report.ReportPeriod);
        }

        if (!string.IsNullOrWhiteSpace(report.AsOf))
        {
            parts.Add("per " + report.AsOf);
        }

        parts.Add(Count(report.MeasureCount, "tiltak", "tiltak"));
        if (report.WarningCount > 0)
        {
            parts.Add(Count(report.WarningCount, "advarsel", "advarsler"));
        }

        return string.Join(" · ", parts);
    }

    private static string ProblemLine(IngestionProblem problem) =>
        $"{DateTime(problem.At)}{(problem.Attempts > 1 ? $" · {Number(problem.Attempts)} forsøk" : "")}{(problem.ReasonCode is null ? "" : $" · kode {problem.ReasonCode}")}";

    private static string MissedLine(MissedSummary missed) =>
        $"{Week(missed.Occurrence)} ({Date(missed.Occurrence)}): ikke sendt etter {Count(missed.Attempts, "forsøk", "forsøk")}"
        + (string.IsNullOrWhiteSpace(missed.Error) ? "." : $". Feil: {Shorten(missed.Error, 300)}");

    private static string Text(ProgressSummary s)
    {
        var t = new StringBuilder(8_192);
        t.AppendLine($"{PlanName.ToUpperInvariant()} – STATUSOPPDATERING {Week(s.Occurrence).ToUpperInvariant()}")
         .AppendLine(DayAndDate(s.Occurrence))
         .AppendLine();
        foreach (var line in IntroLines(s))
        {
            t.AppendLine(line);
        }

        t.AppendLine().AppendLine("STATUS FOR ALLE TILTAK");
        if (s.Counts.Total == 0)
        {
            t.AppendLine("Ingen tiltak er lest inn ennå.");
        }
        else
        {
            foreach (var status in Glossary.StatusOrder)
            {
                var count = s.Counts.Get(status);
                t.Append($"  {Status(status),-14} {count,3}");
                if (s.PreviousCounts is { } before)
                {
                    t.Append($"  ({Delta(count - before.Get(status))} siden sist)");
                }

                t.AppendLine();
            }

            t.AppendLine($"  {"Totalt",-14} {s.Counts.Total,3}  ({Percent(s.Counts.Completed, s.Counts.Total)} fullført)");
        }

        if (s.Goals.Count > 0)
        {
            t.AppendLine().AppendLine("STATUS PER MÅL (ikke påbegynt / planlagt / pågår / fullført / totalt)");
            foreach (var goal in s.Goals)
            {
                var c = goal.Counts;
                t.AppendLine($"  Mål {goal.Goal}: {c.NotStarted} / {c.Planned} / {c.InProgress} / {c.Completed} / {c.Total}"
                             + (string.IsNullOrWhiteSpace(goal.Title) ? "" : $"  {Shorten(goal.Title, 90)}"));
            }
        }

        if (!s.IsFirst)
        {
            t.AppendLine().AppendLine($"TILTAK MED ENDRET STATUS ({s.Changes.Count})");
            if (s.Changes.Count == 0)
            {
                t.AppendLine("Ingen tiltak har endret status siden forrige oversikt.");
            }

            foreach (var change in s.Changes)
            {
                t.AppendLine($"- Tiltak {change.Number} (mål {change.Goal}): {Status(change.From)} -> {Status(change.To)}")
                 .AppendLine($"  {Shorten(change.Commitment, MaxCommitment)}");
                if (!string.IsNullOrWhiteSpace(change.Evidence))
                {
                    t.AppendLine($"  «{Shorten(change.Evidence, MaxEvidence)}»{Source(change)}");
                }
            }
        }

        t.AppendLine().AppendLine(s.IsFirst ? $"RAPPORTER LEST INN ({s.Reports.Count})" : $"RAPPORTER LEST INN SIDEN FORRIGE OVERSIKT ({s.Reports.Count})");
        if (s.Reports.Count == 0)
        {
            t.AppendLine("Ingen nye rapporter.");
        }

        foreach (var report in s.Reports)
        {
            t.AppendLine($"- {Shorten(report.Title ?? report.SourceBlob, 200)}")
             .AppendLine($"  {ReportLine(report)}")
             .AppendLine($"  Fil: {report.SourceBlob} · lest inn {DateTime(report.IngestedAt)}");
        }

        if (s.Problems.Count > 0)
        {
            t.AppendLine().AppendLine($"OPPLASTINGER SOM MÅ FØLGES OPP ({s.Problems.Count})");
            foreach (var problem in s.Problems)
            {
                t.AppendLine($"- {(problem.Outcome == IngestionOutcomes.Rejected ? "Avvist" : "Feilet")}: {problem.BlobName}")
                 .AppendLine($"  {Shorten(problem.ReasonNorwegian ?? problem.ReasonCode ?? "Ukjent årsak.", MaxReason)}")
                 .AppendLine($"  {ProblemLine(problem)}");
            }
        }

        if (s.MissedSummaries.Count > 0)
        {
            t.AppendLine().AppendLine("OVERSIKTER SOM IKKE BLE SENDT (endringene er tatt med her)");
            foreach (var missed in s.MissedSummaries)
            {
                t.AppendLine($"- {MissedLine(missed)}");
            }
        }

        if (s.DashboardUrl is { } url)
        {
            t.AppendLine().AppendLine($"Dashbord: {url}");
        }

        t.AppendLine().AppendLine("-- ")
         .AppendLine($"Sendt automatisk av IngenAMiste. Hvert tiltak har statusen fra den nyeste rapporten som omtaler det. Periode {s.Period}, laget {DateTime(s.GeneratedAt)}.");
        return t.ToString();
    }
}
