using IngenAMiste.Reports.Extraction;
using IngenAMiste.Reports.Model;
using IngenAMiste.Reports.Parsing;
using IngenAMiste.Reports.Status;

namespace IngenAMiste.Reports.Tests.Unit;

/// <summary>
/// Wordings found blind in the fifth (final) variation report (issue #3), on invented sentences, each rule from both sides:
/// not begun by "ikke vært gjenstand for arbeid", "ikke vært kapasitet til", "heller ikke i år blitt prioritert", "ikke
/// gjennomført i perioden"; the report's verdict ("anses ivaretatt", "er dermed gjennomført", "ingen videre rapportering",
/// "rapporteres ikke lenger under planen"); in place everywhere or made permanent ("landsdekkende", "en del av den faste …",
/// "budsjettert som fast post"); the completions "satt i produksjon", "formalisert", "sluttrapportert", "frigitt"; work
/// remaining ("forventes sluttført"); work going on now ("løper", "drives videre", "utarbeides nå"); carried over to the next
/// plan; scheduled later ("iverksettes fra", "tas opp når"). Also funding ("disponerer", "bidro med", "til tross for at",
/// "over tre år"), a number range broken after its dash, and a run-in heading whose commitment fills its only line.
/// </summary>
public sealed class FifthReportWordingTests
{
    private const string Mapping = "Regjeringen vil kartlegge tilbudet om lavterskel samtalehjelp for studenter.";
    private const string Portal = "Regjeringen vil etablere en nasjonal nettportal om selvmordsforebygging for lærere.";
    private const string Scheme = "Regjeringen vil styrke ordningen med tilskudd til frivillige chattetjenester.";
    private const string Course = "Regjeringen vil utvikle et kurs om selvmordsrisiko for ansatte i NAV.";
    private const string Assessment = "Regjeringen vil vurdere en egen meldeordning for selvmord i barnevernsinstitusjoner.";

    private static StatusResult Check(string narrative, string commitment, MeasureStatus expected)
    {
        var result = StatusClassifier.Classify(narrative, commitment);
        Assert.True(expected == result.Status, $"expected {expected}, got {result.Status}: {result.Explanation}");
        return result;
    }

    [Theory]
    [InlineData("Kartleggingen har så langt ikke vært gjenstand for arbeid.", "ikke vært gjenstand for arbeid")]
    [InlineData("Denne kartleggingen har det ikke vært kapasitet til i år.", "ikke vært kapasitet til")]
    [InlineData("Kartleggingen har av budsjetthensyn heller ikke i 2025 blitt prioritert.", "heller ikke i 2025 blitt prioritert")]
    [InlineData("Kartleggingen ble ikke gjennomført i planperioden.", "ikke gjennomført i planperioden")]
    public void Nothing_done_in_the_period_is_not_started(string narrative, string evidencePart)
    {
        var result = Check(narrative, Mapping, MeasureStatus.NotStarted);
        Assert.Contains(evidencePart, result.Evidence, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Kartleggingen har vært gjenstand for stor interesse, og den pågår i tre fylker.")]
    [InlineData("Kartleggingen er prioritert og pågår nå i alle fylker.")]
    [InlineData("Kartleggingen ble gjennomført i to av fem fylker, og resten pågår.")]
    public void Work_reported_without_such_a_negation_is_in_progress(string narrative) =>
        Check(narrative, Mapping, MeasureStatus.InProgress);

    [Theory]
    [InlineData("Tiltaket anses ivaretatt gjennom studentsamskipnadenes tilbud.", "anses ivaretatt")]
    [InlineData("Studentene har fått et tilbud i alle byer, og tiltaket er dermed gjennomført.", "tiltaket er dermed gjennomført")]
    [InlineData("Tiltaket er ferdigbehandlet.", "Tiltaket er ferdigbehandlet")]
    [InlineData("Oversikten ble sendt til departementet i 2023. Ingen videre rapportering.", "Ingen videre rapportering")]
    [InlineData("Funnene følges opp gjennom studentpolitikken og rapporteres ikke lenger under denne planen.", "rapporteres ikke lenger under denne planen")]
    public void The_reports_own_verdict_completes_the_measure(string narrative, string evidencePart)
    {
        var result = Check(narrative, Mapping, MeasureStatus.Completed);
        Assert.Contains(evidencePart, result.Evidence, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Tiltaket anses ikke ivaretatt ennå, og kartleggingen pågår i tre fylker.")]
    [InlineData("Kartleggingen pågår, og det er avtalt videre rapportering til departementet.")]
    public void A_negated_verdict_or_further_reporting_is_not_completed(string narrative) =>
        Check(narrative, Mapping, MeasureStatus.InProgress);

    [Theory]
    [InlineData("Portalen er nå landsdekkende.", "landsdekkende")]
    [InlineData("Portalen er en del av den faste tjenesten til Utdanningsdirektoratet.", "er en del av den faste")]
    [InlineData("Driften av portalen er budsjettert som fast post fra 2025.", "budsjettert som fast post")]
    [InlineData("Portalen ble satt i produksjon i august 2024.", "satt i produksjon")]
    public void In_place_everywhere_or_made_permanent_is_completed(string narrative, string evidencePart)
    {
        var result = Check(narrative, Portal, MeasureStatus.Completed);
        Assert.Contains(evidencePart, result.Evidence, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Portalen er ennå ikke landsdekkende. Den utvikles nå for flere fylker.")]
    [InlineData("Portalen skal bli en del av den faste tjenesten; utviklingen pågår.")]
    public void Not_yet_everywhere_is_not_completed(string narrative) =>
        Check(narrative, Portal, MeasureStatus.InProgress);

    [Fact]
    public void Formalised_cooperation_with_the_scheme_strengthened_is_completed() =>
        Check("Samarbeidet med de frivillige er formalisert i en avtale, og tilskuddet er styrket.", Scheme, MeasureStatus.Completed);

    [Theory]
    [InlineData("Kurset ble sluttrapportert til NAV i mars.", MeasureStatus.Completed)]
    [InlineData("Kartleggingen av behovet ble sluttrapportert i mars, og selve kurset utvikles nå.", MeasureStatus.InProgress)]
    public void Final_reported_is_judged_against_the_commitment(string narrative, MeasureStatus expected) =>
        Check(narrative, Course, expected);

    [Fact]
    public void A_course_released_is_completed()
    {
        var result = Check("Kurset ble frigitt for alle NAV-kontorer i mai.", Course, MeasureStatus.Completed);
        Assert.Contains("frigitt", result.Evidence, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Kurset kom ut i mai 2025.", MeasureStatus.Completed)]
    [InlineData("Kurset ligger nå ute for alle kontorer.", MeasureStatus.Completed)]
    [InlineData("En brosjyre om NAV-kontorenes åpningstider kom ut i mai 2025.", MeasureStatus.InProgress)]
    [InlineData("Invitasjonen til et arbeidsmøte ligger ute.", MeasureStatus.InProgress)]
    public void Came_out_and_lies_out_are_judged_by_their_subject(string narrative, MeasureStatus expected) =>
        Check(narrative, Course, expected);

    [Theory]
    [InlineData("Den første modulen ble lansert i 2024. Arbeidet med den andre modulen forventes sluttført i 2026.", "forventes sluttført i 2026")]
    [InlineData("Kurset er utviklet for veiledere. Ferdigstillelse av versjonen for ledere forventes i 2026.", "Ferdigstillelse av versjonen for ledere forventes")]
    public void Work_expected_to_be_finished_later_outranks_a_finished_part(string narrative, string evidencePart)
    {
        var result = Check(narrative, Course, MeasureStatus.InProgress);
        Assert.Contains(evidencePart, result.Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public void An_evaluation_expected_later_does_not_reopen_a_delivered_course() =>
        Check("Kurset ble lansert i 2024. Evalueringen av kurset forventes sluttført i 2026.", Course, MeasureStatus.Completed);

    [Theory]
    [InlineData("Utprøvingen av kurset løper ved fire NAV-kontorer.", "løper")]
    [InlineData("To kurspiloter drives videre i 2025.", "drives videre")]
    [InlineData("Et kursopplegg utarbeides nå av NAV.", "utarbeides nå")]
    [InlineData("Kurset er under pilotering i Agder.", "under pilotering")]
    [InlineData("Opplæringen av veilederne skjer løpende.", "skjer løpende")]
    public void Work_going_on_now_is_in_progress(string narrative, string evidencePart)
    {
        var result = Check(narrative, Course, MeasureStatus.InProgress);
        Assert.Contains(evidencePart, result.Evidence, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Kurset løper ikke lenger; det ble lagt ned i 2024, og ingen utvikling er planlagt.")]
    [InlineData("Kurset ble utarbeidet i 2023 og er tatt i bruk ved alle kontorer.")]
    public void No_running_work_is_not_in_progress_by_these_rules(string narrative)
    {
        var result = StatusClassifier.Classify(narrative, Course);
        Assert.NotEqual(MeasureStatus.InProgress, result.Status);
    }

    [Fact]
    public void Carried_over_to_the_next_plan_with_nothing_done_is_planned()
    {
        var result = Check("Vurderingen videreføres i ny handlingsplan.", Assessment, MeasureStatus.Planned);
        Assert.Contains("videreføres i ny handlingsplan", result.Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public void Work_that_continues_without_a_new_plan_is_in_progress() =>
        Check("Arbeidet med vurderingen videreføres i 2026.", Assessment, MeasureStatus.InProgress);

    [Theory]
    [InlineData("Meldeordningen iverksettes fra 1. januar 2027.", "iverksettes fra 1. januar 2027")]
    [InlineData("Spørsmålet tas opp når barnevernsloven er revidert.", "tas opp når")]
    public void A_step_scheduled_for_later_is_planned(string narrative, string evidencePart)
    {
        var result = Check(narrative, Assessment, MeasureStatus.Planned);
        Assert.Contains(evidencePart, result.Evidence, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Meldeordningen ble iverksatt fra 1. januar 2024.")]
    [InlineData("Saken ble tatt opp med fylkene i mars.")]
    public void A_step_in_the_past_is_no_scheduled_step(string narrative)
    {
        var result = StatusClassifier.Classify(narrative, Assessment);
        Assert.DoesNotContain("scheduled-later", result.Explanation, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Fylkesmannen disponerer 450 000 kroner til formålet i 2025.", 450000, 2025, "Fylkesmannen disponerer 450 000 kroner til formålet i 2025")]
    [InlineData("Kommunen bidro med 1,2 mill. kroner i 2024.", 1200000, 2024, "Kommunen bidro med 1,2 mill. kroner i 2024")]
    [InlineData("Kurset er ikke utviklet, til tross for at NAV fikk 800 000 kroner i 2025.", 800000, 2025, "NAV fikk 800 000 kroner i 2025")]
    public void Funding_with_other_verbs_and_a_concessive_clause(string narrative, long amount, int year, string evidence)
    {
        var funding = Assert.Single(FundingExtractor.Extract(narrative));
        Assert.Equal(amount, funding.AmountNok);
        Assert.Equal(year, funding.Year);
        Assert.Equal(evidence, funding.Evidence);
    }

    [Fact]
    public void An_amount_over_several_years_has_no_year_even_with_a_later_year_in_the_sentence()
    {
        var funding = Assert.Single(FundingExtractor.Extract("Piloten har fått 3 millioner kroner over fire år og avsluttes i 2027."));
        Assert.Null(funding.Year);
        Assert.Equal("Piloten har fått 3 millioner kroner over fire år", funding.Evidence);
    }

    [Fact]
    public void An_amount_for_one_year_keeps_its_year()
    {
        var funding = Assert.Single(FundingExtractor.Extract("Piloten har fått 3 millioner kroner i 2027."));
        Assert.Equal(2027, funding.Year);
    }

    [Theory]
    [InlineData(new[] { "Handlingsplan 2020–", "2025 – Ingen å miste" }, "Handlingsplan 2020–2025 – Ingen å miste")]
    [InlineData(new[] { "Mål 4 –", "God hjelp" }, "Mål 4 – God hjelp")]
    [InlineData(new[] { "perioden 2020–", "og videre" }, "perioden 2020– og videre")]
    public void A_number_range_broken_after_its_dash_is_rejoined_without_a_space(string[] lines, string expected) =>
        Assert.Equal(expected, TextNormalizer.JoinLines(lines));

    private static ExtractedLine Line(string text, double right, double bottom) => TestDocuments.Line(text, 40, right, bottom);

    [Fact]
    public void A_full_run_in_heading_line_then_a_paragraph_gap_starts_the_narrative()
    {
        var paragraphs = TestDocuments.ParagraphTexts(
            Line("Tiltak 9 Regjeringen vil styrke ordningen med tilskudd til frivillige chattetjenester.", 540, 700),
            Line("Rammen ble økt med 2 millioner kroner i 2025.", 300, 684));
        Assert.Equal(["Tiltak 9 Regjeringen vil styrke ordningen med tilskudd til frivillige chattetjenester.", "Rammen ble økt med 2 millioner kroner i 2025."], paragraphs);
    }

    [Fact]
    public void A_commitment_of_two_sentences_at_normal_leading_stays_one_paragraph()
    {
        var paragraphs = TestDocuments.ParagraphTexts(
            Line("Tiltak 9 Regjeringen vil styrke ordningen med tilskudd til frivillige chattetjenester.", 540, 700),
            Line("Tjenestene skal også nå eldre.", 200, 687));
        Assert.Single(paragraphs);
    }
}
