using IngenAMiste.Reports.Model;

namespace IngenAMiste.Reports.Tests.Unit;

/// <summary>
/// Report period and status date in forms the earlier documents did not use: a year pair with a slash or a short second
/// year, a period bounded by two dates ("perioden 1. juli 2022 – 30. juni 2023", "fra 1.1.2023 til 31.12.2023"), a
/// status date after "Statusdato:", "Oppdatert", "Sist oppdatert:", "Datert", "Dato:", in ISO form, or as the signature date ("Oslo,
/// 15. september 2023"). A date of updating or signing gives way to a status date ("Status per …") wherever the two stand.
/// A month without a day gives no date. Synthetic front matter, invented text.
/// </summary>
public sealed class MetadataFormTests
{
    private static DocumentInfo Read(string title, string front)
    {
        var lines = new List<(string Text, bool Bold)>
        {
            ("Handlingsplan for forebygging av selvmord 2020–2025", true), (title, true), (front, false),
            ("Planen inneholder totalt 4 konkrete tiltak fordelt på 2 mål.", false),
        };
        var n = 1;
        foreach (var g in new[] { 1, 2 })
        {
            lines.Add(($"Mål {g}: Bedre samarbeid", true));
            for (var k = 0; k < 2; k++, n++)
            {
                lines.Add(($"Tiltak {n}: Regjeringen vil styrke arbeid nummer {n}.", true));
                lines.Add(("Arbeidet er i gang og skal være ferdig neste år.", false));
                lines.Add(("Ansvarlig departement: HOD", false));
            }
        }

        return TestDocuments.ParseLines(lines).Document;
    }

    [Theory]
    [InlineData("Årsrapport 2022/2023", "Status per 1. desember 2023", "2022-2023", "2023-12-01")]
    [InlineData("Rapportering for 2022–23", "Oppdatert 15.09.2023", "2022-2023", "2023-09-15")]
    [InlineData("Rapport for perioden 1. juli 2022 – 30. juni 2023", "Sist oppdatert: 2023-09-15", "2022-2023", "2023-09-15")]
    [InlineData("Rapport om oppfølgingen i 2023", "Datert 2. oktober 2023", "2023", "2023-10-02")]
    [InlineData("Statusrapport 2023", "Oslo, 15. september 2023", "2023", "2023-09-15")]
    [InlineData("Statusrapport 2023", "Oslo, 15. januar 2024. Status per 31. desember 2023", "2023", "2023-12-31")]
    [InlineData("Årsrapport", "Rapporten gjelder fra 1.1.2023 til 31.12.2023. Dato: 20. januar 2024", "2023", "2024-01-20")]
    [InlineData("Årsrapport 2022-2023", "Rapporten viser status pr. 30.09.2023.", "2022-2023", "2023-09-30")]
    [InlineData("Statusrapport 2023–2024", "Statusdato: 31.08.2024", "2023-2024", "2024-08-31")]
    public void Period_and_status_date_are_read(string title, string front, string period, string asOf)
    {
        var info = Read(title, front);

        Assert.Equal(period, info.ReportPeriod);
        Assert.Equal(DateOnly.Parse(asOf, System.Globalization.CultureInfo.InvariantCulture), info.AsOf);
        Assert.Equal("2020-2025", info.PlanPeriod);
    }

    [Theory]
    [InlineData("Årsrapport 2022–2023", "Statusen gjelder per september 2023.")]
    [InlineData("Årsrapport 2022–2023", "Konferansen i Bergen samlet 300 deltakere.")]
    public void No_day_no_status_date(string title, string front) => Assert.Null(Read(title, front).AsOf);
}
