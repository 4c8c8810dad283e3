using IngenAMiste.Reports.Parsing;

namespace IngenAMiste.Reports.Tests.Unit;

/// <summary>
/// Amounts in forms the earlier documents did not use: thousands of kroner abbreviated "tkr", one million or one
/// billion written with the word ("én million kroner", "ein milliard kroner"; only with a currency word after it, since
/// "en million innbyggere" is no money), "gitt"/"ga" and "la" as the allocation verb when an amount follows, compounds ("driftstilskudd", "prosjektmidler") and
/// "stilt … til disposisjon". Invented sentences.
/// </summary>
public sealed class FundingFormTests
{
    [Theory]
    [InlineData("Det er bevilget 250 tkr til kurset i 2023.", 250_000, 2023)]
    [InlineData("Foreningen har fått 1 200 tkr i 2024.", 1_200_000, 2024)]
    [InlineData("Det er gitt 1 million kroner til prosjektet i 2023.", 1_000_000, 2023)]
    [InlineData("I 2022 ble det bevilget én million kroner til ordningen.", 1_000_000, 2022)]
    [InlineData("Departementet ga en million kroner til piloten i 2024.", 1_000_000, 2024)]
    [InlineData("Det vart løyvd ein milliard kroner i 2021.", 1_000_000_000, 2021)]
    [InlineData("Direktoratet gav 300 000 kroner til arbeidet i 2023.", 300_000, 2023)]
    [InlineData("Kommunene fikk driftstilskudd på 6,4 mill. kroner i 2022.", 6_400_000, 2022)]
    [InlineData("Det ble brukt prosjektmidler på 2 mill. kroner i 2023.", 2_000_000, 2023)]
    [InlineData("Departementet har stilt 3,5 mill. kroner til disposisjon for arbeidet i 2024.", 3_500_000, 2024)]
    [InlineData("Staten la 8 mill. kroner i kampanjene i 2023.", 8_000_000, 2023)]
    public void New_amount_forms_are_read(string sentence, long amount, int year)
    {
        var funding = Assert.Single(FundingExtractor.Extract(sentence));
        Assert.Equal(amount, funding.AmountNok);
        Assert.Equal(year, funding.Year);
    }

    [Theory]
    [InlineData("Kampanjen nådde en million innbyggere i 2023, og den ble finansiert over driftsbudsjettet.")]
    [InlineData("Det er gitt 12 kurs i 2023.")]
    [InlineData("Veilederen ga en oversikt over 40 tiltak i 2022.")]
    [InlineData("Direktoratet la fram 12 anbefalinger i 2023.")]
    [InlineData("Kurset er stilt til disposisjon for 40 kommuner i 2023.")]
    public void Words_that_look_like_money_are_not_funding(string sentence) =>
        Assert.Empty(FundingExtractor.Extract(sentence));
}
