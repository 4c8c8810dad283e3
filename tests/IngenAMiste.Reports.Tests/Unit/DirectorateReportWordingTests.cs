using IngenAMiste.Reports.Model;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace IngenAMiste.Reports.Tests.Unit;

/// <summary>
/// A directorate's status report (the blind variation statusrapport-2022): a measure heading "Tiltak N" in bold on a line of
/// its own, with the commitment set apart below it (a box), then the narrative.
/// </summary>
public sealed class DirectorateReportWordingTests
{
    private static ParsedReport Parse(bool boldLabels)
    {
        var builder = new PdfDocumentBuilder();
        var regular = builder.AddStandard14Font(Standard14Font.Helvetica);
        var bold = builder.AddStandard14Font(Standard14Font.HelveticaBold);
        var page = builder.AddPage(595, 842);
        var label = boldLabels ? bold : regular;
        page.AddText("Statusrapport 2022 - Handlingsplan for forebygging av selvmord 2020-2025", 16, new PdfPoint(50, 790), bold);
        page.AddText("Handlingsplanen har 3 tiltak. Status per 31. desember 2022.", 10, new PdfPoint(50, 760), regular);
        var y = 690.0;
        foreach (var (n, commitment, narrative) in new[]
                 {
                     (7, "Regjeringen vil styrke informasjon til barn og unge om trygg nettbruk.", "Materiellet er sendt til alle skoler i fylket."),
                     (8, "Regjeringen vil styrke informasjon til foreldre om skadelig innhold.", "Foreldreveiledningen ble publisert i mai."),
                     (9, "Regjeringen vil styrke kompetansen hos personell om selvskading.", "Kurset for ansatte i barnevernet er i gang."),
                 })
        {
            page.AddText($"Tiltak {n}", boldLabels ? 11 : 10, new PdfPoint(50, y), label);
            // The commitment sits in a box: a clearly larger gap than the line pitch above and below it.
            page.AddText(commitment, 10, new PdfPoint(56, y - 26), regular);
            page.AddText(narrative, 10, new PdfPoint(50, y - 50), regular);
            page.AddText("Ansvarlig departement: HOD", 10, new PdfPoint(50, y - 66), regular);
            y -= 110;
        }

        using var stream = new MemoryStream(builder.Build());
        return new ReportParser().Parse(stream);
    }

    [Fact]
    public void A_bold_bare_measure_label_takes_its_commitment_from_the_next_paragraph()
    {
        var report = Parse(boldLabels: true);
        Assert.Equal([7, 8, 9], report.Measures.Select(m => m.Number));
        Assert.Equal("Regjeringen vil styrke informasjon til foreldre om skadelig innhold.", report.Measures[1].Commitment);
        Assert.Equal(["HOD"], report.Measures[1].Ministries);
        Assert.Equal("2022", report.Document.ReportPeriod);
    }

    [Fact]
    public void A_bare_measure_label_in_body_type_is_not_a_heading()
    {
        var report = Parse(boldLabels: false);
        Assert.Empty(report.Measures);
    }
}
