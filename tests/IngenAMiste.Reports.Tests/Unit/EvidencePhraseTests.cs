using IngenAMiste.Reports.Status;

namespace IngenAMiste.Reports.Tests.Unit;

/// <summary>
/// The rules of <see cref="EvidencePhrase"/>, one by one, on invented sentences: where the verbatim evidence phrase starts and
/// ends. Each case is run through the classifier, so it also shows which signal wins.
/// </summary>
public sealed class EvidencePhraseTests
{
    private const string Guideline = "Regjeringen vil revidere den nasjonale veilederen for oppfølging av etterlatte.";
    private const string Network = "Regjeringen vil etablere regionale nettverk for selvmordsforebygging.";

    private static void AssertEvidence(string narrative, string commitment, string expected)
    {
        var result = StatusClassifier.Classify(narrative, commitment);
        Assert.True(expected == result.Evidence, $"expected «{expected}», got «{result.Evidence}»: {result.Explanation}");
        Assert.Contains(result.Evidence!, narrative, StringComparison.Ordinal);
    }

    [Theory]
    // B1: word boundaries; a hyphenated fragment ("Helse-") never ends a phrase, a hyphenated name is not split at "og".
    [InlineData("Evalueringen pågår hos Helse- og omsorgsdepartementet.", "Evalueringen pågår")]
    [InlineData("Kommunal- og distriktsdepartementet har utarbeidet en veileder om tilskudd til kommunene.", "har utarbeidet en veileder")]
    [InlineData("Veilederen er oversatt til nord-, sør- og lulesamisk.", "Veilederen er oversatt")]
    // S1: the phrase starts in the clause of the signal (after "at").
    [InlineData("Direktoratet viser til at kurset er under utvikling.", "kurset er under utvikling")]
    [InlineData("Direktoratet har fått oppdraget, og arbeidet er under planlegging.", "arbeidet er under planlegging")]
    // S2: an expletive subject and a short fronted adverbial are kept.
    [InlineData("Det er opprettet et nettverk med representanter for kommunene.", "Det er opprettet et nettverk")]
    [InlineData("I Helse Vest er det innført nye rutiner for oppfølging av etterlatte.", "I Helse Vest er det innført nye rutiner")]
    // S3: a plain subject of up to four words is kept; a subject with its own prepositional phrase is not.
    [InlineData("Statens helsetilsyn har revidert veilederen for tilsyn med fengsler.", "Statens helsetilsyn har revidert veilederen")]
    [InlineData("Den nye nasjonale veilederen ble publisert i mai 2023.", "Den nye nasjonale veilederen ble publisert i mai 2023")]
    [InlineData("Rapporten om tilbudet til unge etterlatte ble publisert i mai 2023.", "ble publisert i mai 2023")]
    // S4: a bare state keeps its (longer) subject.
    [InlineData("Arbeidet med en ny nasjonal veileder er igangsatt.", "Arbeidet med en ny nasjonal veileder er igangsatt")]
    [InlineData("Oversettelsen av veilederen til lulesamisk er forsinket og ventes ferdig i 2025.", "Oversettelsen av veilederen til lulesamisk er forsinket")]
    // S7: an organisation as the subject of a future step, an assessment or "er i gang med" is dropped; a thing as subject, and
    // the organisation of an action with its product or of an activity, are kept.
    [InlineData("Helsedirektoratet vil i 2025 revidere veilederen.", "vil i 2025 revidere veilederen")]
    [InlineData("Statens helsetilsyn vurderer endringer i veilederen.", "vurderer endringer i veilederen")]
    [InlineData("Helsedirektoratet er i gang med revideringen.", "er i gang med revideringen")]
    [InlineData("FHI skal vurdere behovet for en ny veileder.", "skal vurdere behovet")]
    [InlineData("Veilederen skal revideres i 2025.", "Veilederen skal revideres i 2025")]
    [InlineData("Helsedirektoratet har etablert en arbeidsgruppe.", "Helsedirektoratet har etablert en arbeidsgruppe")]
    [InlineData("Helsedirektoratet arbeider med revisjonen av veilederen.", "Helsedirektoratet arbeider med revisjonen av veilederen")]
    // B2: "og" between two names does not end a phrase.
    [InlineData("Den første kampanjen gikk i Agder og Rogaland våren 2024.", "Den første kampanjen gikk i Agder og Rogaland våren 2024")]
    // S5 and E5: a long adverbial between auxiliary and participle; a parenthesis after the head is kept.
    [InlineData("Direktoratet har i samarbeid med brukerorganisasjonene og fagmiljøene utarbeidet en veileder (digital utgave) for etterlatte.", "utarbeidet en veileder (digital utgave)")]
    // E1: a time phrase ending in a year, with what comes before it; a date's full stop does not end the phrase.
    [InlineData("Veilederen ble lansert under Arendalsuka 15. august 2023.", "Veilederen ble lansert under Arendalsuka 15. august 2023")]
    [InlineData("Oppdraget er gitt i tildelingsbrevet til direktoratet for 2024.", "Oppdraget er gitt i tildelingsbrevet til direktoratet for 2024")]
    // E2: prepositional phrases after the object are dropped.
    [InlineData("Det er etablert en referansegruppe med deltakere fra tjenestene.", "Det er etablert en referansegruppe")]
    [InlineData("Nettverket er under etablering i Helse Nord og Helse Vest.", "Nettverket er under etablering")]
    // E3: a "til" phrase is kept, "til å" is not.
    [InlineData("Veilederen ble sendt til alle fastleger i slutten av perioden.", "Veilederen ble sendt til alle fastleger")]
    // E4: a one-word phrase closing the sentence, and a one-word "i" phrase after the object, are kept.
    [InlineData("Kommunene har startet kartlegging av behovet.", "Kommunene har startet kartlegging av behovet")]
    [InlineData("Det er gjort endringer i veilederen i tråd med nye krav.", "Det er gjort endringer i veilederen")]
    // E6: an activity with a bare verb and a coordinated status verb keeps both.
    [InlineData("Hendelsene blir gjennomgått (systematisk) og brukes i opplæringen.", "Hendelsene blir gjennomgått (systematisk) og brukes i opplæringen")]
    // E7: a coordinated noun is kept with an activity's complement.
    [InlineData("I alle fylker vektlegges opplæring og veiledning av ansatte.", "I alle fylker vektlegges opplæring og veiledning")]
    // E8: "i gang med X".
    [InlineData("Fylkeslegene er i gang med utprøving av modellen i tre fylker.", "Fylkeslegene er i gang med utprøving")]
    // E9: "arbeidet med å X".
    [InlineData("Helseforetakene viderefører arbeidet med å styrke oppfølgingen.", "Helseforetakene viderefører arbeidet med å styrke oppfølgingen")]
    // E10: no phrase runs into an amount.
    [InlineData("Tilskuddet er økt til 5,2 mill. kroner i 2024.", "Tilskuddet er økt")]
    [InlineData("Ordningen er videreført med 9 500 000 kroner i 2024.", "Ordningen er videreført")]
    public void Cuts_the_clause_core(string narrative, string expected) => AssertEvidence(narrative, Guideline, expected);

    [Fact]
    public void An_attributive_signal_takes_its_clause()
    {
        AssertEvidence("Temaet tas inn i flere pågående prosjekter.", Network, "Temaet tas inn i flere pågående prosjekter");
    }

    [Fact]
    public void Funds_to_be_used_stop_before_the_purpose()
    {
        AssertEvidence("Midlene skal brukes til å styrke nettverkene.", Network, "Midlene skal brukes");
    }
}
