using IngenAMiste.Reports.Extraction;

namespace IngenAMiste.Reports.Tests.Unit;

/// <summary>
/// Layouts found blind in the short-form variation report (issue #3), on invented lines: a run-in measure heading whose
/// commitment wraps and ends a sentence on a later line, followed by a one-line narrative after a small paragraph gap.
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
}
