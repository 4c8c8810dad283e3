using IngenAMiste.Reports.Model;
using IngenAMiste.Reports.Status;

namespace IngenAMiste.Reports.Tests.Unit;

/// <summary>
/// A measure reported as lettered sub-items ("a) … b) … c) …"): the status is the measure's, judged on its own deliverable,
/// not on one sub-item (<see cref="StatusClassifier"/>).
/// </summary>
public sealed class SubItemStatusTests
{
    private const string Commitment = "Regjeringen vil utvikle et opplæringsprogram for ansatte i barnehager og skoler.";

    private static StatusResult Classify(params string[] paragraphs) =>
        StatusClassifier.Classify(paragraphs.Select(p => new NarrativeParagraph(p, p.StartsWith('(') || (p.Length > 1 && p[1] == ')'))).ToList(), Commitment);

    [Fact]
    public void A_finished_sub_item_beside_one_under_way_leaves_the_measure_in_progress()
    {
        var result = Classify("Programmet utvikles i tre trinn:",
            "a) modulen for barnehagene ble ferdigstilt i april;",
            "b) modulen for barneskolen pågår fortsatt;",
            "c) modulen for ungdomsskolen er ikke påbegynt.");

        Assert.Equal(MeasureStatus.InProgress, result.Status);
        Assert.Contains("pågår", result.Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_sub_item_finished_completes_the_measure()
    {
        var result = Classify("Programmet ble utviklet i tre trinn:",
            "a) modulen for barnehagene ble ferdigstilt i april;",
            "b) modulen for barneskolen ble ferdigstilt i juni;",
            "c) modulen for ungdomsskolen ble ferdigstilt i august.");

        Assert.Equal(MeasureStatus.Completed, result.Status);
    }

    [Fact]
    public void A_sub_item_not_begun_does_not_decide_a_measure_whose_other_sub_item_is_done()
    {
        var result = Classify("Programmet har to deler:",
            "a) modulen for barnehagene ble ferdigstilt i april;",
            "b) modulen for skolene er ikke påbegynt.");

        Assert.Equal(MeasureStatus.InProgress, result.Status);
    }

    [Fact]
    public void Without_lettered_items_the_same_statements_keep_their_usual_weight()
    {
        // The same sentences as running text: an explicit "not begun" wins, as everywhere else.
        var result = Classify("Modulen for barnehagene ble ferdigstilt i april. Modulen for skolene er ikke påbegynt.");

        Assert.Equal(MeasureStatus.NotStarted, result.Status);
    }

    [Fact]
    public void Sub_items_none_of_which_has_begun_leave_the_measure_not_started()
    {
        var result = Classify("Programmet har to deler:",
            "a) modulen for barnehagene er ikke påbegynt;",
            "b) modulen for skolene er ikke påbegynt.");

        Assert.Equal(MeasureStatus.NotStarted, result.Status);
    }

    [Fact]
    public void A_lettered_item_starts_a_paragraph_of_its_own()
    {
        var paragraphs = TestDocuments.ParagraphTexts(
            TestDocuments.Line("Programmet utvikles i to trinn:", 70, 300, 700),
            TestDocuments.Line("a) modulen for barnehagene ble ferdigstilt i april;", 80, 400, 688),
            TestDocuments.Line("b) modulen for barneskolen pågår fortsatt.", 80, 380, 676));

        Assert.Equal(["Programmet utvikles i to trinn:", "a) modulen for barnehagene ble ferdigstilt i april;", "b) modulen for barneskolen pågår fortsatt."], paragraphs);
    }

    [Fact]
    public void A_line_that_only_begins_with_a_letter_goes_on_in_its_paragraph()
    {
        var paragraphs = TestDocuments.ParagraphTexts(
            TestDocuments.Line("Programmet for ansatte i barnehagene og skolene er", 70, 520, 700),
            TestDocuments.Line("a-kassens kurs nærmest lik, og utviklingen pågår.", 70, 400, 688));

        Assert.Single(paragraphs);
    }
}
