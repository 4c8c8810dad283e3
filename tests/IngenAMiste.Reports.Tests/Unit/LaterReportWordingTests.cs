using IngenAMiste.Reports.Model;
using IngenAMiste.Reports.Status;

namespace IngenAMiste.Reports.Tests.Unit;

/// <summary>
/// Wordings of later reports (issue #3) on invented sentences, each rule from both sides: "la … fram", "har så vidt begynt",
/// "holder kurs", "så langt ikke blitt fulgt opp", and next steps (evaluation, implementation) after a delivery.
/// </summary>
public sealed class LaterReportWordingTests
{
    private const string Knowledge = "Regjeringen vil bidra til mer kunnskap om hvordan lokalaviser omtaler selvmord.";
    private const string Scheme = "Regjeringen vil innføre en ordning med gratis førstehjelpskurs for frivillige organisasjoner.";
    private const string SchemeAndEvaluation = "Regjeringen vil innføre en ordning med gratis førstehjelpskurs for frivillige organisasjoner og evaluere den.";
    private const string Guide = "Regjeringen vil utarbeide en veileder for skolehelsetjenesten om samtaler med elever i krise.";
    private const string GuideAndImplementation = "Regjeringen vil utarbeide en veileder for skolehelsetjenesten om samtaler med elever i krise og legge til rette for implementering i kommunene.";
    private const string Competence = "Regjeringen vil styrke kompetansen om selvmordsrisiko blant ansatte i kommunale boligtjenester.";

    private static StatusResult Check(string narrative, string commitment, MeasureStatus expected)
    {
        var result = StatusClassifier.Classify(narrative, commitment);
        Assert.True(expected == result.Status, $"expected {expected}, got {result.Status}: {result.Explanation}");
        return result;
    }

    [Theory]
    [InlineData("Universitetet la i juni 2024 fram rapporten «Lokalavisenes omtale av selvmord».", "la i juni 2024 fram rapporten")]
    [InlineData("Forskerne la høsten 2023 frem en kunnskapsoppsummering om hvordan lokalaviser omtaler selvmord.", "la høsten 2023 frem en kunnskapsoppsummering")]
    public void A_report_presented_with_la_fram_split_by_a_time_completes_a_knowledge_measure(string narrative, string evidencePart)
    {
        var result = Check(narrative, Knowledge, MeasureStatus.Completed);
        Assert.Contains(evidencePart, result.Evidence, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Universitetet la i mars fram en prosjektplan for undersøkelsen.", MeasureStatus.Planned)]
    [InlineData("Direktoratet la i 2023 til rette for at forskerne får tilgang til avisarkivene.", MeasureStatus.Planned)]
    public void La_fram_of_a_planning_instrument_or_la_til_rette_is_no_completion(string narrative, MeasureStatus expected) =>
        Check(narrative, Knowledge, expected);

    [Fact]
    public void Just_begun_is_in_progress()
    {
        var result = Check("Opplæringen av de ansatte har så vidt begynt i tre kommuner.", Competence, MeasureStatus.InProgress);
        Assert.Contains("har så vidt begynt", result.Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public void Just_begun_planning_is_still_planned() =>
        Check("Direktoratet har nylig startet planleggingen av opplæringen.", Competence, MeasureStatus.Planned);

    [Fact]
    public void Holding_courses_now_is_in_progress()
    {
        var result = Check("Kompetansesentrene holder kurs om selvmordsrisiko for ansatte i boligtjenestene.", Competence, MeasureStatus.InProgress);
        Assert.Contains("holder kurs om selvmordsrisiko", result.Evidence, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Kompetansesentrene skal fra 2025 holde kurs for de ansatte.")]
    [InlineData("Kompetansesentrene holder ikke lenger kurs for de ansatte.")]
    public void Courses_to_be_held_or_no_longer_held_are_not_in_progress(string narrative)
    {
        var result = StatusClassifier.Classify(narrative, Competence);
        Assert.True(result.Status != MeasureStatus.InProgress, result.Explanation);
    }

    [Theory]
    [InlineData("Tiltaket har så langt ikke blitt fulgt opp med egne kurs i boligtjenestene.")]
    [InlineData("Tiltaket er hittil ikke fulgt opp. Det er satt av 2 millioner kroner.")]
    public void The_measure_not_followed_up_so_far_is_not_started(string narrative)
    {
        var result = Check(narrative, Competence, MeasureStatus.NotStarted);
        Assert.Contains("ikke", result.Evidence, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Tiltaket er fulgt opp med egne kurs i boligtjenestene.")]
    [InlineData("Rapporten har så langt ikke blitt fulgt opp av departementet, men kompetansesentrene holder kurs for de ansatte.")]
    public void Followed_up_or_another_thing_not_followed_up_is_not_not_started(string narrative)
    {
        var result = StatusClassifier.Classify(narrative, Competence);
        Assert.True(result.Status != MeasureStatus.NotStarted, result.Explanation);
    }

    [Fact]
    public void An_evaluation_under_way_does_not_undo_a_delivered_scheme()
    {
        var result = Check("Ordningen ble innført i mars 2023. Helsedirektoratet er i gang med å evaluere ordningen.", Scheme, MeasureStatus.Completed);
        Assert.Contains("Ordningen ble innført", result.Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public void An_evaluation_the_commitment_asks_for_keeps_the_measure_in_progress() =>
        Check("Ordningen ble innført i mars 2023. Helsedirektoratet er i gang med å evaluere ordningen.", SchemeAndEvaluation, MeasureStatus.InProgress);

    [Fact]
    public void An_implementation_the_commitment_asks_for_keeps_the_measure_in_progress()
    {
        var result = Check("Veilederen ble ferdigstilt i mai 2023. Implementeringen i kommunene har så vidt begynt.", GuideAndImplementation, MeasureStatus.InProgress);
        Assert.Contains("Implementeringen i kommunene har så vidt begynt", result.Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public void An_implementation_the_commitment_does_not_ask_for_leaves_the_guide_completed() =>
        Check("Veilederen ble ferdigstilt i mai 2023. Implementeringen i kommunene har så vidt begynt.", Guide, MeasureStatus.Completed);

    private const string Booklet = "Regjeringen vil styrke informasjonen til pårørende om selvmordsfare.";
    private const string Spread = "Regjeringen vil øke utbredelsen av lavterskeltilbudet Psykisk førstehjelp i kommunene.";
    private const string Sensor = "Regjeringen vil be helseforetakene vurdere om videoovervåking i skjermede enheter er et egnet hjelpemiddel.";
    private const string MunicipalPlans = "Regjeringen vil legge til rette for at kommunene utarbeider planer for forebygging av selvskading.";

    [Fact]
    public void A_start_up_phase_after_a_first_step_is_in_progress()
    {
        var result = Check("Direktoratet har opprettet en redaksjonsgruppe med brukerorganisasjonene, og arbeidet med brosjyren er i oppstartsfasen.", Booklet, MeasureStatus.InProgress);
        Assert.Contains("er i oppstartsfasen", result.Evidence, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Arbeidet med brosjyren er i oppstartsfasen.")]
    [InlineData("Direktoratet har opprettet en arbeidsgruppe, og saken er i en tidlig utredningsfase.")]
    public void A_start_up_phase_alone_or_an_investigation_phase_with_a_group_is_planned(string narrative) =>
        Check(narrative, Booklet, MeasureStatus.Planned);

    [Fact]
    public void Still_growing_outranks_a_partial_establishment()
    {
        var result = Check("Psykisk førstehjelp er nå etablert i 85 kommuner, og utbredelsen øker fortsatt.", Spread, MeasureStatus.InProgress);
        Assert.Equal("utbredelsen øker fortsatt", result.Evidence);
    }

    [Fact]
    public void Growing_numbers_without_still_are_no_state_of_the_work()
    {
        var result = StatusClassifier.Classify("Antallet brukere øker.", Spread);
        Assert.True(result.Hits.All(h => h.RuleId != "still-growing"), result.Explanation);
    }

    [Fact]
    public void Halfway_is_in_progress_and_a_colon_ends_the_phrase()
    {
        var result = Check("Opptrappingen er kommet halvveis: 85 kommuner tilbyr nå kurset.", Spread, MeasureStatus.InProgress);
        Assert.Equal("Opptrappingen er kommet halvveis", result.Evidence);
    }

    [Fact]
    public void Results_being_assessed_outrank_a_finished_trial()
    {
        var result = Check("Utprøvingen ved sykehuset ble avsluttet i mai, og helseforetakene vurderer nå resultatene.", Sensor, MeasureStatus.InProgress);
        Assert.Contains("vurderer nå resultatene", result.Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public void Results_being_assessed_do_not_undo_a_delivered_deliverable() =>
        Check("Veilederen ble ferdigstilt i mars 2023. Direktoratet vurderer nå erfaringene fra kommunene.", Guide, MeasureStatus.Completed);

    [Fact]
    public void Support_that_goes_on_is_in_progress_and_a_state_in_a_relative_clause_is_about_its_antecedent()
    {
        var result = Check("Om lag 200 kommuner har nå vedtatt en plan, og kompetansesentrene gir fortsatt veiledning til kommuner som er i gang med planarbeidet.", MunicipalPlans, MeasureStatus.InProgress);
        Assert.Equal("kompetansesentrene gir fortsatt veiledning til kommuner", result.Evidence);
    }

    [Fact]
    public void A_state_in_a_relative_clause_does_not_undo_a_delivery() =>
        Check("Veilederen ble publisert i mars 2023 og er sendt til kommuner som er i gang med planarbeidet.", Guide, MeasureStatus.Completed);
}
