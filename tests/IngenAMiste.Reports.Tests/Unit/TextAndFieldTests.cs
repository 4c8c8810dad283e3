using IngenAMiste.Reports.Parsing;

namespace IngenAMiste.Reports.Tests.Unit;

public sealed class TextNormalizerTests
{
    [Theory]
    [InlineData(new[] { "Regje\u00AD", "ringen vil" }, "Regjeringen vil")]
    [InlineData(new[] { "gjennom\u00AD\u2010", "føre" }, "gjennomføre")]
    [InlineData(new[] { "gjennom\u00AD-", "føre" }, "gjennomføre")]
    [InlineData(new[] { "helse-", "og omsorgstjenesten" }, "helse- og omsorgstjenesten")]
    [InlineData(new[] { "forsknings-", "og kompetansesentre" }, "forsknings- og kompetansesentre")]
    [InlineData(new[] { "handlingsplanmal-", "nettsiden" }, "handlingsplanmal-nettsiden")]
    [InlineData(new[] { "e-", "læringskurs" }, "e-læringskurs")]
    [InlineData(new[] { "www.udir.no/kvalitet-og-", "kompetanse/" }, "www.udir.no/kvalitet-og-kompetanse/")]
    [InlineData(new[] { "selvmordsforskning og", "-forebygging" }, "selvmordsforskning og -forebygging")]
    [InlineData(new[] { "to  linjer ", " med\tmellomrom" }, "to linjer med mellomrom")]
    public void JoinLines_undoes_hyphenation_but_keeps_real_hyphens(string[] lines, string expected) =>
        Assert.Equal(expected, TextNormalizer.JoinLines(lines));

    [Fact]
    public void Clean_removes_soft_hyphens_expands_ligatures_and_composes()
    {
        Assert.Equal("flere offentlige", TextNormalizer.Clean("\uFB02ere o\uFB00entlige"));
        Assert.Equal("påbegynt", TextNormalizer.Clean("pa\u030Abe\u00ADgynt"));
    }

    [Theory]
    [InlineData("https://www.regjeringen.no/no/", "www.regjeringen.no/no")]
    [InlineData("http://WWW.Udir.no/Kvalitet/", "www.udir.no/Kvalitet")]
    [InlineData("www.udir.no", "www.udir.no")]
    public void UrlKey_drops_scheme_and_trailing_slash(string url, string key) => Assert.Equal(key, TextNormalizer.UrlKey(url));
}

public sealed class SentenceTests
{
    [Fact]
    public void Splits_at_sentence_ends_but_not_at_abbreviations_or_dates()
    {
        var s = Sentences.Split("Ved lov 26. mars 2021 nr. 15 fikk loven en ny bestemmelse. Loven trådte i kraft 1. april 2021. Dette gjelder bl.a. Agder fengsel.\nIkke påbegynt.");
        Assert.Equal(
            ["Ved lov 26. mars 2021 nr. 15 fikk loven en ny bestemmelse.", "Loven trådte i kraft 1. april 2021.", "Dette gjelder bl.a. Agder fengsel.", "Ikke påbegynt."],
            s.Select(x => x.Text));
    }

    [Theory]
    [InlineData("Rapporten ble lansert 23. juni 2021. Den finnes på nett.", "Rapporten ble lansert 23. juni 2021.")]
    [InlineData("Det gjelder bl.a. Helsedirektoratet og FHI. Neste setning.", "Det gjelder bl.a. Helsedirektoratet og FHI.")]
    [InlineData("Det gjelder f.eks. Statped. Neste setning.", "Det gjelder f.eks. Statped.")]
    [InlineData("Det ble bevilget ca. 30 millioner kroner. Neste setning.", "Det ble bevilget ca. 30 millioner kroner.")]
    [InlineData("Se rundskriv nr. 5 fra departementet. Neste setning.", "Se rundskriv nr. 5 fra departementet.")]
    [InlineData("Møtet startet kl. 10 i Oslo. Neste setning.", "Møtet startet kl. 10 i Oslo.")]
    [InlineData("Tiltaket ved St. Olavs hospital pågår. Neste setning.", "Tiltaket ved St. Olavs hospital pågår.")]
    public void Dates_and_abbreviations_do_not_end_a_sentence(string text, string first) =>
        Assert.Equal(first, Sentences.Split(text)[0].Text);
}

public sealed class FundingTests
{
    [Theory]
    [InlineData("Det ble i 2021 bevilget 2 millioner kroner over statsbudsjettet til tiltaket.", 2_000_000L, 2021, "Det ble i 2021 bevilget 2 millioner kroner")]
    [InlineData("Det er bevilget 0,5 millioner kroner over statsbudsjettet for 2021 til å øke antall obduksjoner.", 500_000L, 2021, "Det er bevilget 0,5 millioner kroner over statsbudsjettet for 2021")]
    [InlineData("Helse- og omsorgsdepartementet har i 2021 avsatt 35 millioner kroner til drift.", 35_000_000L, 2021, "har i 2021 avsatt 35 millioner kroner")]
    [InlineData("I 2021 ble det bevilget 4 millioner kroner over statsbudsjettet til ordningen.", 4_000_000L, 2021, "I 2021 ble det bevilget 4 millioner kroner")]
    [InlineData("Det er bevilget 2 500 000 kroner til arbeidet i 2022.", 2_500_000L, 2022, "Det er bevilget 2 500 000 kroner til arbeidet i 2022")]
    [InlineData("Tiltaket fikk tildelt 1.500.000 kr i 2023.", 1_500_000L, 2023, "Tiltaket fikk tildelt 1.500.000 kr i 2023")]
    [InlineData("Regjeringen har bevilget 1,5 mrd. kroner til kommunene i 2022.", 1_500_000_000L, 2022, "har bevilget 1,5 mrd. kroner til kommunene i 2022")]
    [InlineData("Det er satt av 35 mill. kroner til lanseringen.", 35_000_000L, null, "Det er satt av 35 mill. kroner")]
    [InlineData("Det er bevilget kr 750 000 til utredningen.", 750_000L, null, "Det er bevilget kr 750 000")]
    [InlineData("Piloten har samlet fått 9,5 millioner kroner i planperioden.", 9_500_000L, null, "Piloten har samlet fått 9,5 millioner kroner i planperioden")]
    public void Reads_amount_year_and_evidence(string narrative, long amount, int? year, string evidence)
    {
        var f = Assert.Single(FundingExtractor.Extract(narrative));
        Assert.Equal(amount, f.AmountNok);
        Assert.Equal(year, f.Year);
        Assert.Equal(evidence, f.Evidence);
    }

    [Theory]
    [InlineData("For å stimulere til at flere kommuner etablerer tilbudet, ble tilskuddsordningen på kap. 765, post 60 lagt om.")]
    [InlineData("13 norske kommuner deltar, og tjenesten er åpen 24/7.")]
    [InlineData("Undersøkelsen hadde 2 000 deltakere i 2021.")]
    public void Ignores_numbers_that_are_not_money(string narrative) => Assert.Empty(FundingExtractor.Extract(narrative));
}

public sealed class MinistryTests
{
    [Theory]
    [InlineData("Ansvarlig departement: HOD, BFD, JD og KUD", new[] { "HOD", "BFD", "JD", "KUD" })]
    [InlineData("Ansvarlige departementer: HOD, BFD, JD, KUD og NFD", new[] { "HOD", "BFD", "JD", "KUD", "NFD" })]
    [InlineData("Ansvarlig departement: Helse- og omsorgsdepartementet (HOD)", new[] { "HOD" })]
    [InlineData("Ansvarlig: HOD", new[] { "HOD" })]
    [InlineData("Ansvarlig departement: JD, HOD", new[] { "JD", "HOD" })]
    [InlineData("Ansvarlige departementer: HOD og KDD", new[] { "HOD", "KDD" })]
    public void Reads_codes_as_written(string line, string[] codes)
    {
        var m = Ministries.MatchLine(line);
        Assert.True(m.Success);
        Assert.Equal(codes, Ministries.ParseList(m.Groups["list"].Value));
    }

    [Theory]
    [InlineData("Ansvarlige departementer er oppgitt etter hvert tiltak.")]
    [InlineData("Ansvarlig for oppfølgingen er Helsedirektoratet.")]
    public void Running_text_about_responsibility_has_no_codes(string line)
    {
        var m = Ministries.MatchLine(line);
        Assert.True(!m.Success || Ministries.ParseList(m.Groups["list"].Value).Count == 0);
    }
}

public sealed class UrlTests
{
    [Fact]
    public void Written_out_addresses_are_links_but_bare_host_names_are_not()
    {
        var urls = UrlExtractor.FindWritten("Se www.udir.no/kvalitet-og-kompetanse/ og https://helsenorge.no/selvmord. Oversikten er tilgjengelig på Helsedirektoratet.no og (regjeringen.no).").ToList();
        Assert.Equal(["www.udir.no/kvalitet-og-kompetanse/", "https://helsenorge.no/selvmord"], urls);
    }

    [Fact]
    public void Annotation_and_written_form_of_one_address_count_once()
    {
        var urls = UrlExtractor.Collect(["http://www.udir.no/a/b/"], ["Se www.udir.no/a/b/ for mer."]);
        Assert.Equal(["http://www.udir.no/a/b/"], urls);
    }
}
