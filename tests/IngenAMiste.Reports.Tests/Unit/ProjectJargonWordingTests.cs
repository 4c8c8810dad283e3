using IngenAMiste.Reports.Model;
using IngenAMiste.Reports.Status;

namespace IngenAMiste.Reports.Tests.Unit;

/// <summary>
/// Wordings of a programme office that reports the plan as a portfolio of projects (issue #3, found blind in a report in
/// project-management jargon), on invented sentences, each rule from both sides: traffic-light fields ("Status: Gul –
/// forsinket") that are not a stage, work not cleared to start (backlog, no green light, parked), execution and initiation
/// phases, the portfolio or work plan of a coming year, continuous or staged delivery (sprints, waves, releases), a rollout
/// to a counted part of the units, delivery loanwords (go-live, produksjonssatt) and a closed project.
/// </summary>
public sealed class ProjectJargonWordingTests
{
    private const string Guide = "Regjeringen vil utarbeide en nasjonal veileder om oppfølging av unge etter selvskading.";
    private const string Service = "Regjeringen vil etablere lavterskeltilbud for unge i krise i kommunene.";
    private const string Site = "Regjeringen vil styrke informasjon til lærere om selvskading hos elever.";
    private const string Grant = "Regjeringen vil styrke tilskuddsordningen for lavterskeltilbud til unge.";

    private static StatusResult Classify(string narrative, string commitment = Guide) => StatusClassifier.Classify(narrative, commitment);

    [Fact]
    public void A_traffic_light_field_is_not_read_as_a_stage()
    {
        var green = Classify("Status: Grønn (i rute)\nVeilederen skal etter planen skrives av en arbeidsgruppe som settes ned i 2025.");
        var red = Classify("Status: Rød – stoppet.\nSkrivingen av veilederen pågår i en redaksjonsgruppe.");

        Assert.Equal(MeasureStatus.Planned, green.Status);
        Assert.DoesNotContain("rute", green.Evidence ?? "", StringComparison.Ordinal);
        Assert.Equal(MeasureStatus.InProgress, red.Status);
        Assert.Contains("pågår", red.Evidence, StringComparison.Ordinal);
        // A sentence that merely begins with "Status" and goes on is read as usual.
        Assert.Equal(MeasureStatus.InProgress, Classify("Status for veilederen: skrivingen pågår i en redaksjonsgruppe.").Status);
    }

    [Fact]
    public void Work_not_cleared_to_start_is_not_started()
    {
        var backlog = Classify("Veilederen har fortsatt ikke kommet ut av backlogen til direktoratet.");
        var light = Classify("Det er satt av 2 mill. kroner, men skrivegruppen har enda ikke fått klarsignal.");
        var resources = Classify("Det er ikke funnet ressurser til å starte arbeidet med veilederen i år.");

        Assert.Equal(MeasureStatus.NotStarted, backlog.Status);
        Assert.Equal(MeasureStatus.NotStarted, light.Status);
        Assert.Contains("ikke fått klarsignal", light.Evidence, StringComparison.Ordinal);
        Assert.Equal(MeasureStatus.NotStarted, resources.Status);
        // A green light given is no statement that the work has not begun.
        Assert.NotEqual(MeasureStatus.NotStarted, Classify("Skrivegruppen fikk grønt lys i mars og skriver nå på de første kapitlene.").Status);
    }

    [Fact]
    public void A_parked_measure_is_not_started_unless_work_is_reported()
    {
        Assert.Equal(MeasureStatus.NotStarted, Classify("Veilederen ligger parkert i direktoratets portefølje.").Status);
        Assert.Equal(MeasureStatus.NotStarted, Classify("Tiltaket ble parkert av styringsgruppen i 2023.").Status);
        Assert.Equal(MeasureStatus.InProgress, Classify("Parkeringsløsningen er uendret, og skrivingen av veilederen pågår.").Status);
    }

    [Fact]
    public void An_execution_phase_is_in_progress_but_an_initiation_phase_is_planned()
    {
        var test = Classify("Veilederen er nå i utprøvingsfasen hos tre helsestasjoner.");
        var phase = Classify("Tilbudet står i fase 3 av utbyggingen.", Service);
        var initiation = Classify("Prosjektet om veilederen er i konseptfasen.");

        Assert.Equal(MeasureStatus.InProgress, test.Status);
        Assert.Contains("utprøvingsfasen", test.Evidence, StringComparison.Ordinal);
        Assert.Equal(MeasureStatus.InProgress, phase.Status);
        Assert.Equal(MeasureStatus.InProgress, Classify("Lavterskeltilbudet er i produksjon hos fire kommuner.", Service).Status);
        Assert.Equal(MeasureStatus.Planned, initiation.Status);
        Assert.Equal(MeasureStatus.Planned, Classify("Prosjektmandatet for veilederen skal forankres i ledergruppen før sommeren.").Status);
        Assert.Equal(MeasureStatus.Planned, Classify("Direktoratet kartlegger behovet før prosjektmandatet utarbeides.").Status);
        // A phase that is over, in the past, is not the current state.
        Assert.NotEqual(MeasureStatus.InProgress, Classify("Prosjektet var i testfasen i 2022, og veilederen ble publisert i fjor.").Status);
    }

    [Fact]
    public void A_place_in_the_portfolio_of_a_coming_year_is_planned()
    {
        var portfolio = Classify("Veilederen ligger inne i prosjektporteføljen for 2026.");
        var list = Classify("Tiltaket står øverst på prioriteringslisten for neste år.", Service);

        Assert.Equal(MeasureStatus.Planned, portfolio.Status);
        Assert.Equal(MeasureStatus.Planned, list.Status);
        // A place in a portfolio without a coming year says nothing about the stage.
        Assert.Equal(MeasureStatus.Completed, Classify("Veilederen er en del av porteføljen og ble publisert i fjor.").Status);
    }

    [Fact]
    public void Continuous_or_staged_delivery_is_in_progress_even_after_a_delivered_part()
    {
        var waves = Classify("Tilbudet rulles ut i bølger, og første bølge ble etablert i Vestland i fjor.", Service);
        var sprint = Classify("Sprint 4 er i gang, og kapitlet om skolehelsetjenesten ble ferdigstilt i forrige sprint.");
        var streams = Classify("Utviklingen kjøres nå i to delprosjekter med hver sin leverandør.", Service);

        Assert.Equal(MeasureStatus.InProgress, waves.Status);
        Assert.Contains("rulles ut", waves.Evidence, StringComparison.Ordinal);
        Assert.Equal(MeasureStatus.InProgress, sprint.Status);
        Assert.Equal(MeasureStatus.InProgress, streams.Status);
        Assert.Equal(MeasureStatus.InProgress, Classify("Tilbudet har god fremdrift i Nordland.", Service).Status);
        Assert.Equal(MeasureStatus.InProgress, Classify("Lavterskeltilbudet bygges ut med løpende inntak av nye kommuner.", Service).Status);
        // Delivered once, not continuously: a completion.
        Assert.Equal(MeasureStatus.Completed, Classify("Veilederen ble levert i én samlet leveranse i mai.").Status);
    }

    [Fact]
    public void A_rollout_to_a_counted_part_of_the_units_is_in_progress_even_when_the_product_is_finished()
    {
        var phased = Classify("Veilederen ble ferdigstilt i fjor og er faset inn i fire av elleve fylker.");
        var reached = Classify("Tilbudet har nådd 30 av 40 kommuner i regionen.", Service);

        Assert.Equal(MeasureStatus.InProgress, phased.Status);
        Assert.Contains("fire av elleve", phased.Evidence, StringComparison.Ordinal);
        Assert.Equal(MeasureStatus.InProgress, reached.Status);
        Assert.Equal(MeasureStatus.Completed, Classify("Veilederen ble ferdigstilt i fjor og er tatt i bruk i alle fylker.").Status);
    }

    [Fact]
    public void Going_live_and_production_are_completions_of_the_deliverable_but_not_when_still_to_come()
    {
        var live = Classify("Nettsiden for lærere gikk live i januar.", Site);
        var production = Classify("Den digitale veilederen ble satt i produksjon i mars.");
        var lift = Classify("Tilskuddsordningen for lavterskeltilbud fikk i år, etter forhandlingene, et varig løft.", Grant);

        Assert.Equal(MeasureStatus.Completed, live.Status);
        Assert.Contains("gikk live", live.Evidence, StringComparison.Ordinal);
        Assert.Equal(MeasureStatus.Completed, production.Status);
        Assert.NotEqual(MeasureStatus.NotStarted, lift.Status);
        Assert.NotEqual(MeasureStatus.Completed, Classify("Nettsiden for lærere skal gå live etter sommeren.", Site).Status);
        Assert.NotEqual(MeasureStatus.Completed, Classify("Nettsiden for lærere er ennå ikke produksjonssatt.", Site).Status);
    }

    [Fact]
    public void A_closed_project_or_an_accepted_final_delivery_is_completed_but_a_closed_pre_project_is_not()
    {
        var closed = Classify("Prosjektet ble avsluttet i juni etter at veilederen var trykket.");
        var accepted = Classify("Sluttleveransen er nå akseptert av oppdragsgiver.");

        Assert.Equal(MeasureStatus.Completed, closed.Status);
        Assert.Equal(MeasureStatus.Completed, accepted.Status);
        Assert.NotEqual(MeasureStatus.Completed, Classify("Forprosjektet ble avsluttet i juni, og skrivingen av veilederen pågår.").Status);
    }

    [Fact]
    public void Something_on_the_doorstep_is_planned_but_work_reported_beside_it_decides()
    {
        Assert.Equal(MeasureStatus.Planned, Classify("Oppstart av skrivearbeidet står på trappene.").Status);
        Assert.Equal(MeasureStatus.Planned, Classify("Et utkast til mandat for veilederen er på trappene.").Status);
        Assert.Equal(MeasureStatus.InProgress, Classify("Skrivingen pågår, og en høring er på trappene.").Status);
        Assert.NotEqual(MeasureStatus.Planned, Classify("Sikringen av trappene ved stasjonene ble fullført i fjor.", Service).Status);
    }

    [Fact]
    public void Nothing_remaining_is_no_remaining_work()
    {
        Assert.Equal(MeasureStatus.Completed, Classify("Veilederen ble publisert i mars, og det gjenstår ingen leveranser.").Status);
        Assert.Equal(MeasureStatus.InProgress, Classify("Veilederen er skrevet, men det gjenstår korrektur og illustrasjoner.").Status);
    }

    [Fact]
    public void A_web_guide_is_a_web_resource_of_an_information_measure()
    {
        Assert.Equal(MeasureStatus.Completed, Classify("Veiviseren for lærere ble lansert i august.", Site).Status);
        Assert.Equal(MeasureStatus.Completed, Classify("Lærerveiviseren ble publisert i fjor.", Site).Status);
    }
}
