using IngenAMiste.Reports.Model;
using IngenAMiste.Reports.Status;

namespace IngenAMiste.Reports.Tests.Unit;

/// <summary>
/// Wordings of formal administrative prose (issue #3, found blind in a report written in ministry style), on invented sentences,
/// each rule from both sides: starts that were not possible ("ikke vært mulig å påbegynne"), nominalised starts and completions
/// ("Oppstarten … fant sted", "Lanseringen … skjedde"), phases and "under …" states, activities that take place ("skjer
/// fortløpende", "omarbeides for tiden"), assignments and hedged intentions ("er anmodet om å", "legges opp til",
/// "forutsettes håndtert"), administrative completion verbs ("utferdiget", "avgitt", "konstituert"), and the theme of a
/// completion behind a genitive or an adverb ("Direktoratets utredning … forelå", "ble formelt avgitt").
/// </summary>
public sealed class AdministrativeProseWordingTests
{
    private const string Guide = "Regjeringen vil utarbeide en nasjonal veileder om oppfølging av unge etter selvskading.";
    private const string Service = "Regjeringen vil etablere lavterskeltilbud for unge i krise i kommunene.";
    private const string Assess = "Regjeringen vil vurdere en felles nasjonal hjelpetelefon for unge.";
    private const string Grant = "Regjeringen vil styrke tilskuddsordningen for lavterskeltilbud til unge.";

    private static StatusResult Classify(string narrative, string commitment = Guide) => StatusClassifier.Classify(narrative, commitment);

    [Fact]
    public void A_start_that_was_not_possible_is_not_started_even_with_the_negation_far_from_its_verb()
    {
        var apart = Classify("Det har i år, av budsjettmessige grunner, ikke vært mulig å starte arbeidet med veilederen.");
        var chosen = Classify("Direktoratet har foreløpig ikke funnet det riktig å igangsette skrivingen.");

        Assert.Equal(MeasureStatus.NotStarted, apart.Status);
        Assert.Contains("ikke vært mulig å starte", apart.Evidence, StringComparison.Ordinal);
        Assert.Equal(MeasureStatus.NotStarted, chosen.Status);
        // Not possible to do something else is no statement about the start.
        Assert.Equal(MeasureStatus.InProgress, Classify("Det har ikke vært mulig å holde alle samlingene, men veilederen er under utforming.").Status);
    }

    [Fact]
    public void Work_that_has_not_come_about_is_not_started_but_an_agreement_that_has_not_is_not()
    {
        Assert.Equal(MeasureStatus.NotStarted, Classify("Arbeidet med veilederen er foreløpig ikke kommet i stand.").Status);
        Assert.Equal(MeasureStatus.NotStarted, Classify("Noen aktivitet på området er ennå ikke kommet i stand.").Status);
        Assert.NotEqual(MeasureStatus.NotStarted, Classify("En avtale med forlaget er ennå ikke kommet i stand, men skrivingen er godt i gang.").Status);
    }

    [Fact]
    public void Initiated_and_set_in_motion_are_in_progress_but_not_when_negated()
    {
        var initiated = Classify("Skrivearbeidet ble innledet i februar.");

        Assert.Equal(MeasureStatus.InProgress, initiated.Status);
        Assert.Contains("innledet", initiated.Evidence, StringComparison.Ordinal);
        Assert.Equal(MeasureStatus.InProgress, Classify("Utarbeidelsen av veilederen er iverksatt i regi av direktoratet.").Status);
        Assert.NotEqual(MeasureStatus.InProgress, Classify("Skrivearbeidet er ennå ikke iverksatt.").Status);
    }

    [Fact]
    public void A_nominalised_start_that_took_place_is_in_progress_but_one_to_come_is_not()
    {
        var started = Classify("Oppstarten av arbeidet med veilederen fant sted i mars.");

        Assert.Equal(MeasureStatus.InProgress, started.Status);
        Assert.Contains("fant sted", started.Evidence, StringComparison.Ordinal);
        Assert.Equal(MeasureStatus.InProgress, Classify("Igangsettingen av skrivearbeidet skjedde etter sommeren.").Status);
        Assert.NotEqual(MeasureStatus.InProgress, Classify("Oppstart av arbeidet med veilederen skjer i 2026.").Status);
    }

    [Fact]
    public void A_phase_of_execution_is_in_progress_but_an_investigation_phase_is_planned()
    {
        Assert.Equal(MeasureStatus.InProgress, Classify("Prosjektet befinner seg nå i gjennomføringsfasen.").Status);
        Assert.Equal(MeasureStatus.InProgress, Classify("Skrivingen er i sin avsluttende fase.").Status);
        Assert.Equal(MeasureStatus.InProgress, Classify("Oppfølgingen er i en tidlig fase.").Status);
        Assert.Equal(MeasureStatus.Planned, Classify("Prosjektet befinner seg i en utredningsfase.").Status);
    }

    [Fact]
    public void A_preparatory_phase_is_planned_but_the_other_units_preparing_means_part_is_done()
    {
        var preparing = Classify("Arbeidet befinner seg i en forberedende fase.");
        var others = Classify("Tre fylker har tatt veilederen i bruk, mens de øvrige fylkene er i en forberedende fase.", Service);

        Assert.Equal(MeasureStatus.Planned, preparing.Status);
        Assert.Contains("forberedende fase", preparing.Evidence, StringComparison.Ordinal);
        Assert.Equal(MeasureStatus.InProgress, others.Status);
        Assert.Equal(MeasureStatus.InProgress, Classify("Tilbudet er innført i Agder og Rogaland, mens de resterende kommunene venter på opplæring.", Service).Status);
    }

    [Fact]
    public void Under_design_or_quality_assurance_is_in_progress_but_a_mandate_under_design_is_not()
    {
        Assert.Equal(MeasureStatus.InProgress, Classify("Veilederen er under utforming.").Status);
        Assert.Equal(MeasureStatus.InProgress, Classify("Et nytt kapittel er under kvalitetssikring i direktoratet.").Status);
        Assert.Equal(MeasureStatus.InProgress, Classify("Teksten er nå til faglig kvalitetssikring.").Status);
        Assert.NotEqual(MeasureStatus.InProgress, Classify("Mandatet for arbeidsgruppen er under utforming.").Status);
    }

    [Fact]
    public void An_activity_that_takes_place_now_is_in_progress_but_an_investigation_for_the_time_being_is_planned()
    {
        Assert.Equal(MeasureStatus.InProgress, Classify("Distribusjonen av utkastet skjer fortløpende gjennom helsestasjonene.").Status);
        Assert.Equal(MeasureStatus.InProgress, Classify("Opplæringen foregår i regi av RVTS Vest.").Status);
        Assert.Equal(MeasureStatus.InProgress, Classify("Veilederen omarbeides for tiden.").Status);
        Assert.Equal(MeasureStatus.InProgress, Classify("Det arrangeres samlinger om temaet i regi av fylkeslegene.").Status);
        Assert.Equal(MeasureStatus.Planned, Classify("Spørsmålet utredes for tiden av direktoratet.").Status);
    }

    [Fact]
    public void In_place_in_a_counted_number_of_units_is_in_progress_but_in_all_is_not()
    {
        var counted = Classify("Tilbudet er nå operativt i 14 kommuner.", Service);

        Assert.Equal(MeasureStatus.InProgress, counted.Status);
        Assert.Contains("14 kommuner", counted.Evidence, StringComparison.Ordinal);
        Assert.Equal(MeasureStatus.InProgress, Classify("Kriseteamene er etablert ved 6 helseforetak.", Service).Status);
        Assert.NotEqual(MeasureStatus.InProgress, Classify("Tilbudet er nå operativt i alle kommuner.", Service).Status);
    }

    [Fact]
    public void Put_out_on_public_consultation_is_in_progress_but_to_be_put_out_is_planned()
    {
        Assert.Equal(MeasureStatus.InProgress, Classify("Utkastet er lagt ut på høring.").Status);
        Assert.Equal(MeasureStatus.InProgress, Classify("Forslaget ble sendt på offentlig høring i mai.").Status);
        Assert.Equal(MeasureStatus.Planned, Classify("Utkastet vil bli lagt ut på alminnelig høring i 2026.").Status);
    }

    [Fact]
    public void A_nominalised_completion_of_the_deliverable_is_completed_but_of_a_sub_step_is_not()
    {
        var launched = Classify("Lanseringen av veilederen skjedde i mars.");

        Assert.Equal(MeasureStatus.Completed, launched.Status);
        Assert.Contains("skjedde i mars", launched.Evidence, StringComparison.Ordinal);
        Assert.Equal(MeasureStatus.Completed, Classify("Publiseringen av den nasjonale veilederen fant sted i juni.").Status);
        Assert.Equal(MeasureStatus.InProgress, Classify("Lanseringen av en nettside om temaet fant sted i mars, og selve veilederen er under utarbeidelse.").Status);
    }

    [Fact]
    public void Administrative_completion_verbs_complete_the_deliverable_but_not_when_negated()
    {
        Assert.Equal(MeasureStatus.Completed, Classify("Veilederen ble utferdiget av direktoratet i mai.").Status);
        Assert.Equal(MeasureStatus.Completed, Classify("Veilederen ble formelt avgitt til departementet i juni.").Status);
        Assert.Equal(MeasureStatus.Completed, Classify("Veilederen er tilgjengeliggjort på helsenorge.no.").Status);
        Assert.Equal(MeasureStatus.Completed, Classify("Veilederen har virkning fra 1. januar 2024.").Status);
        Assert.Equal(MeasureStatus.Completed, Classify("Lavterskeltilbudet ble konstituert som en fast ordning i mars.", Service).Status);
        Assert.NotEqual(MeasureStatus.Completed, Classify("Veilederen er ennå ikke avgitt.").Status);
        Assert.NotEqual(MeasureStatus.Completed, Classify("Veilederen vil ha virkning fra 1. januar 2026.").Status);
    }

    [Fact]
    public void A_completion_with_an_adverb_after_its_auxiliary_judges_the_subject()
    {
        Assert.Equal(MeasureStatus.Completed, Classify("Lavterskeltilbudet ble offisielt etablert i mars.", Service).Status);
        Assert.Equal(MeasureStatus.InProgress, Classify("En arbeidsgruppe ble formelt etablert i mars.", Service).Status);
    }

    [Fact]
    public void A_genitive_in_front_of_the_theme_does_not_hide_its_head_noun()
    {
        var concluded = Classify("Direktoratets utredning av spørsmålet forelå i mars.", Assess);

        Assert.Equal(MeasureStatus.Completed, concluded.Status);
        Assert.Contains("forelå", concluded.Evidence, StringComparison.Ordinal);
        Assert.Equal(MeasureStatus.Completed, Classify("Helseforetakenes vurdering ble levert i mai.", Assess).Status);
        Assert.NotEqual(MeasureStatus.Completed, Classify("Direktoratets nettside om spørsmålet forelå i mars.", Assess).Status);
    }

    [Fact]
    public void Requested_or_ordered_to_do_it_is_planned_until_work_is_reported()
    {
        var requested = Classify("Helsedirektoratet er anmodet om å utarbeide veilederen.");

        Assert.Equal(MeasureStatus.Planned, requested.Status);
        Assert.Contains("anmodet om å", requested.Evidence, StringComparison.Ordinal);
        Assert.Equal(MeasureStatus.Planned, Classify("Direktoratet er i tildelingsbrevet pålagt å lage veilederen.").Status);
        Assert.Equal(MeasureStatus.InProgress, Classify("Direktoratet ble anmodet om å utarbeide veilederen, og skrivingen er godt i gang.").Status);
    }

    [Fact]
    public void Put_into_a_work_plan_is_planned_but_put_into_the_deliverable_is_a_completion()
    {
        var inPlan = Classify("Utarbeidelse av veilederen er innarbeidet i direktoratets virksomhetsplan for 2026.");

        Assert.Equal(MeasureStatus.Planned, inPlan.Status);
        Assert.Contains("virksomhetsplan", inPlan.Evidence, StringComparison.Ordinal);
        Assert.Equal(MeasureStatus.Planned, Classify("Veilederen inngår i Helsedirektoratets oppdragsportefølje for neste år.").Status);
        Assert.Equal(MeasureStatus.Completed, Classify("Oppfølgingen av unge etter selvskading er innarbeidet i den nasjonale veilederen.").Status);
    }

    [Fact]
    public void Hedged_intentions_are_planned_but_a_past_arrangement_is_not()
    {
        var laidOut = Classify("Det legges opp til at veilederen utarbeides i 2026.");

        Assert.Equal(MeasureStatus.Planned, laidOut.Status);
        Assert.Contains("legges opp til", laidOut.Evidence, StringComparison.Ordinal);
        Assert.Equal(MeasureStatus.Planned, Classify("Spørsmålet forutsettes håndtert i den kommende veilederen.").Status);
        Assert.Equal(MeasureStatus.Planned, Classify("Det vil bli tatt stilling til innretningen av veilederen i høst.").Status);
        Assert.Equal(MeasureStatus.Planned, Classify("Utkastet vil bli forelagt brukerorganisasjonene i mars.").Status);
        Assert.Equal(MeasureStatus.Completed, Classify("Det ble lagt opp til bred medvirkning, og veilederen ble publisert i mars.").Status);
    }

    [Fact]
    public void Continued_at_the_same_level_does_not_strengthen_but_continued_and_strengthened_does()
    {
        Assert.NotEqual(MeasureStatus.Completed, Classify("Tilskuddsordningen er videreført på samme nivå som i fjor.", Grant).Status);
        Assert.NotEqual(MeasureStatus.Completed, Classify("Tilskuddsordningen er videreført uendret.", Grant).Status);
        Assert.Equal(MeasureStatus.Completed, Classify("Tilskuddsordningen er videreført og styrket med 5 mill. kroner.", Grant).Status);
    }

    [Fact]
    public void A_course_taken_by_a_number_of_people_is_not_the_deliverable_done_but_the_course_held_is()
    {
        const string course = "Regjeringen vil gjennomføre et e-læringskurs om selvskading for ansatte i kommunene.";

        Assert.NotEqual(MeasureStatus.Completed, Classify("E-læringskurset er gjennomført av om lag 400 ansatte.", course).Status);
        Assert.Equal(MeasureStatus.Completed, Classify("E-læringskurset er gjennomført i alle kommuner.", course).Status);
    }
}
