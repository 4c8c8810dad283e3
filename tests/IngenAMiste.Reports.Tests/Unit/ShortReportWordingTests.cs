using IngenAMiste.Reports.Extraction;
using IngenAMiste.Reports.Model;
using IngenAMiste.Reports.Status;

namespace IngenAMiste.Reports.Tests.Unit;

/// <summary>
/// Layouts found blind in the short-form variation report (issue #3), on invented lines: a run-in measure heading whose
/// commitment wraps and ends a sentence on a later line, followed by a one-line narrative after a small paragraph gap; and
/// elliptic summary wordings, each rule from both sides: nothing done ("Ingen framdrift", "Nedprioritert", "Lagt til side"),
/// under way ("rulles ut", "utvides gradvis", "er midtveis"), delivered ("forelå", "tilbudt første gang", "i bruk ved alle",
/// "obligatorisk fra").
/// </summary>
public sealed class ShortReportWordingTests
{
    private static ExtractedLine Line(string text, double right, double bottom) => TestDocuments.Line(text, 40, right, bottom);

    [Fact]
    public void A_wrapped_commitment_that_ends_its_last_line_then_a_paragraph_gap_starts_the_narrative()
    {
        var paragraphs = TestDocuments.ParagraphTexts(
            Line("Tiltak 19 – Regjeringen vil utarbeide en veileder for kommunenes arbeid med oppfølging etter", 540, 700),
            Line("utskrivning fra psykisk helsevern og tverrfaglig spesialisert rusbehandling i hele landet.", 535, 687),
            Line("Høringsutkast foreligger.", 160, 672));
        Assert.Equal(2, paragraphs.Count);
        Assert.EndsWith("i hele landet.", paragraphs[0], StringComparison.Ordinal);
        Assert.Equal("Høringsutkast foreligger.", paragraphs[1]);
    }

    [Fact]
    public void A_wrapped_commitment_of_two_sentences_at_the_normal_leading_stays_one_paragraph()
    {
        var paragraphs = TestDocuments.ParagraphTexts(
            Line("Tiltak 19 – Regjeringen vil utarbeide en veileder for kommunenes arbeid med oppfølging etter", 540, 700),
            Line("utskrivning fra psykisk helsevern og tverrfaglig spesialisert rusbehandling i hele landet.", 535, 687),
            Line("Pårørende skal involveres i arbeidet.", 220, 674));
        Assert.Single(paragraphs);
    }

    [Fact]
    public void A_gap_after_a_narrative_line_that_does_not_follow_a_run_in_heading_is_no_new_paragraph_by_this_rule()
    {
        var paragraphs = TestDocuments.ParagraphTexts(
            Line("Arbeidet med veilederen har pågått i hele perioden, og flere kommuner har bidratt med innspill", 540, 700),
            Line("til utkastet som nå er på høring i kommunene og i de regionale helseforetakene i landet.", 535, 687),
            Line("Høringsfristen er satt til juni.", 200, 672));
        Assert.Single(paragraphs);
    }

    private const string Guide = "Regjeringen vil utarbeide en veileder for oppfølging av pasienter etter utskrivning.";

    private static StatusResult Check(string narrative, string commitment, MeasureStatus expected)
    {
        var result = StatusClassifier.Classify(narrative, commitment);
        Assert.True(expected == result.Status, $"{narrative} → {result.Status} ({result.Explanation})");
        return result;
    }

    [Theory]
    [InlineData("Ingen framdrift i 2023.", "Ingen framdrift")]
    [InlineData("Null aktivitet hittil.", "Null aktivitet")]
    [InlineData("Veilederen er nedprioritert i år.", "nedprioritert")]
    [InlineData("Lagt til side til budsjettet er avklart.", "Lagt til side")]
    public void A_short_statement_that_nothing_was_done_is_not_started(string narrative, string evidencePart)
    {
        var result = Check(narrative, Guide, MeasureStatus.NotStarted);
        Assert.Contains(evidencePart, result.Evidence, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("God framdrift i arbeidet med veilederen.")]
    [InlineData("Veilederen er oppdatert og lagt ut på nettsidene.")]
    public void Progress_or_a_delivery_is_not_a_short_statement_that_nothing_was_done(string narrative) =>
        Assert.NotEqual(MeasureStatus.NotStarted, StatusClassifier.Classify(narrative, Guide).Status);

    [Theory]
    [InlineData("Veilederen rulles ut i helseforetakene.")]
    [InlineData("Bruken utvides gradvis til flere sykehus.")]
    [InlineData("Arbeidet med veilederen er midtveis.")]
    public void A_roll_out_or_half_way_is_in_progress(string narrative) => Check(narrative, Guide, MeasureStatus.InProgress);

    [Fact]
    public void A_half_way_evaluation_is_no_half_way_statement() =>
        Assert.DoesNotContain("short-under-way", StatusClassifier.Classify("Midtveisevalueringen kom i 2022.", Guide).Explanation, StringComparison.Ordinal);

    [Theory]
    [InlineData("Veilederen forelå i mai 2023.")]
    [InlineData("Veilederen er i bruk ved alle helseforetak.")]
    [InlineData("Veilederen er obligatorisk fra 2023.")]
    public void A_short_delivery_is_completed(string narrative) => Check(narrative, Guide, MeasureStatus.Completed);

    [Theory]
    [InlineData("Veilederen er i bruk ved to helseforetak.")]
    [InlineData("Veilederen blir obligatorisk når den er ferdig.")]
    public void Use_in_some_places_or_a_future_obligation_is_not_completed(string narrative) =>
        Assert.NotEqual(MeasureStatus.Completed, StatusClassifier.Classify(narrative, Guide).Status);
}
