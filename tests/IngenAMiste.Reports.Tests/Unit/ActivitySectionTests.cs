using IngenAMiste.Reports.Model;
using IngenAMiste.Reports.Status;

namespace IngenAMiste.Reports.Tests.Unit;

/// <summary>
/// Results reports that write each measure in labelled activity sections ("Gjennomført i 2024:", "Pågående arbeid:", "Plan
/// for 2025:", "Utfordringer:"), issue #3, on invented sentences: a label names a kind of content and never decides a status
/// by its word, the section's content does; the pace of work against its schedule ("går saktere enn planlagt", "ligger etter
/// skjema", "er på etterskudd"); begun work that was broken off ("ble avbrutt").
/// </summary>
public sealed class ActivitySectionTests
{
    private const string Guide = "Regjeringen vil utarbeide en nasjonal veileder om oppfølging av unge etter selvskading.";

    private static StatusResult Classify(string narrative, string commitment = Guide) => StatusClassifier.Classify(narrative, commitment);

    [Fact]
    public void An_empty_done_section_does_not_complete_a_measure_whose_start_is_planned()
    {
        var result = Classify("Gjennomført i 2024: –\nPlan for 2025: Skrivingen skal etter planen starte i april.");
        var bare = Classify("Gjennomførte aktiviteter:\n–\nNeste steg: Arbeidsgruppen skal etter planen starte i mai.");

        Assert.Equal(MeasureStatus.Planned, result.Status);
        Assert.DoesNotContain("Gjennomført", result.Evidence ?? "", StringComparison.Ordinal);
        Assert.Equal(MeasureStatus.Planned, bare.Status);
    }

    [Fact]
    public void An_ongoing_section_gives_its_content_as_evidence_not_its_label()
    {
        var result = Classify("Pågående arbeid: Fagrådet er i gang med å skrive kapitlene om oppfølging.");
        var listed = Classify("Pågående aktiviteter:\nskrivingen av veilederen pågår i tre arbeidsgrupper");

        Assert.Equal(MeasureStatus.InProgress, result.Status);
        Assert.DoesNotContain("Pågående", result.Evidence ?? "", StringComparison.Ordinal);
        Assert.Contains("i gang", result.Evidence, StringComparison.Ordinal);
        Assert.Equal(MeasureStatus.InProgress, listed.Status);
        Assert.DoesNotContain("Pågående", listed.Evidence ?? "", StringComparison.Ordinal);
    }

    [Fact]
    public void A_status_word_inside_a_sentence_is_not_a_label()
    {
        // Near miss of the label: "gjennomført" is the sentence's verb here, not a run-in label at the start of a line.
        var result = Classify("Tiltaket er gjennomført i 2024: veilederen ligger på helsedirektoratet.no.");

        Assert.Equal(MeasureStatus.Completed, result.Status);
    }

    [Theory]
    [InlineData("Utrullingen av veilederen i kommunene går noe saktere enn planlagt.")]
    [InlineData("Skrivearbeidet ligger noen måneder etter skjema på grunn av sykefravær.")]
    [InlineData("Prosjektet er på etterskudd etter at to medlemmer av arbeidsgruppen sluttet.")]
    public void Work_behind_its_schedule_is_in_progress(string sentence)
    {
        var result = Classify(sentence);

        Assert.Equal(MeasureStatus.InProgress, result.Status);
        Assert.Contains(result.Hits, h => h.RuleId == "behind-schedule");
    }

    [Theory]
    [InlineData("Svartiden på telefonen går saktere enn i fjor.")]
    [InlineData("Kontoret ligger etter rådhuset i Storgata.")]
    public void A_pace_or_a_place_that_is_no_schedule_is_not_behind_schedule(string sentence)
    {
        Assert.DoesNotContain(Classify(sentence).Hits, h => h.RuleId == "behind-schedule");
    }

    [Theory]
    [InlineData("Utprøvingen ble avbrutt i fjor høst da leverandøren trakk seg.", "ble avbrutt")]
    [InlineData("Skrivingen av veilederen er avbrutt etter to år.", "er avbrutt")]
    public void Begun_work_that_was_broken_off_is_stalled_not_done(string sentence, string evidence)
    {
        var result = Classify(sentence);

        Assert.Equal(MeasureStatus.InProgress, result.Status);
        Assert.Contains(evidence, result.Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public void A_break_as_a_noun_is_not_a_stop()
    {
        Assert.DoesNotContain(Classify("Det var et kort avbrudd i nettjenesten i mars.").Hits, h => h.RuleId == "stalled");
    }

    [Theory]
    [InlineData("Avhenger av resultatene fra forsøket i tre kommuner.")]
    [InlineData("Oppstarten er avhengig av en avklaring med helseforetakene.")]
    public void Work_that_waits_for_another_steps_outcome_is_planned(string sentence)
    {
        var result = Classify(sentence);

        Assert.Equal(MeasureStatus.Planned, result.Status);
        Assert.Contains(result.Hits, h => h.RuleId == "depends-on-outcome");
    }

    [Fact]
    public void Depending_on_a_person_is_no_waiting_for_an_outcome()
    {
        Assert.DoesNotContain(Classify("Kvaliteten avhenger av de ansatte som tar kurset.").Hits, h => h.RuleId == "depends-on-outcome");
    }

    [Theory]
    [InlineData("Veilederen er nå kjent for samtlige helsestasjoner, viser en spørring.")]
    [InlineData("Kurset er godt kjent blant alle fastleger i fylket.")]
    public void A_deliverable_known_by_all_units_has_reached_everyone(string sentence)
    {
        Assert.Contains(Classify(sentence).Hits, h => h.RuleId == "in-use-everywhere");
    }

    [Fact]
    public void Known_by_some_units_is_not_everywhere()
    {
        Assert.DoesNotContain(Classify("Veilederen er kjent for mange helsestasjoner.").Hits, h => h.RuleId == "in-use-everywhere");
    }

    [Fact]
    public void A_label_run_into_the_line_of_a_list_item_is_still_a_label()
    {
        var result = Classify("kursmodul for helsesykepleiere Pågående arbeid: Fagrådet er i gang med modulen for barnevernet.");

        Assert.Equal(MeasureStatus.InProgress, result.Status);
        Assert.DoesNotContain("Pågående", result.Evidence ?? "", StringComparison.Ordinal);
    }

    [Fact]
    public void A_lower_case_status_word_before_a_colon_inside_a_sentence_is_no_label()
    {
        var result = Classify("Fagrådet beskriver det pågående arbeid: kapitlene skrives om.");

        Assert.Contains(result.Hits, h => h.Evidence.Contains("pågående", StringComparison.Ordinal));
    }
}
