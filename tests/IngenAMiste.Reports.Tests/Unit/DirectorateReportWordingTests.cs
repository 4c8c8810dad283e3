using IngenAMiste.Reports.Model;
using IngenAMiste.Reports.Parsing;
using IngenAMiste.Reports.Status;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace IngenAMiste.Reports.Tests.Unit;

/// <summary>
/// A directorate's status report (the blind variation statusrapport-2022), on invented sentences, each rule from both sides:
/// a measure heading "Tiltak N" in bold on a line of its own with the commitment set apart below it (a box); not begun by
/// "ikke vært gjort noe arbeid", "ikke hatt ressurser til", "ikke latt seg gjennomføre", "ennå ikke laget noe", "Tiltaket står
/// på vent"; planned "på idéstadiet"; graded
/// verdicts ("delvis gjennomført", "i hovedsak på plass", "et godt stykke på vei", "i liten grad kommet i gang"); under way
/// ("har vært i gang siden", "inne i sin andre fase", "i stadig flere"); completions "så dagens lys", "har vært tilgjengelig
/// siden", "sikret gjennom en fast bevilgning".
/// </summary>
public sealed class DirectorateReportWordingTests
{
    private static ParsedReport Parse(bool boldLabels)
    {
        var builder = new PdfDocumentBuilder();
        var regular = builder.AddStandard14Font(Standard14Font.Helvetica);
        var bold = builder.AddStandard14Font(Standard14Font.HelveticaBold);
        var page = builder.AddPage(595, 842);
        var label = boldLabels ? bold : regular;
        page.AddText("Statusrapport 2022 - Handlingsplan for forebygging av selvmord 2020-2025", 16, new PdfPoint(50, 790), bold);
        page.AddText("Handlingsplanen har 3 tiltak. Status per 31. desember 2022.", 10, new PdfPoint(50, 760), regular);
        var y = 690.0;
        foreach (var (n, commitment, narrative) in new[]
                 {
                     (7, "Regjeringen vil styrke informasjon til barn og unge om trygg nettbruk.", "Materiellet er sendt til alle skoler i fylket."),
                     (8, "Regjeringen vil styrke informasjon til foreldre om skadelig innhold.", "Foreldreveiledningen ble publisert i mai."),
                     (9, "Regjeringen vil styrke kompetansen hos personell om selvskading.", "Kurset for ansatte i barnevernet er i gang."),
                 })
        {
            page.AddText($"Tiltak {n}", boldLabels ? 11 : 10, new PdfPoint(50, y), label);
            // The commitment sits in a box: a clearly larger gap than the line pitch above and below it.
            page.AddText(commitment, 10, new PdfPoint(56, y - 26), regular);
            page.AddText(narrative, 10, new PdfPoint(50, y - 50), regular);
            page.AddText("Ansvarlig departement: HOD", 10, new PdfPoint(50, y - 66), regular);
            y -= 110;
        }

        using var stream = new MemoryStream(builder.Build());
        return new ReportParser().Parse(stream);
    }

    private const string Register = "Regjeringen vil etablere et nasjonalt register over selvmordsforsøk i fengsler.";
    private const string Course = "Regjeringen vil utvikle et kurs om selvmordsfare for ansatte i barnehager.";
    private const string Scheme = "Regjeringen vil videreføre og styrke tilskuddet til likepersonsarbeid for etterlatte.";

    private static StatusResult Check(string narrative, string commitment, MeasureStatus expected)
    {
        var result = StatusClassifier.Classify(narrative, commitment);
        Assert.True(expected == result.Status, $"expected {expected}, got {result.Status}: {result.Explanation}");
        return result;
    }

    [Theory]
    [InlineData("Det har foreløpig ikke vært gjort noe arbeid med registeret.", "ikke vært gjort noe arbeid")]
    [InlineData("Registeret er omtalt i tildelingsbrevet, men vi har ikke hatt ressurser til å starte arbeidet.", "ikke hatt ressurser til")]
    [InlineData("Etableringen av registeret har ikke latt seg gjennomføre innenfor budsjettet.", "ikke latt seg gjennomføre")]
    [InlineData("Kriminalomsorgen innførte nye rutiner i 2022. Det er ennå ikke laget noe register.", "ennå ikke laget noe")]
    [InlineData("Tiltaket står foreløpig på vent til personvernet er avklart.", "Tiltaket står foreløpig på vent")]
    public void Nothing_done_or_possible_is_not_started(string narrative, string evidencePart)
    {
        var result = Check(narrative, Register, MeasureStatus.NotStarted);
        Assert.Contains(evidencePart, result.Evidence, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Det har vært gjort mye arbeid med registeret, og det er under etablering i tre regioner.")]
    [InlineData("Vi har hatt ressurser til å starte arbeidet, og registeret er under etablering.")]
    [InlineData("Etableringen har latt seg gjennomføre raskt: registeret er under etablering i alle regioner.")]
    [InlineData("Det er laget noe registerstruktur, og registeret er under etablering.")]
    [InlineData("Registeret er under etablering; søknaden om dispensasjon står på vent hos Datatilsynet.")]
    public void The_same_words_without_the_negation_are_not_not_started(string narrative) =>
        Check(narrative, Register, MeasureStatus.InProgress);

    [Fact]
    public void An_idea_stage_is_planned_and_a_working_register_is_not()
    {
        Check("Direktoratet har drøftet saken med kriminalomsorgen. Registeret er fortsatt på idéstadiet.", Register, MeasureStatus.Planned);
        Check("Registeret er under etablering; idéen kom fra fengselshelsetjenesten.", Register, MeasureStatus.InProgress);
    }

    [Theory]
    [InlineData("Vi har utviklet kurset for to av fire yrkesgrupper. Tiltaket er delvis gjennomført.", "delvis gjennomført")]
    [InlineData("Kurset er i hovedsak på plass, men modulen for assistenter mangler.", "i hovedsak på plass")]
    [InlineData("Det er laget et kurs, og arbeidet har kommet et godt stykke på vei.", "kommet et godt stykke på vei")]
    [InlineData("Et kurs er utviklet, men bruken i barnehagene har i liten grad kommet i gang.", "i liten grad kommet i gang")]
    public void A_graded_verdict_is_in_progress_even_after_a_delivered_part(string narrative, string evidencePart)
    {
        var result = Check(narrative, Course, MeasureStatus.InProgress);
        Assert.Contains(evidencePart, result.Evidence, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Kurset er utviklet og gjennomført, og det er tatt i bruk i alle barnehager.")]
    [InlineData("Kurset ble lansert i mars og er gjennomført av 900 ansatte.")]
    public void A_full_delivery_without_a_graded_verdict_is_completed(string narrative) =>
        Check(narrative, Course, MeasureStatus.Completed);

    [Theory]
    [InlineData("Utviklingen av kurset har vært i gang siden januar.", "har vært i gang siden")]
    [InlineData("Utviklingen av kurset er inne i sin andre fase.", "inne i sin andre fase")]
    [InlineData("Kursmodulene tas i bruk i stadig flere kommuner.", "i stadig flere")]
    public void Work_under_way_since_or_in_a_later_phase_is_in_progress(string narrative, string evidencePart)
    {
        var result = Check(narrative, Course, MeasureStatus.InProgress);
        Assert.Contains(evidencePart, result.Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public void A_start_up_phase_stays_planned()
    {
        Check("Arbeidet med kurset er inne i oppstartsfasen.", Course, MeasureStatus.Planned);
    }

    [Theory]
    [InlineData("Kurset så dagens lys i april, etter et års utviklingsarbeid.", "så dagens lys")]
    [InlineData("Kurset har vært tilgjengelig siden februar på direktoratets nettsider.", "har vært tilgjengelig siden")]
    public void A_course_that_saw_the_light_of_day_is_completed(string narrative, string evidencePart)
    {
        var result = Check(narrative, Course, MeasureStatus.Completed);
        Assert.Contains(evidencePart, result.Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public void Something_else_that_saw_the_light_of_day_does_not_complete_the_course()
    {
        Check("En foreldrebrosjyre så dagens lys i april. Kurset er under utvikling.", Course, MeasureStatus.InProgress);
    }

    [Fact]
    public void A_scheme_secured_by_permanent_funding_is_completed_and_one_under_review_is_not()
    {
        Check("Tilskuddet ble økt i 2022, og videreføringen er sikret gjennom en fast bevilgning.", Scheme, MeasureStatus.Completed);
        Check("Videreføringen av tilskuddet er under vurdering, og en fast bevilgning er ikke sikret.", Scheme, MeasureStatus.Planned);
    }

    [Fact]
    public void Money_spent_on_the_measure_is_funding()
    {
        var funding = Assert.Single(FundingExtractor.Extract("Vi har i 2023 brukt 1,5 millioner kroner på nye kursmoduler."));
        Assert.Equal(1_500_000, funding.AmountNok);
        Assert.Equal(2023, funding.Year);
    }

    [Fact]
    public void An_amount_that_is_not_money_spent_is_not_funding() =>
        Assert.Empty(FundingExtractor.Extract("Kurset er brukt av 1500 ansatte, og 40 kommuner har tatt det i bruk."));

    [Fact]
    public void A_bold_bare_measure_label_takes_its_commitment_from_the_next_paragraph()
    {
        var report = Parse(boldLabels: true);
        Assert.Equal([7, 8, 9], report.Measures.Select(m => m.Number));
        Assert.Equal("Regjeringen vil styrke informasjon til foreldre om skadelig innhold.", report.Measures[1].Commitment);
        Assert.Equal(["HOD"], report.Measures[1].Ministries);
        Assert.Equal("2022", report.Document.ReportPeriod);
    }

    [Fact]
    public void A_bare_measure_label_in_body_type_is_not_a_heading()
    {
        var report = Parse(boldLabels: false);
        Assert.Empty(report.Measures);
    }
}
