using IngenAMiste.Reports.Model;
using IngenAMiste.Reports.Parsing;
using IngenAMiste.Reports.Status;

namespace IngenAMiste.Reports.Tests.Unit;

/// <summary>
/// Nynorsk wordings (issue #3, measured blind on the nynorsk variation report), on invented sentences, each rule from both
/// sides: "ikkje påbyrja / starta / kome i gang / teke fatt på", "førebels ikkje følgt opp", "vart utsett", "lagd på is";
/// "under utgreiing", "fekk i oppdrag", "teke inn i tildelingsbrevet", "vil bli vurdert", "planlegg", "tek sikte på", "er
/// planlagd"; "held på med", "går føre seg", "vart sett i gang", "held fram", "arbeider no med", "byggjer no opp", "aukar
/// framleis", courses held now; the past passive "vart" before a completion verb and the nynorsk completion verbs
/// (oppretta, vedteken, gav ut, styrkt), nynorsk spellings of the commitment's words ("tilskotsordninga"), partial scope in
/// nynorsk plurals ("i to fylke"), negation with "ikkje"; funding in "millionar", "milliardar", "sett av", "løyvde",
/// "samla"; and the ministry labels "Ansvarleg departement" / "Ansvarlege departement".
/// </summary>
public sealed class NynorskWordingTests
{
    private const string Survey = "Regjeringen vil kartlegge bruken av lavterskeltilbud for unge i kommunene.";
    private const string Guide = "Regjeringen vil utarbeide en veileder for fastleger om samtaler med etterlatte.";
    private const string Grant = "Regjeringen vil styrke tilskuddsordningen for frivillige organisasjoner på feltet.";
    private const string Forum = "Regjeringen vil opprette et nasjonalt brukerråd for etterlatte.";

    private static StatusResult Check(string narrative, string commitment, MeasureStatus expected)
    {
        var result = StatusClassifier.Classify(narrative, commitment);
        Assert.True(expected == result.Status, $"expected {expected}, got {result.Status}: {result.Explanation}");
        return result;
    }

    [Theory]
    [InlineData("Kartlegginga er ikkje påbyrja.", "ikkje påbyrja")]
    [InlineData("Arbeidet med kartlegginga har enno ikkje kome i gang.", "ikkje kome i gang")]
    [InlineData("Fylkeskommunen har ikkje starta kartlegginga.", "ikkje starta")]
    [InlineData("Direktoratet har ikkje teke fatt på kartlegginga.", "ikkje teke fatt på")]
    [InlineData("Kartlegginga er førebels ikkje starta opp.", "ikkje starta opp")]
    [InlineData("Tiltaket er så langt ikkje følgt opp.", "ikkje følgt opp")]
    public void Nynorsk_not_begun_is_not_started(string narrative, string evidencePart)
    {
        var result = Check(narrative, Survey, MeasureStatus.NotStarted);
        Assert.Contains(evidencePart, result.Evidence, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Kartlegginga vart sett i gang i mars i tre fylke.", "vart sett i gang")]
    [InlineData("Det er ikkje tvil om at kartlegginga er sett i gang.", "er sett i gang")]
    public void Begun_without_a_negation_of_its_own_is_in_progress(string narrative, string evidencePart)
    {
        var result = Check(narrative, Survey, MeasureStatus.InProgress);
        Assert.Contains(evidencePart, result.Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public void Not_begun_wins_over_money_set_aside_and_the_money_is_still_read()
    {
        const string narrative = "Det er sett av 2 millionar kroner i 2024, men kartlegginga er ikkje påbyrja.";
        Check(narrative, Survey, MeasureStatus.NotStarted);
        var funding = Assert.Single(FundingExtractor.Extract(narrative));
        Assert.Equal(2_000_000, funding.AmountNok);
        Assert.Equal(2024, funding.Year);
        Assert.Equal("Det er sett av 2 millionar kroner i 2024", funding.Evidence);
    }

    [Theory]
    [InlineData("Oppstarten av kartlegginga vart utsett til 2026.", "vart utsett")]
    [InlineData("Saka er lagd på is i påvente av nye tal.", "lagd på is")]
    public void Work_put_off_as_a_whole_is_not_started(string narrative, string evidencePart)
    {
        var result = Check(narrative, Survey, MeasureStatus.NotStarted);
        Assert.Contains(evidencePart, result.Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public void A_part_put_off_while_the_work_goes_on_is_in_progress() =>
        Check("Ein av delrapportane vart utsett, men kartlegginga er no godt i gang.", Survey, MeasureStatus.InProgress);

    [Theory]
    [InlineData("Korleis kartlegginga skal gjerast, er under utgreiing.", "under utgreiing")]
    [InlineData("Statsforvaltaren fekk i oppdrag å kartleggje tilbodet.", "fekk i oppdrag")]
    [InlineData("Kartlegginga er teke inn i tildelingsbrevet for 2025.", "teke inn i tildelingsbrevet")]
    [InlineData("Kartlegginga vil bli vurdert på nytt i 2025.", "vil bli vurdert")]
    [InlineData("Direktoratet tek sikte på å starte kartlegginga i 2025.", "tek sikte på")]
    [InlineData("Kartlegginga er planlagd til hausten.", "er planlagd")]
    [InlineData("Direktoratet planlegg ei kartlegging i 2025.", "planlegg")]
    [InlineData("Kva tilbod som finst, skal greiast ut i 2025.", "skal greiast ut")]
    public void Nynorsk_assigned_assessed_or_intended_is_planned(string narrative, string evidencePart)
    {
        var result = Check(narrative, Survey, MeasureStatus.Planned);
        Assert.Contains(evidencePart, result.Evidence, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Direktoratet held på med kartlegginga.", "held på med")]
    [InlineData("Kartlegginga går føre seg i alle fylka.", "går føre seg")]
    [InlineData("Arbeidet med kartlegginga held fram i Troms.", "held fram")]
    [InlineData("Kommunane arbeider no med kartlegginga.", "arbeider no med")]
    [InlineData("Fylka byggjer no opp eit register over tilboda.", "byggjer no")]
    [InlineData("Talet på kommunar som er med, aukar framleis.", "aukar framleis")]
    [InlineData("Det vert no halde kurs for dei som skal kartleggje.", "vert no halde kurs")]
    public void Nynorsk_work_under_way_is_in_progress(string narrative, string evidencePart)
    {
        var result = Check(narrative, Survey, MeasureStatus.InProgress);
        Assert.Contains(evidencePart, result.Evidence, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Rettleiaren vart publisert i mai 2024.", "Rettleiaren vart publisert")]
    [InlineData("Helsedirektoratet gav ut rettleiaren i 2024.", "gav ut rettleiaren")]
    [InlineData("Rettleiaren vart ferdigstilt i fjor og er teken i bruk av fastlegane.", "Rettleiaren vart ferdigstilt")]
    public void A_delivered_guide_in_nynorsk_is_completed(string narrative, string evidencePart)
    {
        var result = Check(narrative, Guide, MeasureStatus.Completed);
        Assert.Contains(evidencePart, result.Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public void A_delivered_guide_that_is_still_being_spread_stays_completed() =>
        Check("Rettleiaren vart publisert i 2023, og direktoratet held fram med å spreie han.", Guide, MeasureStatus.Completed);

    [Fact]
    public void A_draft_sent_on_consultation_is_not_completed() =>
        Check("Eit utkast til rettleiar vart sendt på høyring i haust.", Guide, MeasureStatus.InProgress);

    [Fact]
    public void Something_other_than_the_deliverable_finished_is_not_completed() =>
        Check("Ei referansegruppe vart oppretta i 2023.", Guide, MeasureStatus.InProgress);

    [Theory]
    [InlineData("Brukarrådet vart oppretta i 2022.", MeasureStatus.Completed)]
    [InlineData("Brukarrådet vart oppretta i to fylke som ei prøveordning.", MeasureStatus.InProgress)]
    public void Established_in_nynorsk_is_judged_by_its_scope(string narrative, MeasureStatus expected) =>
        Check(narrative, Forum, expected);

    [Theory]
    [InlineData("Tilskotsordninga vart styrkt med 4 millionar kroner i 2024.", Grant, MeasureStatus.Completed)]
    [InlineData("Tilskotsordninga vart styrkt med 4 millionar kroner i 2024.", Survey, MeasureStatus.InProgress)]
    public void A_nynorsk_spelling_of_the_commitments_word_is_its_deliverable(string narrative, string commitment, MeasureStatus expected) =>
        Check(narrative, commitment, expected);

    [Fact]
    public void A_present_tense_verb_negated_with_ikkje_is_no_activity()
    {
        var result = Check("Kommunar som ikkje tilbyr lavterskeltilbod, skal få rettleiing.", Survey, MeasureStatus.Planned);
        Assert.DoesNotContain("tilbyr", result.Evidence ?? string.Empty, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Stortinget løyvde 2,5 milliardar kroner til ordninga i 2024.", 2_500_000_000L, 2024, "løyvde 2,5 milliardar kroner til ordninga i 2024")]
    [InlineData("Prosjektet fekk 750 000 kroner i 2023.", 750_000L, 2023, "Prosjektet fekk 750 000 kroner i 2023")]
    [InlineData("Tilskotet vart auka med 1,5 millionar kroner i 2025.", 1_500_000L, 2025, "Tilskotet vart auka med 1,5 millionar kroner i 2025")]
    public void Nynorsk_amounts_and_allocation_words_are_funding(string narrative, long amount, int year, string evidence)
    {
        var funding = Assert.Single(FundingExtractor.Extract(narrative));
        Assert.Equal(amount, funding.AmountNok);
        Assert.Equal(year, funding.Year);
        Assert.Equal(evidence, funding.Evidence);
    }

    [Fact]
    public void An_amount_for_several_years_together_has_no_year()
    {
        var funding = Assert.Single(FundingExtractor.Extract("Det er sett av 3,5 millionar kroner for 2024 og 2025 samla."));
        Assert.Null(funding.Year);
        Assert.Equal("Det er sett av 3,5 millionar kroner for 2024 og 2025 samla", funding.Evidence);
    }

    [Fact]
    public void Millions_of_people_are_no_funding() =>
        Assert.Empty(FundingExtractor.Extract("Kartlegginga omfatta 3 millionar innbyggjarar i 2024."));

    [Theory]
    [InlineData("Ansvarleg departement: HOD", new[] { "HOD" })]
    [InlineData("Ansvarlege departement: HOD, KD og LMD", new[] { "HOD", "KD", "LMD" })]
    [InlineData("Ansvarlege departementa: JD og HOD", new[] { "JD", "HOD" })]
    public void The_nynorsk_ministry_labels_are_ministry_lines(string line, string[] codes)
    {
        var m = Ministries.MatchLine(line);
        Assert.True(m.Success);
        Assert.Equal(codes, Ministries.ParseList(m.Groups["list"].Value));
    }

    [Theory]
    [InlineData("Ansvarleg for kartlegginga er Helsedirektoratet.")]
    [InlineData("Ansvarlege leiarar i kommunane har fått opplæring.")]
    public void Running_nynorsk_text_about_responsibility_is_no_ministry_line(string line) =>
        Assert.False(Ministries.MatchLine(line).Success);

    [Theory]
    [InlineData("Tiltaket ligg førebels på vent.", "på vent")]
    [InlineData("Kartlegginga vart ikkje gjennomført i perioden.", "ikkje gjennomført i perioden")]
    public void On_hold_or_not_carried_out_in_the_period_is_not_started(string narrative, string evidencePart)
    {
        var result = Check(narrative, Survey, MeasureStatus.NotStarted);
        Assert.Contains(evidencePart, result.Evidence, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Kartlegginga er komen godt i gang.", "komen godt i gang")]
    [InlineData("Kartlegginga går no for fullt i Nordland.", "går no for fullt")]
    [InlineData("Verktøyet for kartlegging testast no ut i to kommunar.", "testast no ut")]
    [InlineData("Kartlegginga har stoppa opp etter at leverandøren trekte seg.", "stoppa opp")]
    public void Nynorsk_under_way_in_trial_or_stalled_is_in_progress(string narrative, string evidencePart)
    {
        var result = Check(narrative, Survey, MeasureStatus.InProgress);
        Assert.Contains(evidencePart, result.Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public void Never_come_under_way_is_not_in_progress() =>
        Check("Kartlegginga har ikkje kome i gang.", Survey, MeasureStatus.NotStarted);

    [Theory]
    [InlineData("Direktoratet avventar resultata frå ei anna undersøking.", "avventar")]
    [InlineData("Kartlegginga vert førebudd av statsforvaltaren.", "førebudd")]
    public void Nynorsk_waiting_or_preparing_is_planned(string narrative, string evidencePart)
    {
        var result = Check(narrative, Survey, MeasureStatus.Planned);
        Assert.Contains(evidencePart, result.Evidence, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Rettleiaren ligg føre på nettsidene til direktoratet.", "Rettleiaren ligg føre")]
    [InlineData("Den nye rettleiaren vart tilgjengeleg i mars.", "vart tilgjengeleg")]
    public void A_guide_that_exists_in_nynorsk_is_completed(string narrative, string evidencePart)
    {
        var result = Check(narrative, Guide, MeasureStatus.Completed);
        Assert.Contains(evidencePart, result.Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public void A_guide_to_be_assessed_when_a_survey_exists_is_not_completed() =>
        Check("Rettleiaren vil bli vurdert når kartlegginga ligg føre.", Guide, MeasureStatus.Planned);

    [Fact]
    public void Nynorsk_abbreviations_do_not_end_a_sentence()
    {
        Assert.Equal(2, Sentences.Split("Direktoratet har m.a. sett i gang ei kartlegging. Ho skal vere ferdig t.d. i mai.").Count);
        Assert.Equal(2, Sentences.Split("Direktoratet har sett i gang ei kartlegging. Ho skal vere ferdig i mai.").Count);
    }

    [Fact]
    public void The_nynorsk_name_of_the_foreign_ministry_is_UD() =>
        Assert.Equal(["UD", "HOD"], Ministries.ParseList("Utanriksdepartementet og HOD"));

    [Theory]
    [InlineData("Direktoratet har sett i gang ei utgreiing av tilbodet.", MeasureStatus.Planned, "sett i gang ei utgreiing")]
    [InlineData("Forprosjektet vart starta i mars.", MeasureStatus.Planned, "vart starta")]
    [InlineData("Direktoratet har sett i gang kartlegginga i tre fylke.", MeasureStatus.InProgress, "sett i gang")]
    public void Preparatory_work_begun_is_planned_and_the_work_itself_begun_is_in_progress(string narrative, MeasureStatus expected, string evidencePart)
    {
        var result = Check(narrative, Survey, expected);
        Assert.Contains(evidencePart, result.Evidence, StringComparison.Ordinal);
    }
}
