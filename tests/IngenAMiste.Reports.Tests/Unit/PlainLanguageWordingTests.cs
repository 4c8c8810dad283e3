using IngenAMiste.Reports.Model;
using IngenAMiste.Reports.Status;

namespace IngenAMiste.Reports.Tests.Unit;

/// <summary>
/// Plain-language (klarspråk) wordings found blind in the klarsprak-2023 variation report (issue #3): active voice with "vi",
/// everyday and particle verbs, dates in plain words. Invented sentences (not the document's), each rule from both sides: at
/// least two sentences it must read and one near miss (other tense, no negation, a sub-step, another sense of the words).
/// </summary>
public sealed class PlainLanguageWordingTests
{
    private const string Guide = "Regjeringen vil utarbeide en veileder for kommunene om oppfølging av etterlatte.";
    private const string Count = "Regjeringen vil kartlegge antall krisesentre i landet.";
    private const string Survey = "Regjeringen vil gjennomføre en undersøkelse om livskvalitet blant etterlatte.";

    private static StatusResult Classify(string narrative, string commitment = Guide) => StatusClassifier.Classify(narrative, commitment);

    private static void Reads(string narrative, MeasureStatus expected, string evidencePart, string commitment = Guide)
    {
        var result = Classify(narrative, commitment);
        Assert.True(result.Status == expected, $"{narrative}: expected {expected}, got {result.Status} ({result.Explanation})");
        Assert.Contains(evidencePart, result.Evidence ?? string.Empty, StringComparison.OrdinalIgnoreCase);
    }

    private static void DoesNotRead(string narrative, MeasureStatus notExpected, string commitment = Guide)
    {
        var result = Classify(narrative, commitment);
        Assert.True(result.Status != notExpected, $"{narrative}: should not be {notExpected} ({result.Explanation})");
    }

    private static void EvidenceLacks(string narrative, string part, string commitment = Guide)
    {
        var result = Classify(narrative, commitment);
        Assert.DoesNotContain(part, result.Evidence ?? string.Empty, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("Veilederen har vi ikke kunnet begynne på i år.", "ikke kunnet begynne")]
    [InlineData("Direktoratet har ikke fått gjort noe med veilederen.", "ikke fått gjort noe med")]
    [InlineData("Skrivingen har vi foreløpig ikke hatt tid til å begynne på.", "ikke hatt tid til å begynne")]
    [InlineData("Vi har ennå ikke gått i gang med veilederen.", "ikke gått i gang")]
    public void Not_managed_to_start_is_not_started(string narrative, string evidence) => Reads(narrative, MeasureStatus.NotStarted, evidence);

    [Fact]
    public void Could_not_start_then_started_or_got_much_done_is_not_not_started()
    {
        DoesNotRead("Vi kunne ikke begynne før i mars, men nå er skrivingen i gang.", MeasureStatus.NotStarted);
        DoesNotRead("Direktoratet har fått gjort mye med veilederen i år.", MeasureStatus.NotStarted);
    }

    [Theory]
    [InlineData("Veilederen har ingen tatt fatt på ennå.", "har ingen tatt fatt på")]
    [InlineData("Ingen i direktoratet har sett på saken.", "har sett på")]
    public void Nobody_took_it_up_is_not_started(string narrative, string evidence) => Reads(narrative, MeasureStatus.NotStarted, evidence);

    [Fact]
    public void Someone_took_it_up_is_not_not_started() =>
        DoesNotRead("Vi har tatt tak i veilederen, og skrivingen er i gang.", MeasureStatus.NotStarted);

    [Theory]
    [InlineData("Skrivingen av veilederen går som planlagt.", "går som planlagt")]
    [InlineData("Vi er midt i arbeidet med veilederen.", "midt i arbeidet")]
    [InlineData("Redigeringen er på god vei.", "på god vei")]
    [InlineData("Kursene om veilederen går for fulle hus.", "går for fulle hus")]
    public void On_course_is_in_progress(string narrative, string evidence) => Reads(narrative, MeasureStatus.InProgress, evidence);

    [Fact]
    public void Went_as_planned_in_the_past_is_not_on_course() =>
        EvidenceLacks("Lanseringsmøtet gikk som planlagt i mars.", "som planlagt");

    [Theory]
    [InlineData("Vi har fortsatt en lang vei å gå med veilederen.", "en lang vei å gå")]
    [InlineData("Direktoratet har ennå et stykke igjen på veilederen.", "et stykke igjen")]
    public void Distance_left_is_in_progress(string narrative, string evidence) => Reads(narrative, MeasureStatus.InProgress, evidence);

    [Fact]
    public void Little_left_of_the_money_is_not_distance_left()
    {
        EvidenceLacks("Vi har ikke mye igjen av midlene til veilederen.", "igjen");
        DoesNotRead("Vi ligger foran planen med veilederen.", MeasureStatus.InProgress);
    }

    [Theory]
    [InlineData("Direktoratet skriver på veilederen.", "skriver på")]
    [InlineData("Redaksjonen jobber nå på utkastet til veilederen.", "jobber nå på utkastet")]
    public void Writing_on_the_text_is_in_progress(string narrative, string evidence) => Reads(narrative, MeasureStatus.InProgress, evidence);

    [Fact]
    public void Working_at_a_hospital_is_not_writing_on()
    {
        EvidenceLacks("Fagfolkene arbeider på sykehusene i regionen.", "arbeider på");
        EvidenceLacks("Direktoratet skriver på nynorsk og bokmål.", "skriver på");
    }

    [Theory]
    [InlineData("Kommunene bruker veilederen på prøve i år.", "på prøve")]
    [InlineData("Ordningen kjøres på prøvebasis i Agder.", "på prøvebasis")]
    public void On_trial_is_in_progress(string narrative, string evidence) => Reads(narrative, MeasureStatus.InProgress, evidence);

    [Fact]
    public void After_the_trial_period_is_not_on_trial() =>
        DoesNotRead("Etter prøveperioden ble veilederen gjort fast.", MeasureStatus.InProgress);

    [Theory]
    [InlineData("Tilbudet sprer seg til nye kommuner.", "sprer seg")]
    [InlineData("Stadig flere kommuner tar veilederen i bruk.", "Stadig flere kommuner tar veilederen i bruk")]
    [InlineData("Nå tar vi veilederen videre til helseforetakene.", "tar vi veilederen videre til")]
    [InlineData("Nå sprer vi veilederen til flere fylker.", "sprer vi veilederen til flere")]
    public void Spreading_is_in_progress(string narrative, string evidence) => Reads(narrative, MeasureStatus.InProgress, evidence);

    [Fact]
    public void Other_things_spreading_or_growing_are_not_spreading()
    {
        DoesNotRead("Smitten sprer seg i regionen.", MeasureStatus.InProgress);
        DoesNotRead("Stadig flere etterlatte ber om hjelp.", MeasureStatus.InProgress);
        DoesNotRead("Stadig flere unge bruker sosiale medier.", MeasureStatus.InProgress);
    }

    [Theory]
    [InlineData("RVTS Vest hjelper kommunene med å bruke veilederen.", "hjelper kommunene")]
    [InlineData("Sentrene gir nå helsestasjonene opplæring i veilederen.", "gir nå helsestasjonene opplæring")]
    public void Helping_the_services_is_in_progress(string narrative, string evidence) => Reads(narrative, MeasureStatus.InProgress, evidence);

    [Fact]
    public void A_guide_meant_to_help_is_not_help_given()
    {
        DoesNotRead("Veilederen skal hjelpe kommunene.", MeasureStatus.InProgress);
        Reads("Veilederen ble publisert i mai. Den hjelper ansatte i kommunene å se etterlatte.", MeasureStatus.Completed, "publisert");
    }

    [Theory]
    [InlineData("Direktoratet har siden i høst samlet erfaringer fra kommunene.", "har siden i høst samlet")]
    [InlineData("Kompetansesenteret har siden mars 2023 jobbet med veilederen.", "har siden mars 2023 jobbet")]
    public void Active_since_a_time_is_in_progress(string narrative, string evidence) => Reads(narrative, MeasureStatus.InProgress, evidence);

    [Fact]
    public void Collected_once_is_not_active_since() =>
        EvidenceLacks("Direktoratet har i høst samlet inn erfaringer.", "samlet");

    [Theory]
    [InlineData("Skrivingen startet i fjor, men i vår la vi den til side.", "la vi den til side")]
    [InlineData("Veiledningsarbeidet ble lagt bort etter omorganiseringen.", "ble lagt bort")]
    [InlineData("Revisjonen har stått på stedet hvil siden i vår.", "stått på stedet hvil")]
    public void Work_set_aside_is_stalled_in_progress(string narrative, string evidence) => Reads(narrative, MeasureStatus.InProgress, evidence);

    [Fact]
    public void Money_set_aside_is_not_work_set_aside() =>
        DoesNotRead("Det er satt til side 2 mill. kroner til veilederen.", MeasureStatus.InProgress);

    [Theory]
    [InlineData("Tolv kommuner bruker nå veilederen.", "Tolv kommuner bruker nå")]
    [InlineData("Fire av elleve fylker bruker nå veilederen.", "Fire av elleve fylker bruker nå")]
    [InlineData("Halvparten av kommunene bruker veilederen.", "Halvparten av kommunene bruker")]
    public void A_counted_part_of_the_units_is_in_progress(string narrative, string evidence) => Reads(narrative, MeasureStatus.InProgress, evidence);

    [Fact]
    public void A_completion_in_four_of_eleven_counties_is_partial() =>
        Reads("Fire av elleve fylker har nå egne rutiner for etterlatte.", MeasureStatus.InProgress, "har nå egne rutiner");

    [Theory]
    [InlineData("Alle de fire regionene har nå en veileder.", "Alle de fire regionene har nå en")]
    [InlineData("Vi fikk veilederen på plass i mars.", "fikk veilederen på plass")]
    public void Every_unit_has_one_or_got_in_place_is_completed(string narrative, string evidence) => Reads(narrative, MeasureStatus.Completed, evidence);

    [Fact]
    public void A_group_in_place_or_a_part_of_the_regions_is_not_got_in_place()
    {
        DoesNotRead("Vi fikk arbeidsgruppen på plass i mars.", MeasureStatus.Completed);
        DoesNotRead("Fire av de elleve regionene har nå en veileder.", MeasureStatus.Completed);
        DoesNotRead("Halvparten av de etterlatte har fått hjelp.", MeasureStatus.InProgress);
        DoesNotRead("Alle kommuner har et ansvar for å følge opp etterlatte.", MeasureStatus.Completed);
    }

    [Theory]
    [InlineData("Direktoratet ga ut veilederen i juni.", "ga ut")]
    [InlineData("Veilederen gikk på lufta i april.", "gikk på lufta")]
    [InlineData("Den nye veilederen står klar.", "står klar")]
    [InlineData("Vi la ut veilederen på nettsidene våre i mai.", "la ut")]
    [InlineData("Veilederen er ute.", "er ute")]
    [InlineData("Veilederen er tatt godt imot i kommunene.", "tatt godt imot")]
    public void Particle_verbs_of_publishing_complete_the_deliverable(string narrative, string evidence) => Reads(narrative, MeasureStatus.Completed, evidence);

    [Fact]
    public void A_draft_given_out_or_a_team_ready_to_act_is_not_completed()
    {
        DoesNotRead("Direktoratet ga ut et høringsutkast til veileder.", MeasureStatus.Completed);
        DoesNotRead("Teamet står klar til å rykke ut.", MeasureStatus.Completed);
        DoesNotRead("Veilederen står klar til høsten.", MeasureStatus.Completed);
        DoesNotRead("Utkastet til veileder er ute på høring.", MeasureStatus.Completed);
        DoesNotRead("Veilederen ligger på vent.", MeasureStatus.Completed);
        DoesNotRead("Nettressursen ligger på udir.no, men mange skoler kjenner den ikke. Udir fortsetter å spre den.", MeasureStatus.Completed);
    }

    [Theory]
    [InlineData("Direktoratet er ferdig med veilederen.", "ferdig med")]
    [InlineData("Vi er nå i mål med veilederen.", "i mål med")]
    [InlineData("Vi har skrevet ferdig veilederen.", "skrevet ferdig")]
    [InlineData("Vi har fått til en felles veileder.", "fått til")]
    public void Finished_with_the_deliverable_is_completed(string narrative, string evidence) => Reads(narrative, MeasureStatus.Completed, evidence);

    [Fact]
    public void Finished_with_a_sub_step_is_in_progress()
    {
        Reads("Vi er ferdige med kartleggingen av behovene.", MeasureStatus.InProgress, "ferdige med");
        DoesNotRead("Vi har fått til et møte med kommunene.", MeasureStatus.Completed);
    }

    [Theory]
    [InlineData("Vi er ikke helt i mål med veilederen.", "ikke helt i mål")]
    [InlineData("Veilederen er ennå ikke i havn.", "ikke i havn")]
    [InlineData("Veilederen lar vente på seg.", "lar vente på seg")]
    [InlineData("Vi ligger litt etter planen med veilederen.", "etter planen")]
    [InlineData("Vi henger etter med veilederen.", "henger etter")]
    public void Not_quite_there_is_in_progress(string narrative, string evidence) => Reads(narrative, MeasureStatus.InProgress, evidence);

    [Theory]
    [InlineData("Direktoratet har telt opp alle krisesentre i landet.", "telt opp")]
    [InlineData("Statsforvalterne talte opp krisesentrene i fjor.", "talte opp")]
    public void Counted_up_completes_a_count(string narrative, string evidence) => Reads(narrative, MeasureStatus.Completed, evidence, Count);

    [Fact]
    public void Counting_something_else_does_not_complete_the_count() =>
        DoesNotRead("Direktoratet har telt opp søknadene til tilskuddet.", MeasureStatus.Completed, Count);

    [Theory]
    [InlineData("Veilederen har vi hatt siden 2022.", "har vi hatt siden 2022")]
    [InlineData("Ordningen har vært oppe og gå siden 2021.", "har vært oppe og gå siden")]
    public void Existing_since_a_year_is_completed(string narrative, string evidence) => Reads(narrative, MeasureStatus.Completed, evidence);

    [Fact]
    public void Up_for_assessment_since_is_not_existing_since() =>
        DoesNotRead("Ordningen har vært oppe til vurdering siden 2021.", MeasureStatus.Completed);

    [Theory]
    [InlineData("Skrivingen begynner etter nyttår.", "begynner etter nyttår")]
    [InlineData("En redaksjonsgruppe settes ned til våren.", "settes ned til våren")]
    [InlineData("Vi lyser oppdraget ut på nytt i april.", "lyser oppdraget ut på nytt")]
    [InlineData("Redaksjonsgruppen møtes første gang i februar.", "møtes første gang i februar")]
    [InlineData("Vi tar fatt på veilederen neste år.", "tar fatt på veilederen neste år")]
    [InlineData("Veilederen kommer i løpet av våren.", "kommer i løpet av våren")]
    public void A_plain_word_date_ahead_is_planned(string narrative, string evidence) => Reads(narrative, MeasureStatus.Planned, evidence);

    [Fact]
    public void A_start_told_in_the_past_is_not_scheduled()
    {
        EvidenceLacks("Skrivingen begynte etter nyttår og går som planlagt.", "etter nyttår");
        EvidenceLacks("Veilederen kom i løpet av våren.", "løpet av våren");
    }

    [Theory]
    [InlineData("Bufdir har fått ansvaret for å skrive veilederen.", "ansvaret for å")]
    [InlineData("Veilederen kommer med i tildelingsbrevet for 2025.", "kommer med i tildelingsbrevet")]
    public void Plain_assignment_is_planned(string narrative, string evidence) => Reads(narrative, MeasureStatus.Planned, evidence);

    [Fact]
    public void Responsibility_for_running_a_website_is_not_an_assignment() =>
        EvidenceLacks("Bufdir har fått ansvar for drift av nettsiden.", "ansvar");

    [Theory]
    [InlineData("Direktoratet skal lage veilederen i 2025.", "skal lage")]
    [InlineData("Vi skal sette ned en redaksjonsgruppe.", "skal sette ned")]
    [InlineData("Vi skal i gang med veilederen til høsten.", "skal i gang med")]
    public void An_everyday_verb_after_a_modal_is_planned(string narrative, string evidence) => Reads(narrative, MeasureStatus.Planned, evidence);

    [Fact]
    public void Made_in_the_perfect_is_not_a_future_step()
    {
        DoesNotRead("Vi har laget veilederen.", MeasureStatus.Planned);
        DoesNotRead("Vi er i gang med veilederen.", MeasureStatus.Planned);
    }

    [Theory]
    [InlineData("Vi blir ferdige med veilederen i vår.", "blir ferdige")]
    [InlineData("Direktoratet regner med å bli ferdig før sommeren.", "regner med å bli ferdig")]
    [InlineData("Vi er snart ferdige med veilederen.", "snart ferdige")]
    public void To_be_finished_soon_is_in_progress(string narrative, string evidence) => Reads(narrative, MeasureStatus.InProgress, evidence);

    [Fact]
    public void Finished_in_the_past_is_not_to_be_finished() =>
        Reads("Vi ble ferdige med veilederen i mars.", MeasureStatus.Completed, "ble ferdige med");

    [Theory]
    [InlineData("Helsedirektoratet har holdt på med veilederen siden 2021.", "har holdt på med")]
    [InlineData("Redaksjonen har lenge holdt på å skrive veilederen.", "har lenge holdt på å")]
    public void Busy_with_it_is_in_progress(string narrative, string evidence) => Reads(narrative, MeasureStatus.InProgress, evidence);

    [Fact]
    public void Nearly_forgetting_is_neither_busy_nor_held() =>
        DoesNotRead("Vi holdt på å glemme fristen for veilederen.", MeasureStatus.InProgress);

    [Theory]
    [InlineData("Vi har gått i gang med veilederen.", "har gått i gang")]
    [InlineData("Skrivingen gikk i gang med et seminar i mai.", "gikk i gang")]
    public void Got_going_is_in_progress(string narrative, string evidence) => Reads(narrative, MeasureStatus.InProgress, evidence);

    [Fact]
    public void Not_got_going_is_not_in_progress() =>
        Reads("Vi har ikke gått i gang med veilederen.", MeasureStatus.NotStarted, "ikke gått i gang");

    [Theory]
    [InlineData("Veilederen er fortsatt på tegnebrettet.", "på tegnebrettet")]
    [InlineData("Veilederen ligger ennå på planleggingsstadiet.", "på planleggingsstadiet")]
    public void On_the_drawing_board_is_planned(string narrative, string evidence) => Reads(narrative, MeasureStatus.Planned, evidence);

    [Fact]
    public void Off_the_drawing_board_is_not_on_it() =>
        EvidenceLacks("Veilederen gikk fra tegnebrettet til trykk i mai.", "tegnebrettet");

    [Theory]
    [InlineData("Ordningen får 3 mill. kroner ekstra fra 2026.", "får 3 mill. kroner ekstra fra 2026")]
    [InlineData("Kommunene får 500 000 kroner i 2026.", "får 500 000 kroner i 2026")]
    public void Money_to_come_is_planned(string narrative, string evidence) => Reads(narrative, MeasureStatus.Planned, evidence);

    [Fact]
    public void Money_received_in_the_past_is_not_money_to_come() =>
        EvidenceLacks("Ordningen fikk 3 mill. kroner i 2023.", "fikk 3 mill");

    [Fact]
    public void A_finished_questionnaire_is_a_sub_step_of_the_survey()
    {
        Reads("Spørreskjemaet til undersøkelsen er ferdig.", MeasureStatus.InProgress, "er ferdig", Survey);
        Reads("Undersøkelsen er ferdig.", MeasureStatus.Completed, "er ferdig", Survey);
    }
}
