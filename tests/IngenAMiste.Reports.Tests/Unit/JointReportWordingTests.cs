using IngenAMiste.Reports.Model;
using IngenAMiste.Reports.Status;

namespace IngenAMiste.Reports.Tests.Unit;

/// <summary>
/// Status wordings of a report that reports related measures jointly (issue #3, measured blind on samlerapport-2023), on
/// invented sentences, each rule from both sides: "har vært tilgjengelig … siden", "er inne i sitt andre år", "fungerer som
/// faste ordninger", "spres gjennom", "<document> kom i <month>", "Ingen av … har kommet ut av startblokkene", "skrives om",
/// "bygges videre ut", "ble lagt ut", "ikke rukket å begynne", "har fått et avsnitt om", "får veiledning", "gjennomgår nå",
/// "blir fulgt opp", "under oppskalering", "tilpasses nå", "under bestilling", "er lagt inn i oppdragsporteføljen", "har fått …
/// i tildelingsbrevet", "satt på dagsordenen", "er forberedt", "skal utformes".
/// </summary>
public sealed class JointReportWordingTests
{
    private const string Map = "Regjeringen vil lage en digital oversikt over hjelpetilbudene i kommunene.";
    private const string Trial = "Regjeringen vil gjennomføre en forsøksordning med oppfølgingsteam i to fylker.";
    private const string Council = "Regjeringen vil opprette et nasjonalt råd for etterlatte.";
    private const string Guide = "Regjeringen vil utarbeide en veileder for fastleger om samtaler med etterlatte.";
    private const string Offer = "Regjeringen vil øke utbredelsen av lavterskeltilbud for unge.";
    private const string Rules = "Regjeringen vil tydeliggjøre reglene om taushetsplikt for ansatte i skolen.";

    private static void Check(string narrative, string commitment, MeasureStatus expected, string evidencePart)
    {
        var result = StatusClassifier.Classify(narrative, commitment);
        Assert.True(expected == result.Status, $"expected {expected}, got {result.Status}: {result.Explanation}");
        Assert.Contains(evidencePart, result.Evidence, StringComparison.Ordinal);
    }

    private static void NotThis(string narrative, string commitment, MeasureStatus unexpected)
    {
        var result = StatusClassifier.Classify(narrative, commitment);
        Assert.True(unexpected != result.Status, $"did not expect {unexpected}: {result.Explanation}");
    }

    [Fact]
    public void Available_since_a_year_is_completed_available_later_is_not()
    {
        Check("Oversikten har vært tilgjengelig på nett siden 2022.", Map, MeasureStatus.Completed, "tilgjengelig på nett siden 2022");
        NotThis("Oversikten vil være tilgjengelig fra 2026.", Map, MeasureStatus.Completed);
    }

    [Fact]
    public void In_its_second_year_is_in_progress_a_second_year_planned_is_not()
    {
        Check("Forsøket er inne i sitt tredje år i Troms.", Trial, MeasureStatus.InProgress, "inne i sitt tredje år");
        NotThis("Et forsøk i to fylker skal vurderes neste år.", Trial, MeasureStatus.InProgress);
    }

    [Fact]
    public void Working_as_a_permanent_arrangement_is_completed_a_temporary_one_is_not()
    {
        Check("Rådet fungerer nå som en fast ordning med to møter i året.", Council, MeasureStatus.Completed, "fungerer nå som en fast ordning");
        NotThis("Rådet fungerer som en midlertidig arbeidsgruppe inntil videre.", Council, MeasureStatus.Completed);
    }

    [Fact]
    public void Being_spread_is_in_progress_but_not_the_verb_alone()
    {
        Check("Veilederen spres gjennom fastlegenes faglige nettverk.", Guide, MeasureStatus.InProgress, "spres gjennom");
        NotThis("Spredning av veilederen er ikke påbegynt.", Guide, MeasureStatus.InProgress);
    }

    [Fact]
    public void A_document_that_came_out_in_a_month_is_completed_one_that_comes_later_is_not()
    {
        Check("Rundskrivet om taushetsplikt i skolen kom i mars 2024.", Rules, MeasureStatus.Completed, "kom i mars");
        NotThis("Rundskrivet om taushetsplikt kommer først til høsten.", Rules, MeasureStatus.Completed);
    }

    [Fact]
    public void None_out_of_the_starting_blocks_is_not_started_all_out_of_them_is_not()
    {
        Check("Ingen av de tre tiltakene har kommet ut av startblokkene.", Council, MeasureStatus.NotStarted, "startblokkene");
        NotThis("Rådet kom raskt ut av startblokkene og har hatt fire møter.", Council, MeasureStatus.NotStarted);
    }

    [Fact]
    public void Being_rewritten_is_in_progress_a_rewrite_to_come_is_not()
    {
        Check("Veilederen skrives om etter innspill fra fastlegene.", Guide, MeasureStatus.InProgress, "skrives om");
        NotThis("Veilederen skal skrives om neste år.", Guide, MeasureStatus.InProgress);
    }

    [Fact]
    public void Built_further_out_is_in_progress_not_built_out_is_not()
    {
        Check("Lavterskeltilbudet bygges gradvis ut i flere bydeler.", Offer, MeasureStatus.InProgress, "bygges gradvis ut");
        NotThis("Lavterskeltilbudet bygges ikke ut før 2026.", Offer, MeasureStatus.InProgress);
    }

    [Fact]
    public void A_deliverable_posted_is_completed_one_to_be_posted_is_not()
    {
        Check("Veilederen for fastleger ble lagt ut på Helsedirektoratets sider i juni.", Guide, MeasureStatus.Completed, "ble lagt ut");
        NotThis("Veilederen for fastleger skal legges ut i løpet av våren.", Guide, MeasureStatus.Completed);
    }

    [Fact]
    public void Not_had_time_to_begin_is_not_started_having_begun_in_time_is_not()
    {
        Check("Direktoratet har ennå ikke rukket å starte på veilederen.", Guide, MeasureStatus.NotStarted, "rukket å starte");
        NotThis("Direktoratet rakk å starte arbeidet med veilederen før sommeren, og det pågår nå.", Guide, MeasureStatus.NotStarted);
    }

    [Fact]
    public void Has_got_a_section_on_the_subject_is_completed_will_get_one_is_not()
    {
        Check("Veilederen har fått et eget kapittel om samtaler med etterlatte.", Guide, MeasureStatus.Completed, "har fått et eget kapittel om");
        NotThis("Veilederen skal få et eget kapittel om etterlatte.", Guide, MeasureStatus.Completed);
    }

    [Fact]
    public void Receiving_guidance_is_in_progress_not_receiving_it_is_not()
    {
        Check("Bydelene får opplæring i lavterskeltilbudet fra RVTS.", Offer, MeasureStatus.InProgress, "får opplæring");
        NotThis("Bydelene får ikke opplæring før tilbudet er vedtatt.", Offer, MeasureStatus.InProgress);
    }

    [Fact]
    public void Reviewing_now_is_in_progress_reviewing_later_is_not()
    {
        Check("Arbeidsgruppen kartlegger nå tilbudene i alle kommuner.", Map, MeasureStatus.InProgress, "kartlegger nå");
        NotThis("Arbeidsgruppen skal først kartlegge tilbudene når mandatet er klart.", Map, MeasureStatus.InProgress);
    }

    [Fact]
    public void Being_followed_up_is_in_progress_not_completed()
    {
        Check("Forsøksordningen blir nå fulgt opp i to fylker.", Trial, MeasureStatus.InProgress, "blir nå fulgt opp");
        NotThis("Forsøksordningen blir ikke fulgt opp.", Trial, MeasureStatus.InProgress);
    }

    [Fact]
    public void Being_scaled_up_is_in_progress_a_scale_up_to_consider_is_not()
    {
        Check("Lavterskeltilbudet er under oppskalering i Vestland.", Offer, MeasureStatus.InProgress, "under oppskalering");
        NotThis("En oppskalering av tilbudet vil vurderes i 2026.", Offer, MeasureStatus.InProgress);
    }

    [Fact]
    public void Being_adapted_now_is_in_progress_an_adaptation_to_come_is_not()
    {
        Check("Veilederen tilpasses nå samiske forhold.", Guide, MeasureStatus.InProgress, "tilpasses nå");
        NotThis("Veilederen skal tilpasses samiske forhold senere.", Guide, MeasureStatus.InProgress);
    }

    [Fact]
    public void Being_ordered_is_planned_delivered_is_not()
    {
        Check("Oversikten er under bestilling hos en konsulent.", Map, MeasureStatus.Planned, "under bestilling");
        NotThis("Oversikten ble levert av konsulenten i mai og er publisert.", Map, MeasureStatus.Planned);
    }

    [Fact]
    public void Entered_in_the_assignment_portfolio_is_planned_entered_in_a_register_is_not()
    {
        Check("Forsøket er lagt inn i direktoratets oppdragsportefølje for 2025.", Trial, MeasureStatus.Planned, "oppdragsportefølje");
        NotThis("Forsøket er lagt inn i fylkenes drift og pågår i begge fylker.", Trial, MeasureStatus.Planned);
    }

    [Fact]
    public void Got_it_in_the_allocation_letter_is_planned_got_money_for_a_running_trial_is_not()
    {
        Check("Helsedirektoratet har fått forsøket i tildelingsbrevet for 2025.", Trial, MeasureStatus.Planned, "i tildelingsbrevet");
        NotThis("Forsøket pågår i begge fylker.", Trial, MeasureStatus.Planned);
    }

    [Fact]
    public void Put_on_the_agenda_is_planned_taken_off_it_is_not()
    {
        Check("Veilederen er satt på dagsordenen for neste år.", Guide, MeasureStatus.Planned, "satt på dagsordenen");
        NotThis("Veilederen er ferdigstilt og publisert.", Guide, MeasureStatus.Planned);
    }

    [Fact]
    public void Prepared_is_planned_but_prepared_for_something_is_not_this_rule()
    {
        Check("Forsøksordningen er forberedt, og de to fylkene er valgt.", Trial, MeasureStatus.Planned, "er forberedt");
        var other = StatusClassifier.Classify("Teamene er forberedt på økt pågang i vinter.", Trial);
        Assert.DoesNotContain("er forberedt", other.Evidence ?? string.Empty, StringComparison.Ordinal);
    }

    [Fact]
    public void To_be_designed_is_planned_designed_is_not()
    {
        Check("En digital oversikt skal utformes sammen med kommunene.", Map, MeasureStatus.Planned, "skal utformes");
        NotThis("Den digitale oversikten er lansert for alle kommuner.", Map, MeasureStatus.Planned);
    }
}
