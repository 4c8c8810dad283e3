using System.Globalization;
using System.Text.Json;

namespace IngenAMiste.Reports.Tests.Golden;

/// <summary>
/// The variation corpus (Variations/NAME.pdf + NAME.expected.json, rendered by another team member from HTML): each document
/// is parsed (with the corpus annual report as catalogue) and compared field by field. Structure must be exact; for the
/// judgement fields (status, evidence, funding phrasing) each document has a floor that may only go up as the rules improve.
/// </summary>
public sealed class VariationGoldenTests(ITestOutputHelper output)
{
    private static string Folder => TestFiles.Dir("Variations");

    public static TheoryData<string> Documents()
    {
        var data = new TheoryData<string>();
        if (Directory.Exists(Folder))
        {
            foreach (var file in Directory.GetFiles(Folder, "*.expected.json").Order(StringComparer.Ordinal))
            {
                data.Add(Path.GetFileName(file)[..^".expected.json".Length]);
            }
        }

        return data;
    }

    /// <summary>Fields every variation must get fully right.</summary>
    private static readonly string[] ExactFields =
    [
        "document.kind", "document.plan_period", "document.report_period", "document.as_of", "document.measure_count_stated",
        "document.goal_count", "goals", "goals.extra", "measure.found", "measure.no_extra", "measure.goal", "measure.ministries",
        "measure.urls", "mentions.not_wrong", "measure.status_evidence(in narrative)",
    ];

    /// <summary>
    /// Lowest accepted share per document and field (current level; raise when the parser improves). tricky-narratives'
    /// evidence went from 15 to 14 of 18 when phrases were cut to the clause core: its M23 used to count as "the same statement"
    /// only because a run-on phrase crossed three list items into the labelled one. arsrapport-2022-2023 was written without
    /// looking at the status rules (its M7 commitment wraps before "– en ung persons …": a dash line that continues an open
    /// sentence, now joined). arsrapport-2023-2024 (blind as well) reached status 43/61,
    /// evidence 41/61, funding 60/61 and ministries 35/61 ("Ansvar:" not read) before the fourth-report rules. arsrapport-2024-2025
    /// (blind fifth report) reached status 31/61, evidence 22/61, funding 56/61, commitment 60/61 and title 0/1 (M60's one-line
    /// narrative joined to its commitment; the title wraps after "2020–" and is joined with a space) before the fifth-report rules.
    /// statusrapport-2022 (blind directorate report; bold "Tiltak N" alone above a boxed commitment) found 0/61 measures
    /// until such a bare heading took its commitment from the next paragraph; then status 35/61, evidence 25/61 and funding 58/61
    /// before the directorate-report rules. kortrapport-2023 (blind short-form summary) reached status 29/61, evidence 24/61,
    /// funding 57/61, commitment 49/61 and urls 60/61 (M27's address lost with its narrative joined to a wrapped commitment)
    /// before a wrapped run-in commitment ending its last line before a paragraph gap ended the paragraph (then status 33/61,
    /// evidence 30/61, commitment 59/61) and the short-form rules. nynorsk-2023 (blind report in nynorsk) reached status 26/61,
    /// evidence 23/61, funding 53/61 and ministries 1/61 ("Ansvarleg/Ansvarlege departement:" not read) before the nynorsk rules
    /// (ministries exact again since). tabellrapport-2024 (blind table layout: the measure number alone
    /// in a "Nr." column) found 0/61 measures (kind "other", no report period or date) until numbered tables were read row by
    /// row and their rows taken as measures (then status 43/61, evidence 38/61) and before the table-cell wordings.
    /// sluttrapport-2025 (blind final report: an overview table of short names in front of the measure sections) had 12 of
    /// its overview rows taken as the measures (kept first, the real sections dropped as duplicates), so commitment 49/61,
    /// status 25/61, evidence 23/61, funding 56/61, urls 60/61, report period ("2025") and as_of (empty) wrong, blind; exact
    /// structure once a numbered table counts as the measure list only in a report without measure sections (then status 29/61,
    /// evidence 26/61, funding 58/61), before the final-report wordings.
    /// ordbehandler-2024 (blind, written in LibreOffice Writer: table of contents, footnotes,
    /// word-processor hyphenation) reached status 26/61, evidence 18/61, funding 59/61, commitment 33/61, ministries 49/61,
    /// urls 60/61, goals 0/6 (titles from the table of contents) and stated count 0/1 before the word-processor layout
    /// (Extraction/WordProcessorLayout: TOC entries, footnotes, plain-hyphen hyphenation) made every structure field exact.
    /// samlerapport-2023 (blind, measures reported jointly under group headings "Tiltak 7 og 8", "Tiltak 24–26", "Tiltak 46-51:",
    /// "Tiltakene 38, 39 og 40") found 53/61 measures (dash-list groups 14–16, 24–26, 31–32 not at all), ministries 42/53,
    /// status 25/53, evidence 18/53, funding 52/53 before group headings were read (Parsing/JointMeasures: then every structure
    /// field exact, status 38/61, evidence 27/61) and the jointly-reported wording rules.
    /// departementsrapport-2024 (blind, chapters by ministry with a field block per measure: "Mål: 3 – …"/"Hovedmål 3",
    /// "Medansvar: …", "Status: …", "Bevilgning 2024: …") reached goal 16/61 (the goal list in the introduction read as
    /// goal headings, so every measure fell under goal 6), ministries 0/61 (no ministry line), status 56/61, evidence
    /// 50/61 and funding 59/61 before the ministry-chapter and status-field reading (Parsing/MeasureFields, Status/StatusField).
    /// latex-2024 (blind, typeset with pdfLaTeX: Latin Modern Type 1 fonts, ligatures, no space glyphs, TeX hyphenation with a
    /// plain hyphen, footnotes, fancyhdr running heads "Mål N", numbered sections, run-in "Tiltak N:" headings in goals 4-6,
    /// lettered sub-items) found 32/61 measures (goals 4-6 only 4, 33, 34, 39, 40, 48, 49, 53 of 30), commitment 24/32,
    /// ministries 30/32, urls 29/32, status 14/32, evidence 14/32 and funding 25/32 at the blind run; 61/61 found once a bold
    /// run-in label keeps its line and a finished sentence followed by a little extra space ends a block (Extraction/PageLayout).
    /// historikk-2024 (blind, each measure's status history across the years: "Status 2021: …" lines, year | status tables,
    /// sentence chains; ministry lines "Departement: HOD" / "Departementer: …") reached ministries 0/61, status 30/61,
    /// evidence 21/61 (exact 12/61), every other field exact, at the blind run; ministries exact once "Departement(er):" is a
    /// ministry line, status 44/61 and evidence 41/61 once the latest entry of a history decides (Status/StatusHistory), 53/61 and 50/61 with
    /// the history-report wordings, 55/61 and 51/61 once the latest dated statement of a narrative decides.
    /// klarsprak-2023 (blind, plain language: active voice, "vi", particle verbs such as "ga ut", "står klart", "har ingen tatt
    /// tak i ennå") reached status 36/61, evidence 18/61 and funding 55/61, every structure field exact, at the blind run; status
    /// 61/61 and evidence 57/61 with the plain-language wordings (which also lifted statusrapport-2022 to status 54/61, evidence
    /// 44/61, and ordbehandler-2024 to evidence 52/61).
    /// forvaltning-2022 (blind, heavy administrative prose: nominalisations, s-/bli-passives, hedges, negations far from their
    /// verb) reached status 35/61, evidence 18/61 (exact 8/61) and funding 58/61, every structure field exact, at the blind run;
    /// status 56/61 and evidence 51/61 with the administrative-prose wordings (which also brought samlerapport-2023 to status
    /// 59/61: "ble formelt etablert" read past its adverb; and statusrapport-2022 to evidence 45/61).
    /// resultatrapport-2023 (blind, a directorate's results report with labelled activity sections per measure:
    /// "Gjennomført i 2023:", "Pågående arbeid:", "Plan for 2024:", "Utfordringer:" …) reached status 54/61, evidence 30/61
    /// (exact 15/61) and funding 59/61, every structure field exact, at the blind run; status 59/61 and evidence 56/61 once a
    /// section label never decides (its content does) and a free "Status: …" sentence stays in the narrative.
    /// prosjektrapport-2024 (blind, programme-office jargon: phases, milestones, go-live, backlog, "parkert", traffic-light
    /// fields "Status: Grønn/Gul/Rød (…)") reached status 44/61, evidence 26/61 (exact 7/61), funding 57/61 and as_of 0/1
    /// ("Statusdato: 31.08.2024" not read), every other structure field exact, at the blind run; status 60/61 and evidence 49/61
    /// with the project-management wordings, the traffic-light field skipped and the word prior retrained with it.
    /// </summary>
    private static readonly Dictionary<string, Dictionary<string, double>> Floors = new(StringComparer.Ordinal)
    {
        ["arsrapport-2021-2022"] = new() { ["measure.status"] = 1, ["measure.status_evidence"] = 54 / 61.0, ["measure.funding"] = 1, ["measure.commitment"] = 1, ["document.title"] = 1 },
        ["arsrapport-2022-2023"] = new() { ["measure.status"] = 1, ["measure.status_evidence"] = 56 / 61.0, ["measure.funding"] = 59 / 61.0, ["measure.commitment"] = 1, ["document.title"] = 1 },
        ["arsrapport-2023-2024"] = new() { ["measure.status"] = 1, ["measure.status_evidence"] = 1, ["measure.funding"] = 1, ["measure.commitment"] = 1, ["document.title"] = 1 },
        ["arsrapport-2024-2025"] = new() { ["measure.status"] = 60 / 61.0, ["measure.status_evidence"] = 54 / 61.0, ["measure.funding"] = 1, ["measure.commitment"] = 1, ["document.title"] = 1 },
        ["statusrapport-2022"] = new() { ["measure.status"] = 54 / 61.0, ["measure.status_evidence"] = 46 / 61.0, ["measure.funding"] = 1, ["measure.commitment"] = 1, ["document.title"] = 1 },
        ["nynorsk-2023"] = new() { ["measure.status"] = 60 / 61.0, ["measure.status_evidence"] = 57 / 61.0, ["measure.funding"] = 59 / 61.0, ["measure.commitment"] = 1, ["document.title"] = 1 },
        ["ordbehandler-2024"] = new() { ["measure.status"] = 59 / 61.0, ["measure.status_evidence"] = 53 / 61.0, ["measure.funding"] = 1, ["measure.commitment"] = 1, ["document.title"] = 1 },
        ["samlerapport-2023"] = new() { ["measure.status"] = 59 / 61.0, ["measure.status_evidence"] = 53 / 61.0, ["measure.funding"] = 60 / 61.0, ["measure.commitment"] = 1, ["document.title"] = 1 },
        ["kortrapport-2023"] = new() { ["measure.status"] = 52 / 61.0, ["measure.status_evidence"] = 57 / 61.0, ["measure.funding"] = 57 / 61.0, ["measure.commitment"] = 59 / 61.0, ["measure.urls"] = 60 / 61.0, ["document.title"] = 1 },
        ["tabellrapport-2024"] = new() { ["measure.status"] = 57 / 61.0, ["measure.status_evidence"] = 50 / 61.0, ["measure.funding"] = 1, ["measure.commitment"] = 1, ["document.title"] = 1 },
        ["sluttrapport-2025"] = new() { ["measure.status"] = 57 / 61.0, ["measure.status_evidence"] = 53 / 61.0, ["measure.funding"] = 1, ["measure.commitment"] = 1, ["document.title"] = 1 },
        ["heading-variants"] = new() { ["measure.status"] = 1, ["measure.status_evidence"] = 1, ["measure.funding"] = 10 / 11.0, ["measure.commitment"] = 1, ["document.title"] = 1 },
        ["justified-hyphenated"] = new() { ["measure.status"] = 1, ["measure.status_evidence"] = 13 / 15.0, ["measure.funding"] = 1, ["measure.commitment"] = 1, ["document.title"] = 1 },
        ["links"] = new() { ["measure.status"] = 1, ["measure.status_evidence"] = 1, ["measure.funding"] = 1, ["measure.commitment"] = 1, ["document.title"] = 1 },
        ["other-fonts-two-column"] = new() { ["measure.status"] = 1, ["measure.status_evidence"] = 1, ["measure.funding"] = 1, ["measure.commitment"] = 1, ["document.title"] = 1 },
        ["tricky-narratives"] = new() { ["measure.status"] = 1, ["measure.status_evidence"] = 16 / 18.0, ["measure.funding"] = 16 / 18.0, ["measure.commitment"] = 1, ["document.title"] = 1 },
        ["presentation-variant"] = new() { ["mentions.found"] = 1, ["mentions.evidence"] = 1, ["document.title"] = 1 },
        ["no-structure"] = new() { ["document.title"] = 1 },
        ["latex-2024"] = new() { ["measure.commitment"] = 1, ["measure.status"] = 53 / 61.0, ["measure.status_evidence"] = 50 / 61.0, ["measure.funding"] = 56 / 61.0, ["document.title"] = 1 },
        ["historikk-2024"] = new() { ["measure.status"] = 55 / 61.0, ["measure.status_evidence"] = 52 / 61.0, ["measure.funding"] = 1, ["measure.commitment"] = 1, ["document.title"] = 1 },
        ["klarsprak-2023"] = new() { ["measure.status"] = 1, ["measure.status_evidence"] = 57 / 61.0, ["measure.funding"] = 56 / 61.0, ["measure.commitment"] = 1, ["document.title"] = 1 },
        ["forvaltning-2022"] = new() { ["measure.status"] = 56 / 61.0, ["measure.status_evidence"] = 51 / 61.0, ["measure.funding"] = 59 / 61.0, ["measure.commitment"] = 1, ["document.title"] = 1 },
        ["resultatrapport-2023"] = new() { ["measure.status"] = 59 / 61.0, ["measure.status_evidence"] = 56 / 61.0, ["measure.funding"] = 59 / 61.0, ["measure.commitment"] = 1, ["document.title"] = 1 },
        ["prosjektrapport-2024"] = new() { ["measure.status"] = 60 / 61.0, ["measure.status_evidence"] = 49 / 61.0, ["measure.funding"] = 57 / 61.0, ["measure.commitment"] = 1, ["document.title"] = 1 },
        ["departementsrapport-2024"] = new() { ["measure.status"] = 1, ["measure.status_evidence"] = 1, ["measure.funding"] = 60 / 61.0, ["measure.commitment"] = 1, ["document.title"] = 1 },
    };

    [Fact]
    public void The_variation_corpus_is_present()
    {
        Assert.True(Documents().Count >= 8, $"expected the variation documents under {Folder}");
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void Variation_matches_its_labels(string name)
    {
        var expected = JsonDocument.Parse(File.ReadAllText(Path.Combine(Folder, name + ".expected.json"))).RootElement;
        var parse = TestFiles.Parse(Path.Combine(Folder, name + ".pdf"), withCatalog: true);
        var comparer = new GoldenComparer();
        comparer.Compare(expected, parse, name);
        output.WriteLine(comparer.Render());
        output.WriteLine("warnings: " + string.Join(" | ", parse.Warnings));

        var failures = new List<string>();
        var floors = Floors.GetValueOrDefault(name) ?? [];
        foreach (var score in comparer.Scores)
        {
            if (score.Total == 0)
            {
                continue;
            }

            var share = (double)score.Correct / score.Total;
            if (floors.TryGetValue(score.Field, out var floor))
            {
                if (share + 1e-9 < floor)
                {
                    failures.Add($"{score} is below the floor {floor.ToString("P0", CultureInfo.InvariantCulture)}:\n  " + string.Join("\n  ", score.Misses));
                }
            }
            else if (ExactFields.Contains(score.Field) && !score.Perfect)
            {
                failures.Add($"{score}:\n  " + string.Join("\n  ", score.Misses));
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }
}
