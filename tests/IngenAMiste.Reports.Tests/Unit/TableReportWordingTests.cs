using IngenAMiste.Reports.Model;
using IngenAMiste.Reports.Status;

namespace IngenAMiste.Reports.Tests.Unit;

/// <summary>
/// Status wordings found blind in the table-layout variation report (issue #3): the terse cells of a follow-up table, on
/// invented sentences, each rule from both sides. A participle without an auxiliary ("Ferdigstilt i 2022.", "Retningslinjen
/// innført fra 2023") speaks of its subject, or of the measure when it has none; not taken up ("Ikke prioritert", "Utsatt på
/// ubestemt tid", "ingen arbeid startet"); under way ("nærmer seg slutten", "under analyse", "testes ved to", "kjøres i tre",
/// "… fortløpende"); made ordinary ("Videreføres i ordinær drift"); agreed / clarified ("er avtalt", "Avklart gjennom …");
/// assigned ("Oppdrag gitt til", "er bestilt", "er bedt om å", "Planlagt som").
/// </summary>
public sealed class TableReportWordingTests
{
    private const string Guideline = "Regjeringen vil utarbeide en nasjonal retningslinje for oppfølging etter utskrivning.";
    private const string Scheme = "Regjeringen vil etablere en ordning med faste kontaktpersoner for pårørende.";

    private static StatusResult Check(string narrative, string commitment, MeasureStatus expected)
    {
        var result = StatusClassifier.Classify(narrative, commitment);
        Assert.True(expected == result.Status, $"{narrative} → {result.Status} ({result.Explanation})");
        return result;
    }

    [Theory]
    [InlineData("Ferdigstilt i 2022.", "Ferdigstilt i 2022")]
    [InlineData("Retningslinjen innført fra 1. mars 2023.", "Retningslinjen innført fra 1. mars 2023")]
    [InlineData("Ordningen opprettet høsten 2021 og evaluert i 2023.", "Ordningen opprettet høsten 2021")]
    public void A_participle_without_an_auxiliary_completes_its_subject_or_the_measure(string narrative, string evidencePart)
    {
        var commitment = narrative.StartsWith("Ordningen", StringComparison.Ordinal) ? Scheme : Guideline;
        var result = Check(narrative, commitment, MeasureStatus.Completed);
        Assert.Contains(evidencePart, result.Evidence, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Et kurs for fastleger innført fra 2023.")]
    [InlineData("En arbeidsgruppe opprettet høsten 2022.")]
    public void A_participle_without_an_auxiliary_whose_subject_is_something_else_is_not_the_delivery(string narrative) =>
        Assert.NotEqual(MeasureStatus.Completed, StatusClassifier.Classify(narrative, Guideline).Status);

    [Fact]
    public void An_active_verb_with_its_object_keeps_the_object_as_theme()
    {
        // "utviklet" (simple past, like "opprettet") before an adverbial and then its object: the object was made.
        var result = StatusClassifier.Classify("Helsedirektoratet utviklet i 2022 et e-læringskurs om temaet.", Guideline);
        Assert.NotEqual(MeasureStatus.Completed, result.Status);
    }

    [Theory]
    [InlineData("Ikke prioritert innenfor årets budsjett.", "Ikke prioritert")]
    [InlineData("Utsatt til etter valget.", "Utsatt")]
    [InlineData("Retningslinjen er utsatt på ubestemt tid.", "utsatt på ubestemt tid")]
    [InlineData("Avventer budsjett; ingen arbeid startet.", "ingen arbeid startet")]
    public void A_cell_saying_the_measure_was_not_taken_up_is_not_started(string narrative, string evidencePart)
    {
        var result = Check(narrative, Guideline, MeasureStatus.NotStarted);
        Assert.Contains(evidencePart, result.Evidence, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Høringsinnspillene er prioritert, og retningslinjen ble publisert i mai.")]
    [InlineData("Evalueringen ble utsatt, men retningslinjen ble publisert i mai.")]
    [InlineData("Retningslinjen ble publisert i mai. Arbeid med en kortversjon er startet.")]
    public void Priority_given_a_part_put_off_or_work_started_is_not_a_cell_saying_nothing_was_done(string narrative) =>
        Assert.NotEqual(MeasureStatus.NotStarted, StatusClassifier.Classify(narrative, Guideline).Status);

    [Theory]
    [InlineData("Arbeidet med retningslinjen nærmer seg slutten.")]
    [InlineData("Innspillene fra kommunene er under analyse.")]
    [InlineData("Utkastet testes ved tre sykehus.")]
    [InlineData("Ordningen kjøres i fire kommuner.")]
    [InlineData("Kapitlene publiseres fortløpende på nettsidene.")]
    public void Work_being_finished_analysed_tested_or_done_continuously_is_in_progress(string narrative) =>
        Check(narrative, Guideline, MeasureStatus.InProgress);

    [Theory]
    [InlineData("Utkastet testes i 2025.")]
    [InlineData("Ordningen kjøres i gang når midlene er på plass.")]
    public void A_test_or_a_start_to_come_is_not_work_under_way(string narrative) =>
        Assert.NotEqual(MeasureStatus.InProgress, StatusClassifier.Classify(narrative, Guideline).Status);

    [Fact]
    public void Carried_on_in_ordinary_operation_is_completed()
    {
        var result = Check("Kontaktpersonene er på plass. Videreføres i ordinær drift.", Scheme, MeasureStatus.Completed);
        Assert.NotNull(result.Evidence);
    }

    [Fact]
    public void Carried_on_alone_without_ordinary_operation_is_still_in_progress() =>
        Check("Arbeidet med ordningen videreføres i 2025.", Scheme, MeasureStatus.InProgress);

    [Theory]
    [InlineData("Ordningen er avtalt med KS og virker fra 2024.", "Ordningen er avtalt")]
    [InlineData("Avklart gjennom et rundskriv fra departementet i 2023.", "Avklart gjennom et rundskriv")]
    public void An_agreed_or_clarified_deliverable_is_completed(string narrative, string evidencePart)
    {
        var result = Check(narrative, Scheme, MeasureStatus.Completed);
        Assert.Contains(evidencePart, result.Evidence, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Departementet har avtalt en felles utredning med KS som skal starte i 2025.")]
    [InlineData("Ordningen står på vent til finansieringen er avklart.")]
    public void An_agreement_to_do_something_or_a_condition_is_not_a_completion(string narrative) =>
        Assert.NotEqual(MeasureStatus.Completed, StatusClassifier.Classify(narrative, Scheme).Status);

    [Theory]
    [InlineData("Oppdrag gitt til Helsedirektoratet i tildelingsbrev 2025.", "Oppdrag gitt til Helsedirektoratet")]
    [InlineData("Utredningen er bestilt, med frist i mars.", "Utredningen er bestilt")]
    [InlineData("Helseforetakene er bedt om å lage rutiner i 2025.", "er bedt om å")]
    [InlineData("Planlagt som del av neste års oppdrag.", "Planlagt som")]
    public void An_assignment_or_a_plan_in_a_cell_is_planned(string narrative, string evidencePart)
    {
        var result = Check(narrative, Guideline, MeasureStatus.Planned);
        Assert.Contains(evidencePart, result.Evidence, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Helseforetakene har bedt om en forlengelse av fristen, og retningslinjen er under arbeid.")]
    [InlineData("Som planlagt ble retningslinjen publisert i mars.")]
    public void Asking_for_something_or_a_plan_fulfilled_is_not_an_assignment(string narrative) =>
        Assert.NotEqual(MeasureStatus.Planned, StatusClassifier.Classify(narrative, Guideline).Status);
}
