using IngenAMiste.Reports.Model;
using IngenAMiste.Reports.Status;

namespace IngenAMiste.Reports.Tests.Unit;

/// <summary>
/// Status wordings of a ministry desk officer's mid-year report (issue #3, measured blind on the word-processor variation
/// report), on invented sentences, each rule from both sides: "har fortsatt gjennom året", "har vært operativt siden",
/// "er omtrent midtveis", "ble overrakt", "slapp", "utprøves" / "under testing", "går sin gang", "har hatt tre samlinger",
/// "ikke satt i verk", "aldri blitt startet", "ikke tatt opp til vurdering", "Ingen … er påbegynt", present-tense "tester /
/// utvider / rekrutterer", "er i oppstart", "er avrundet", "Det er nå … i alle …", "fikk et påslag på", "regnes dermed som
/// gjennomført", "med oppstart etter sommeren", "vil bli nærmere avklart", "er satt opp til", "skal drøftes", "for tiden",
/// "fortløpende", "fikk et eget kapittel".
/// </summary>
public sealed class WordProcessorWordingTests
{
    private const string Survey = "Regjeringen vil kartlegge tilbudet til etterlatte i kommunene.";
    private const string Council = "Regjeringen vil opprette et nasjonalt råd for etterlatte.";
    private const string Campaign = "Regjeringen vil gjennomføre regionale kampanjer om psykisk helse.";
    private const string Guide = "Regjeringen vil utarbeide en veileder for fastleger om samtaler med etterlatte.";
    private const string Grant = "Regjeringen vil styrke tilskuddsordningen for frivillige organisasjoner på feltet.";
    private const string Tool = "Regjeringen vil utvikle et digitalt verktøy for kartlegging av risiko.";

    private static StatusResult Check(string narrative, string commitment, MeasureStatus expected, string? evidencePart = null)
    {
        var result = StatusClassifier.Classify(narrative, commitment);
        Assert.True(expected == result.Status, $"expected {expected}, got {result.Status}: {result.Explanation}");
        if (evidencePart is not null)
        {
            Assert.Contains(evidencePart, result.Evidence, StringComparison.Ordinal);
        }

        return result;
    }

    private static void NotThis(string narrative, string commitment, MeasureStatus unexpected)
    {
        var result = StatusClassifier.Classify(narrative, commitment);
        Assert.True(unexpected != result.Status, $"did not expect {unexpected}: {result.Explanation}");
    }

    [Fact]
    public void Work_that_has_continued_through_a_period_is_in_progress_but_the_adverb_still_is_not()
    {
        Check("Kartleggingen har fortsatt gjennom hele året, og 30 kommuner er med.", Survey, MeasureStatus.InProgress, "har fortsatt gjennom hele året");
        NotThis("Kartleggingen har fortsatt ikke startet.", Survey, MeasureStatus.InProgress);
    }

    [Fact]
    public void A_body_operative_since_a_date_is_completed_one_not_yet_operative_is_not()
    {
        Check("Rådet har vært operativt siden mars 2022 og møtes fire ganger i året.", Council, MeasureStatus.Completed, "operativt siden mars 2022");
        NotThis("Rådet er ikke operativt ennå.", Council, MeasureStatus.Completed);
    }

    [Fact]
    public void About_halfway_is_in_progress_above_a_finished_part_but_not_halfway_through_the_plan_period()
    {
        Check("Kampanjeserien er omtrent midtveis. Kampanjen i Agder ble avsluttet i mai.", Campaign, MeasureStatus.InProgress, "midtveis");
        Check("Vi er halvveis i planperioden, og alle de regionale kampanjene er gjennomført.", Campaign, MeasureStatus.Completed);
    }

    [Fact]
    public void Handed_over_or_released_deliverables_are_completed()
    {
        Check("Kartleggingen av tilbudet til etterlatte ble overrakt statsråden i juni.", Survey, MeasureStatus.Completed, "overrakt");
        Check("Helsedirektoratet slapp veilederen for fastleger i april.", Guide, MeasureStatus.Completed, "slapp veilederen");
        Check("Veilederen for fastleger ble sluppet i april.", Guide, MeasureStatus.Completed, "sluppet");
    }

    [Fact]
    public void Handing_over_or_slipping_something_else_does_not_complete_the_measure()
    {
        Check("Blomster ble overrakt de frivillige, men kartleggingen er ikke påbegynt.", Survey, MeasureStatus.NotStarted);
        NotThis("Veilederen er fortsatt bare et utkast, og direktoratet slapp unna kritikk.", Guide, MeasureStatus.Completed);
    }

    [Fact]
    public void In_trial_is_in_progress_a_trial_not_planned_is_not()
    {
        Check("Verktøyet utprøves i to kommuner.", Tool, MeasureStatus.InProgress, "utprøves");
        Check("Verktøyet er under testing hos fastlegene.", Tool, MeasureStatus.InProgress, "under testing");
        NotThis("Det er ikke avklart om verktøyet skal prøves.", Tool, MeasureStatus.InProgress);
    }

    [Fact]
    public void Going_its_way_and_meetings_held_are_in_progress_unless_negated()
    {
        Check("Kartleggingen går sin gang.", Survey, MeasureStatus.InProgress, "går sin gang");
        Check("Nettverket for kartleggingen har hatt fire samlinger i år.", Survey, MeasureStatus.InProgress, "har hatt fire samlinger");
        NotThis("Nettverket for kartleggingen har ikke hatt noen samlinger.", Survey, MeasureStatus.InProgress);
    }

    [Theory]
    [InlineData("Det er så langt ikke satt i verk noe arbeid med kartleggingen.", "ikke satt i verk")]
    [InlineData("Kartleggingen er lagt til side og er aldri blitt startet.", "aldri blitt startet")]
    [InlineData("Spørsmålet er ikke tatt opp til vurdering ennå.", "ikke tatt opp til vurdering")]
    [InlineData("Ingen kartlegging av tilbudet i kommunene er påbegynt.", "Ingen kartlegging av tilbudet i kommunene er påbegynt")]
    public void Explicit_not_begun_wordings_are_not_started(string narrative, string evidencePart) =>
        Check(narrative, Survey, MeasureStatus.NotStarted, evidencePart);

    [Theory]
    [InlineData("Kartleggingen er satt i verk i tre fylker.")]
    [InlineData("Kartleggingen har aldri vært så godt i gang som nå, og den pågår i alle fylker.")]
    [InlineData("Spørsmålet er tatt opp til vurdering, og kartleggingen pågår.")]
    [InlineData("Ingen innvendinger er kommet, og kartleggingen er startet.")]
    [InlineData("Ingen av fylkene har levert alle data, men kartleggingen er startet.")]
    public void Begun_or_under_way_without_such_a_statement_is_not_not_started(string narrative) =>
        NotThis(narrative, Survey, MeasureStatus.NotStarted);

    [Fact]
    public void Present_tense_testing_widening_and_recruiting_are_in_progress_but_tests_as_a_noun_are_not()
    {
        Check("Direktoratet tester en ny modell for kartleggingen.", Survey, MeasureStatus.InProgress, "tester en ny modell");
        Check("Kommunene rekrutterer nå egne koordinatorer til kartleggingen.", Survey, MeasureStatus.InProgress, "rekrutterer");
        Check("Tilbudet utvider kartleggingen til nye fylker i år.", Survey, MeasureStatus.InProgress, "utvider");
        NotThis("Flere tester viser at tilbudet er lite kjent.", Survey, MeasureStatus.InProgress);
    }

    [Fact]
    public void Starting_up_is_in_progress_a_start_still_planned_is_planned()
    {
        Check("Kartleggingen er i oppstart.", Survey, MeasureStatus.InProgress, "er i oppstart");
        Check("Oppstart er planlagt i 2025.", Survey, MeasureStatus.Planned);
    }

    [Fact]
    public void Wound_up_completes_the_deliverable_a_rounded_amount_does_not()
    {
        Check("Kartleggingen er avrundet med en sluttrapport.", Survey, MeasureStatus.Completed, "er avrundet");
        Check("Beløpet er avrundet til nærmeste million, og kartleggingen er ikke påbegynt.", Survey, MeasureStatus.NotStarted);
    }

    [Fact]
    public void Existing_now_everywhere_is_completed_existing_in_some_places_is_not()
    {
        Check("Det er nå nasjonale råd for etterlatte i alle fire helseregioner.", Council, MeasureStatus.Completed, "i alle fire helseregioner");
        NotThis("Det er nå råd for etterlatte i tre fylker.", Council, MeasureStatus.Completed);
    }

    [Fact]
    public void An_increase_the_scheme_got_completes_strengthening_it_none_does_not()
    {
        Check("Tilskuddsordningen fikk et påslag på 5 millioner kroner i 2024.", Grant, MeasureStatus.Completed, "fikk et påslag på");
        NotThis("Tilskuddsordningen fikk ingen økning i 2024.", Grant, MeasureStatus.Completed);
    }

    [Fact]
    public void A_verdict_with_a_connective_completes_the_measure_other_verdicts_do_not()
    {
        Check("Veilederen ble sendt ut i mars. Tiltaket regnes dermed som gjennomført.", Guide, MeasureStatus.Completed, "Tiltaket regnes dermed som gjennomført");
        NotThis("Tiltaket regnes dermed som en del av opptrappingsplanen.", Guide, MeasureStatus.Completed);
    }

    [Fact]
    public void Scheduled_starts_specifications_meetings_and_discussions_are_planned()
    {
        Check("Kartleggingen får midler fra direktoratet, med oppstart etter sommeren.", Survey, MeasureStatus.Planned, "med oppstart etter sommeren");
        Check("Innretningen av kartleggingen vil bli nærmere avklart.", Survey, MeasureStatus.Planned, "vil bli nærmere avklart");
        Check("Et oppstartsmøte for kartleggingen er satt opp til september.", Survey, MeasureStatus.Planned, "er satt opp til september");
        Check("Opplegget for kartleggingen skal drøftes med kommunene.", Survey, MeasureStatus.Planned, "skal drøftes");
    }

    [Theory]
    [InlineData("Kartleggingen pågår, med oppstart av nye fylker etter hvert.")]
    [InlineData("Innretningen ble avklart i mars, og kartleggingen pågår.")]
    [InlineData("Et oppstartsmøte er satt opp til september, men kartleggingen pågår allerede.")]
    [InlineData("Opplegget ble drøftet med kommunene, og kartleggingen pågår.")]
    public void Work_under_way_outranks_what_is_still_to_come(string narrative) =>
        Check(narrative, Survey, MeasureStatus.InProgress, "pågår");

    [Fact]
    public void For_the_time_being_and_continuously_are_in_progress_upkeep_of_a_delivery_is_not()
    {
        Check("Fylkene leverer for tiden data til kartleggingen.", Survey, MeasureStatus.InProgress, "for tiden");
        Check("Nye data fra kommunene legges inn fortløpende.", Survey, MeasureStatus.InProgress, "fortløpende");
        NotThis("Kartleggingen ligger for tiden på vent.", Survey, MeasureStatus.InProgress);
        Check("Veilederen for fastleger ble publisert i mars og oppdateres fortløpende.", Guide, MeasureStatus.Completed);
    }

    [Fact]
    public void An_abbreviation_the_commitment_names_is_not_a_partial_scope_one_it_does_not_name_is()
    {
        Check("Kurset for personell i AMK ble tilgjengelig på nett i oktober.",
            "Regjeringen vil utarbeide kurs for personell i akuttmedisinske kommunikasjonssentraler (AMK).", MeasureStatus.Completed);
        Check("Kurset ble tilgjengelig i AMK i oktober.",
            "Regjeringen vil utarbeide kurs for personell i legevaktsentraler.", MeasureStatus.InProgress);
    }

    [Fact]
    public void A_measure_transferred_into_other_work_is_not_done_a_deliverable_transferred_is()
    {
        Check("Tiltaket er overført til arbeidet med den nye opptrappingsplanen.", Survey, MeasureStatus.Planned, "Tiltaket er overført til arbeidet med");
        Check("Kartleggingen av tilbudet er overført til Helsedirektoratets fagsider.", Survey, MeasureStatus.Completed);
    }

    [Fact]
    public void A_chapter_of_its_own_added_is_completed_one_to_come_is_not()
    {
        Check("Veilederen for fastleger fikk et eget kapittel om samtaler med etterlatte i 2024.", Guide, MeasureStatus.Completed, "fikk et eget kapittel");
        NotThis("Veilederen for fastleger skal få et eget kapittel om etterlatte.", Guide, MeasureStatus.Completed);
    }
}
