using IngenAMiste.Reports.Model;
using IngenAMiste.Reports.Parsing;
using IngenAMiste.Reports.Status;

namespace IngenAMiste.Reports.Tests.Unit;

/// <summary>
/// Wordings found blind in the fourth-year variation report (issue #3), on invented sentences, each rule from both sides:
/// "ingen av … har begynt", "ikke tatt initiativ", "tiltaket er lukket", "går for fullt", "kommet godt i gang", a present
/// tense with "nå", "bygges ut", "testes ut", "tas gradvis i bruk", "har stoppet opp", courses held now, "oppdraget er gitt
/// til", "bestilt fra", a group appointed at a later date, "startet i mars et …", and the completions "presentert",
/// "rullet ut", "har vært i fast drift", "har gjeldt siden" (an institution's genitive after "i" is no partial scope); funding
/// evidence after a concessive "selv om"; and the short ministry label "Ansvar:".
/// </summary>
public sealed class FourthReportWordingTests
{
    private const string Survey = "Regjeringen vil kartlegge bruken av lavterskeltilbud for unge i kommunene.";
    private const string App = "Regjeringen vil utvikle en app for unge som har tanker om selvmord.";
    private const string Helpline = "Regjeringen vil etablere en nasjonal telefontjeneste for etterlatte.";
    private const string Regulation = "Regjeringen vil fastsette en forskrift om oppfølging etter selvmordsforsøk.";
    private const string Competence = "Regjeringen vil styrke kompetansen om selvmordsrisiko blant ansatte i boligtjenestene.";
    private const string DigitalSolution = "Regjeringen vil innføre en digital løsning for journaldeling mellom legevaktene.";
    private const string Handbook = "Regjeringen vil utarbeide en håndbok for lærere om samtaler med elever i krise.";

    private static StatusResult Check(string narrative, string commitment, MeasureStatus expected)
    {
        var result = StatusClassifier.Classify(narrative, commitment);
        Assert.True(expected == result.Status, $"expected {expected}, got {result.Status}: {result.Explanation}");
        return result;
    }

    [Theory]
    [InlineData("Ingen av fylkeskommunene har startet arbeidet ennå.", "Ingen av fylkeskommunene har startet")]
    [InlineData("Ingen av de tre direktoratene har foreløpig begynt på kartleggingen.", "Ingen av de tre direktoratene har foreløpig begynt")]
    [InlineData("Det er ennå ikke tatt initiativ til en kartlegging.", "ikke tatt initiativ")]
    public void Nobody_has_begun_or_initiated_the_work_is_not_started(string narrative, string evidencePart)
    {
        var result = Check(narrative, Survey, MeasureStatus.NotStarted);
        Assert.Contains(evidencePart, result.Evidence, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Ingen forsinkelser er meldt, og fylkeskommunene har startet kartleggingen.")]
    [InlineData("Kommunene har tatt initiativ til kartleggingen, og den er nå i gang.")]
    public void A_negation_elsewhere_or_an_initiative_taken_is_no_not_started(string narrative) =>
        Check(narrative, Survey, MeasureStatus.InProgress);

    [Fact]
    public void A_measure_declared_closed_is_completed()
    {
        var result = Check("Politiet har ikke meldt om nye behov, og tiltaket er nå lukket.", Survey, MeasureStatus.Completed);
        Assert.Contains("tiltaket er nå lukket", result.Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public void A_measure_not_closed_is_not_completed() =>
        Check("Tiltaket er ikke lukket, fordi to fylker gjenstår.", Survey, MeasureStatus.InProgress);

    [Theory]
    [InlineData("Kartleggingen går nå for fullt i tre bydeler.", "går nå for fullt")]
    [InlineData("Kartleggingen er kommet godt i gang i Agder.", "er kommet godt i gang")]
    public void In_full_swing_and_well_under_way_are_in_progress(string narrative, string evidencePart)
    {
        var result = Check(narrative, Survey, MeasureStatus.InProgress);
        Assert.Contains(evidencePart, result.Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public void Not_yet_under_way_stays_not_started() =>
        Check("Kartleggingen har ennå ikke kommet i gang.", Survey, MeasureStatus.NotStarted);

    [Fact]
    public void Present_tense_with_now_outranks_a_delivered_first_version()
    {
        var result = Check("Den første versjonen av appen ble lansert i 2023. Leverandøren utvikler nå en ny versjon med chat.", App, MeasureStatus.InProgress);
        Assert.Contains("utvikler nå", result.Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public void Upkeep_in_the_present_tense_without_now_does_not_undo_a_delivery() =>
        Check("Appen ble lansert i 2023. Leverandøren oppdaterer innholdet hvert år.", App, MeasureStatus.Completed);

    [Theory]
    [InlineData("Kurstilbudet bygges ut i flere kommuner.", "bygges ut")]
    [InlineData("Den nye rutinen testes ut på to legevakter.", "testes ut")]
    [InlineData("Opplæringsprogrammet tas nå gradvis i bruk i boligtjenestene.", "tas nå gradvis i bruk")]
    [InlineData("Det holdes nå kurs for ansatte i boligtjenestene i alle fylker.", "holdes nå kurs")]
    public void Ongoing_passives_are_in_progress(string narrative, string evidencePart)
    {
        var result = Check(narrative, Competence, MeasureStatus.InProgress);
        Assert.Contains(evidencePart, result.Evidence, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Kurstilbudet skal bygges ut fra 2026.")]
    [InlineData("Den nye rutinen skal testes ut høsten 2026.")]
    public void The_same_passives_after_a_modal_are_planned(string narrative) =>
        Check(narrative, Competence, MeasureStatus.Planned);

    [Fact]
    public void Courses_held_from_a_later_date_are_no_ongoing_activity() =>
        Assert.NotEqual(MeasureStatus.InProgress, StatusClassifier.Classify("Det holdes kurs for ansatte fra høsten 2026.", Competence).Status);

    [Fact]
    public void Stalled_work_has_begun()
    {
        var result = Check("Utviklingen av appen har stoppet opp etter at finansieringen falt bort.", App, MeasureStatus.InProgress);
        Assert.Contains("har stoppet opp", result.Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public void A_stalled_extra_does_not_undo_a_delivered_app() =>
        Check("Appen ble lansert i mai 2024. Arbeidet med en engelsk versjon har stoppet opp.", App, MeasureStatus.Completed);

    [Theory]
    [InlineData("Oppdraget er gitt til Folkehelseinstituttet.", "Oppdraget er gitt til")]
    [InlineData("En kunnskapsoppsummering er bestilt fra universitetet.", "er bestilt fra")]
    [InlineData("En referansegruppe nedsettes i løpet av våren 2026.", "nedsettes i løpet av våren 2026")]
    public void Assigned_commissioned_or_scheduled_is_planned(string narrative, string evidencePart)
    {
        var result = Check(narrative, Survey, MeasureStatus.Planned);
        Assert.Contains(evidencePart, result.Evidence, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Oppdraget er gitt til Folkehelseinstituttet, og kartleggingen pågår.")]
    [InlineData("En referansegruppe ble nedsatt våren 2024 og har hatt tre møter.")]
    public void Assignment_with_work_reported_or_a_group_already_appointed_is_no_longer_planned(string narrative) =>
        Check(narrative, Survey, MeasureStatus.InProgress);

    [Fact]
    public void Started_something_in_the_simple_past_is_in_progress()
    {
        var result = Check("Kompetansesenteret startet i mars 2024 et nettverk for ansatte i boligtjenestene.", Competence, MeasureStatus.InProgress);
        Assert.Contains("startet i mars 2024 et nettverk", result.Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public void Started_an_investigation_in_the_simple_past_is_still_planning() =>
        Check("Direktoratet startet i mars 2024 en utredning av behovet.", Competence, MeasureStatus.Planned);

    [Theory]
    [InlineData("Håndboken ble presentert i mars 2024.", Handbook, "Håndboken ble presentert")]
    [InlineData("Løsningen ble rullet ut til alle legevakter i 2024.", DigitalSolution, "ble rullet ut")]
    [InlineData("Telefontjenesten har vært i fast drift siden 2022.", Helpline, "har vært i fast drift")]
    [InlineData("Forskriften har gjeldt siden 1. juli 2023.", Regulation, "har gjeldt siden")]
    public void Later_report_completion_verbs_complete_the_own_deliverable(string narrative, string commitment, string evidencePart)
    {
        var result = Check(narrative, commitment, MeasureStatus.Completed);
        Assert.Contains(evidencePart, result.Evidence, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Utkastet til håndboken ble presentert for lærerne i mars, og arbeidet pågår.", Handbook)]
    [InlineData("Løsningen ble rullet ut i to av fire regioner.", DigitalSolution)]
    [InlineData("En prøveordning med frivillige har vært i drift siden 2022, og telefontjenesten er under etablering.", Helpline)]
    public void Presented_to_someone_a_partial_roll_out_or_another_thing_in_use_does_not_complete(string narrative, string commitment) =>
        Check(narrative, commitment, MeasureStatus.InProgress);

    private const string Criteria = "Regjeringen vil etablere kriterier for klassifisering av fallulykker.";

    [Fact]
    public void An_institutions_genitive_after_i_is_no_partial_scope()
    {
        var result = Check("Kriteriene har vært i bruk i Statens vegvesens analyser siden 2023.", Criteria, MeasureStatus.Completed);
        Assert.Contains("Kriteriene har vært i bruk", result.Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public void A_place_after_i_is_still_a_partial_scope() =>
        Check("Kriteriene har vært i bruk i Vestfold og Telemark siden 2023.", Criteria, MeasureStatus.InProgress);

    [Theory]
    [InlineData("Arbeidet er ikke påbegynt, selv om det er bevilget 600 000 kroner til det i 2024.", "det er bevilget 600 000 kroner til det i 2024")]
    [InlineData("Det er bevilget 600 000 kroner i 2024, selv om arbeidet ikke er påbegynt.", "Det er bevilget 600 000 kroner i 2024")]
    public void Funding_evidence_in_a_concessive_clause_starts_after_selv_om(string narrative, string evidence)
    {
        var funding = Assert.Single(FundingExtractor.Extract(narrative));
        Assert.Equal(evidence, funding.Evidence);
        Assert.Equal(600000, funding.AmountNok);
    }

    [Theory]
    [InlineData("Ansvar: HOD", new[] { "HOD" })]
    [InlineData("Ansvar: JD og HOD", new[] { "JD", "HOD" })]
    [InlineData("Ansvar : KD, HOD", new[] { "KD", "HOD" })]
    public void The_short_label_Ansvar_is_a_ministry_line(string line, string[] codes)
    {
        var m = Ministries.MatchLine(line);
        Assert.True(m.Success);
        Assert.Equal(codes, Ministries.ParseList(m.Groups["list"].Value));
    }

    [Theory]
    [InlineData("Ansvar for tiltaket har HOD.")]
    [InlineData("Ansvaret for oppfølgingen ligger hos Helsedirektoratet.")]
    public void Running_text_about_responsibility_is_no_ministry_line(string line) =>
        Assert.False(Ministries.MatchLine(line).Success);
}
