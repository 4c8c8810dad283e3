using IngenAMiste.Reports.Model;
using IngenAMiste.Reports.Parsing;

namespace IngenAMiste.Reports.Tests.Unit;

/// <summary>
/// The ministry line under other labels than "Ansvarlig departement": the form-style parenthesised plural
/// ("Ansvarlig(e) departement(er):"), the main responsibility ("Hovedansvar:", "Hovedansvarlig departement:", with a
/// "Medansvar:" on the same line), the specialist ministry ("Ansvarlig fagdepartement:"), "Departementsansvar:" and the
/// abbreviation "Ansv. dep.:". Running text about responsibility is no ministry line. Invented lines.
/// </summary>
public sealed class MinistryLabelTests
{
    [Theory]
    [InlineData("Ansvarlig(e) departement(er): HOD, KD", new[] { "HOD", "KD" })]
    [InlineData("Ansvarlige departement(er): JD og HOD", new[] { "JD", "HOD" })]
    [InlineData("Ansvarlig(e): BFD", new[] { "BFD" })]
    [InlineData("Hovedansvar: HOD", new[] { "HOD" })]
    [InlineData("Hovedansvarlig departement: JD", new[] { "JD" })]
    [InlineData("Hovedansvarlig: Kunnskapsdepartementet", new[] { "KD" })]
    [InlineData("Hovedansvar: HOD. Medansvar: KD og AID", new[] { "HOD", "KD", "AID" })]
    [InlineData("Ansvarlig fagdepartement: KD", new[] { "KD" })]
    [InlineData("Ansvarlege fagdepartement: KD og HOD", new[] { "KD", "HOD" })]
    [InlineData("Departementsansvar: HOD, BFD", new[] { "HOD", "BFD" })]
    [InlineData("Ansv. dep.: HOD", new[] { "HOD" })]
    public void Other_labels_of_the_ministry_line_give_its_codes(string line, string[] codes)
    {
        var m = Ministries.MatchLine(line);
        Assert.True(m.Success, line);
        Assert.Equal(codes, Ministries.ParseList(m.Groups["list"].Value));
    }

    [Theory]
    [InlineData("Hovedansvaret for oppfølgingen ligger hos HOD.")]
    [InlineData("Departementsansvaret er fordelt mellom HOD og KD.")]
    [InlineData("Ansvarlige fagpersoner i kommunene har fått opplæring.")]
    [InlineData("Hovedansvarlig for kurset var RVTS Øst.")]
    public void Running_text_about_responsibility_is_no_ministry_line(string line) =>
        Assert.False(Ministries.MatchLine(line).Success, line);

    [Fact]
    public void Measures_with_these_labels_get_their_ministries_and_no_missing_ministry_warning()
    {
        string[] lines =
        [
            "Planen har 3 tiltak.", "Mål 1: Bedre samarbeid om forebygging",
            "Tiltak 1 Regjeringen vil utvikle et kurs for ansatte i skolen.", "Kurset er tatt i bruk i alle fylker.",
            "Hovedansvarlig departement: KD. Medansvar: HOD",
            "Tiltak 2 Regjeringen vil lage en veileder for frivillige lag.", "Veilederen er under arbeid.",
            "Ansvarlig(e) departement(er): KUD og HOD",
            "Tiltak 3 Regjeringen vil kartlegge tilbudet til etterlatte.", "Kartleggingen starter neste år.",
            "Ansvarlig fagdepartement: JD",
        ];
        var report = TestDocuments.ParseLines(lines.Select(t => (t, false)));

        Assert.Equal(["KD", "HOD"], report.Measures.Single(m => m.Number == 1).Ministries);
        Assert.Equal(["KUD", "HOD"], report.Measures.Single(m => m.Number == 2).Ministries);
        Assert.Equal(["JD"], report.Measures.Single(m => m.Number == 3).Ministries);
        Assert.DoesNotContain(report.Warnings, w => w.Contains("departement", StringComparison.OrdinalIgnoreCase));
    }
}
