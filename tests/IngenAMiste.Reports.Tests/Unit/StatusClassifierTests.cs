using IngenAMiste.Reports.Model;
using IngenAMiste.Reports.Status;

namespace IngenAMiste.Reports.Tests.Unit;

/// <summary>The status rules on invented sentences (not corpus text): synonyms, voice, tense, negation, sub-steps and follow-ups.</summary>
public sealed class StatusClassifierTests
{
    private const string Guideline = "Regjeringen vil revidere den nasjonale veilederen for helsetjenester i fengsler.";
    private const string Campaign = "Regjeringen vil gjennomføre regionale kampanjer om psykisk helse.";
    private const string Network = "Regjeringen vil etablere regionale nettverk for selvmordsforebygging.";
    private const string Register = "Regjeringen vil vurdere etablering av et register for selvskading.";

    [Theory]
    // explicit not started wins, also over money
    [InlineData("Det er bevilget 2 millioner kroner. Arbeidet er foreløpig ikke påbegynt.", Register, MeasureStatus.NotStarted, "Arbeidet er foreløpig ikke påbegynt")]
    [InlineData("Arbeidet har ennå ikke startet.", Register, MeasureStatus.NotStarted, "Arbeidet har ennå ikke startet")]
    [InlineData("Utredningen er ikke igangsatt.", Register, MeasureStatus.NotStarted, "er ikke igangsatt")]
    // planned
    [InlineData("Oppdraget er gitt i tildelingsbrevet for 2024.", Register, MeasureStatus.Planned, "gitt i tildelingsbrevet")]
    [InlineData("Direktoratet vil i 2024 vurdere behovet.", Register, MeasureStatus.Planned, "vil i 2024 vurdere")]
    [InlineData("Et forprosjekt vil starte i 2025.", Register, MeasureStatus.Planned, "vil starte i 2025")]
    [InlineData("Veilederen vil bli publisert i 2025.", Guideline, MeasureStatus.Planned, "vil bli publisert")]
    [InlineData("Oppdraget er i en tidlig planleggingsfase.", Register, MeasureStatus.Planned, "i en tidlig planleggingsfase")]
    // in progress
    [InlineData("Revisjonen av veilederen pågår.", Guideline, MeasureStatus.InProgress, "pågår")]
    [InlineData("Helsedirektoratet er i gang med revideringen.", Guideline, MeasureStatus.InProgress, "er i gang")]
    [InlineData("Veilederen er under revidering.", Guideline, MeasureStatus.InProgress, "under revidering")]
    [InlineData("Kampanjen er gjennomført i to av fem regioner.", Campaign, MeasureStatus.InProgress, "Kampanjen er gjennomført")]
    [InlineData("Det er opprettet en arbeidsgruppe som skal planlegge kampanjene.", Campaign, MeasureStatus.InProgress, "Det er opprettet en arbeidsgruppe")]
    // completed: active, passive, simple past, follow-up to come
    [InlineData("Helsedirektoratet publiserte den reviderte veilederen i mai.", Guideline, MeasureStatus.Completed, "publiserte den reviderte veilederen")]
    [InlineData("Den reviderte veilederen ble publisert i mai. Den skal evalueres i 2026.", Guideline, MeasureStatus.Completed, "veilederen ble publisert")]
    [InlineData("Direktoratet har ferdigstilt den nye veilederen for helsetjenester i fengsler.", Guideline, MeasureStatus.Completed, "har ferdigstilt den nye veilederen")]
    [InlineData("Tiltaket regnes som gjennomført.", Campaign, MeasureStatus.Completed, "Tiltaket regnes som gjennomført")]
    public void Classifies_by_the_measures_own_deliverable(string narrative, string commitment, MeasureStatus expected, string evidencePart)
    {
        var result = StatusClassifier.Classify(narrative, commitment);
        Assert.True(expected == result.Status, $"expected {expected}, got {result.Status}: {result.Explanation}");
        Assert.NotNull(result.Evidence);
        Assert.Contains(evidencePart, result.Evidence, StringComparison.Ordinal);
        Assert.Contains(result.Evidence!, narrative, StringComparison.Ordinal);
    }

    [Theory]
    // negations and their word order
    [InlineData("Arbeidet er ennå ikke igangsatt.", Register, MeasureStatus.NotStarted, "Arbeidet er ennå ikke igangsatt")]
    [InlineData("Kartleggingen har foreløpig ikke kommet i gang.", Register, MeasureStatus.NotStarted, "ikke kommet i gang")]
    [InlineData("Det er ikke satt i gang arbeid med registeret.", Register, MeasureStatus.NotStarted, "Det er ikke satt i gang arbeid")]
    [InlineData("Direktoratet har ennå ikke startet utredningen, men det er avsatt midler.", Register, MeasureStatus.NotStarted, "har ennå ikke startet")]
    // in progress: synonyms, active and passive
    [InlineData("Revisjonen er godt i gang.", Guideline, MeasureStatus.InProgress, "Revisjonen er godt i gang")]
    [InlineData("Direktoratet holder på med revisjonen av veilederen.", Guideline, MeasureStatus.InProgress, "holder på med revisjonen")]
    [InlineData("Veilederen revideres nå av en arbeidsgruppe.", Guideline, MeasureStatus.InProgress, "Veilederen revideres")]
    [InlineData("Direktoratet reviderer veilederen sammen med fagmiljøene.", Guideline, MeasureStatus.InProgress, "reviderer veilederen")]
    // completed: active simple past, passive, perfect
    [InlineData("Direktoratet lanserte kampanjene i alle regioner i mars 2024.", Campaign, MeasureStatus.Completed, "lanserte kampanjene")]
    [InlineData("Kampanjene er gjennomført i alle regioner.", Campaign, MeasureStatus.Completed, "Kampanjene er gjennomført")]
    [InlineData("Den reviderte veilederen ble ferdigstilt i juni 2024.", Guideline, MeasureStatus.Completed, "ble ferdigstilt i juni 2024")]
    [InlineData("Nettverket har blitt etablert i alle regioner.", Network, MeasureStatus.Completed, "har blitt etablert")]
    [InlineData("Nettverkene etableres nå i de fire regionene.", Network, MeasureStatus.InProgress, "Nettverkene etableres")]
    [InlineData("Arbeidet med nettverkene er ikke startet opp.", Network, MeasureStatus.NotStarted, "er ikke startet opp")]
    [InlineData("Etableringen har ikke kommet i gang ennå.", Network, MeasureStatus.NotStarted, "ikke kommet i gang")]
    [InlineData("Det planlegges å etablere nettverk i 2025.", Network, MeasureStatus.Planned, "planlegges")]
    // future tense is planned, also with words between the modal and the verb
    [InlineData("Kampanjene skal etter planen lanseres i 2025.", Campaign, MeasureStatus.Planned, "skal etter planen lanseres")]
    [InlineData("Veilederen vil bli revidert i 2025.", Guideline, MeasureStatus.Planned, "vil bli revidert")]
    [InlineData("Direktoratet skal starte revisjonen i 2025.", Guideline, MeasureStatus.Planned, "skal starte revisjonen")]
    // a finished sub-step is not a finished measure
    [InlineData("Et utkast til revidert veileder er ferdigstilt.", Guideline, MeasureStatus.InProgress, "er ferdigstilt")]
    [InlineData("Det er nedsatt en arbeidsgruppe som skal revidere veilederen.", Guideline, MeasureStatus.InProgress, "Det er nedsatt en arbeidsgruppe")]
    [InlineData("Første kampanje er gjennomført i to av fem regioner.", Campaign, MeasureStatus.InProgress, "Første kampanje er gjennomført")]
    [InlineData("Kampanjen er gjennomført i tre regioner.", Campaign, MeasureStatus.InProgress, "Kampanjen er gjennomført")]
    [InlineData("Det er laget en undervisningspakke om kampanjene, og direktoratet fortsetter arbeidet.", Campaign, MeasureStatus.InProgress, "fortsetter arbeidet")]
    // the measure's own work continues: in progress, also after a delivered sub-product
    [InlineData("Direktoratet har utviklet et nytt kurs om psykisk helse for lærere. Arbeidet fortsetter.", Campaign, MeasureStatus.InProgress, "Arbeidet fortsetter")]
    [InlineData("Den første kampanjen er lansert i Nordland. Arbeidet med kampanjene videreføres i 2025.", Campaign, MeasureStatus.InProgress, "videreføres i 2025")]
    [InlineData("Regionene har etablert nettverk for helsepersonell, og innsatsen vil fortsette neste år.", Network, MeasureStatus.InProgress, "vil fortsette")]
    [InlineData("Kampanjene er gjennomført i alle regioner, og direktoratet viderefører arbeidet med nye temaer.", Campaign, MeasureStatus.InProgress, "viderefører arbeidet")]
    // a follow-up still to come does not undo a delivered deliverable
    [InlineData("Nettverket er etablert i alle regioner. Arbeidet med implementeringen fortsetter i 2025.", Network, MeasureStatus.Completed, "Nettverket er etablert")]
    [InlineData("Kampanjene er gjennomført i alle regioner og vil bli fulgt opp av en evaluering.", Campaign, MeasureStatus.Completed, "Kampanjene er gjennomført")]
    [InlineData("Den reviderte veilederen ble publisert i 2024. Direktoratet fortsetter arbeidet med oppfølgingen.", Guideline, MeasureStatus.Completed, "Den reviderte veilederen ble publisert i 2024")]
    [InlineData("Nettverkene er etablert i alle regioner. Arbeidet videreføres som fast ordning fra 2025.", Network, MeasureStatus.Completed, "Nettverkene er etablert")]
    [InlineData("Den reviderte veilederen ble publisert i 2024, og oppfølgingen av veilederen er i gang.", Guideline, MeasureStatus.Completed, "Den reviderte veilederen ble publisert i 2024")]
    [InlineData("Kampanjene er gjennomført i alle regioner, og evalueringen pågår.", Campaign, MeasureStatus.Completed, "Kampanjene er gjennomført")]
    [InlineData("Den reviderte veilederen ble publisert i mai 2024. Den skal evalueres i 2027.", Guideline, MeasureStatus.Completed, "Den reviderte veilederen ble publisert i mai 2024")]
    [InlineData("Kampanjene er gjennomført i alle regioner. Erfaringene vil bli brukt i en ny kampanje.", Campaign, MeasureStatus.Completed, "Kampanjene er gjennomført")]
    public void Holds_for_other_wordings_of_the_same_status(string narrative, string commitment, MeasureStatus expected, string evidencePart)
    {
        var result = StatusClassifier.Classify(narrative, commitment);
        Assert.True(expected == result.Status, $"expected {expected}, got {result.Status}: {result.Explanation}");
        Assert.NotNull(result.Evidence);
        Assert.True(result.Evidence!.Contains(evidencePart, StringComparison.Ordinal), $"«{result.Evidence}» does not contain «{evidencePart}»: {result.Explanation}");
        Assert.Contains(result.Evidence!, narrative, StringComparison.Ordinal);
    }

    [Theory]
    // planned: start-up phase, preparing, funds announced, awaiting, start scheduled, decision pending
    [InlineData("Arbeidet er i oppstartsfasen.", Register, MeasureStatus.Planned, "i oppstartsfasen")]
    [InlineData("Arbeidet er under oppstart.", Register, MeasureStatus.Planned, "under oppstart")]
    [InlineData("Direktoratet er i startgropen med arbeidet.", Register, MeasureStatus.Planned, "i startgropen")]
    [InlineData("Utredningen forberedes.", Register, MeasureStatus.Planned, "Utredningen forberedes")]
    [InlineData("Forberedelsene til kampanjene er i gang.", Campaign, MeasureStatus.Planned, "Forberedelsene til kampanjene er i gang")]
    [InlineData("Det er lyst ut midler til kampanjene.", Campaign, MeasureStatus.Planned, "lyst ut")]
    [InlineData("Departementet avventer resultatene fra en annen utredning.", Register, MeasureStatus.Planned, "avventer")]
    [InlineData("Det er ennå ikke tatt stilling til om registeret skal etableres.", Register, MeasureStatus.Planned, "ikke tatt stilling")]
    [InlineData("Oppstart er planlagt høsten 2025.", Register, MeasureStatus.Planned, "planlagt")]
    [InlineData("Arbeidet skal igangsettes i 2025.", Register, MeasureStatus.Planned, "skal igangsettes")]
    [InlineData("Det tas sikte på å starte arbeidet i 2026.", Register, MeasureStatus.Planned, "tas sikte på")]
    [InlineData("Kampanjen lanseres i mars 2026.", Campaign, MeasureStatus.Planned, "Kampanjen lanseres i mars 2026")]
    [InlineData("Nettverkene starter opp høsten 2026.", Network, MeasureStatus.Planned, "starter")]
    // not started: postponed, shelved, not prioritised, nothing done
    [InlineData("Arbeidet er utsatt.", Register, MeasureStatus.NotStarted, "Arbeidet er utsatt")]
    [InlineData("Arbeidet med registeret er lagt på is.", Register, MeasureStatus.NotStarted, "lagt på is")]
    [InlineData("Tiltaket er ikke prioritert i 2024.", Register, MeasureStatus.NotStarted, "ikke prioritert")]
    [InlineData("Arbeidet er stilt i bero i påvente av ny finansiering.", Register, MeasureStatus.NotStarted, "stilt i bero")]
    [InlineData("Tiltaket er ikke fulgt opp i perioden.", Register, MeasureStatus.NotStarted, "ikke fulgt opp")]
    [InlineData("Det er ikke gjort noe arbeid med tiltaket.", Register, MeasureStatus.NotStarted, "ikke gjort noe arbeid")]
    // a postponed next step or part, or postponement after work was started, is no "not started"
    [InlineData("Kampanjene er gjennomført i alle regioner. Evalueringen er utsatt til 2026.", Campaign, MeasureStatus.Completed, "Kampanjene er gjennomført")]
    [InlineData("Revisjonen er igangsatt, men arbeidet ble utsatt i tre måneder.", Guideline, MeasureStatus.InProgress, "Revisjonen er igangsatt")]
    // in progress: under way, started, nearly done, on track, continued in the past tense
    [InlineData("Veilederen er under utarbeidelse.", Guideline, MeasureStatus.InProgress, "under utarbeidelse")]
    [InlineData("Arbeidet har startet opp.", Guideline, MeasureStatus.InProgress, "har startet opp")]
    [InlineData("Revisjonen ble satt i gang i 2023.", Guideline, MeasureStatus.InProgress, "ble satt i gang")]
    [InlineData("Revisjonen er i sluttfasen.", Guideline, MeasureStatus.InProgress, "i sluttfasen")]
    [InlineData("Veilederen er nesten ferdig.", Guideline, MeasureStatus.InProgress, "nesten ferdig")]
    [InlineData("Arbeidet er i rute.", Guideline, MeasureStatus.InProgress, "i rute")]
    [InlineData("Arbeidet med veilederen fortsatte i 2023.", Guideline, MeasureStatus.InProgress, "fortsatte i 2023")]
    [InlineData("Det er nedsatt en arbeidsgruppe.", "Regjeringen vil utarbeide en rapport om selvmord i fengsel.", MeasureStatus.InProgress, "Det er nedsatt en arbeidsgruppe")]
    [InlineData("Utlysningen er gjennomført, og tolv prosjekter har fått støtte.", Campaign, MeasureStatus.InProgress, "Utlysningen er gjennomført")]
    // completed: finished, in place, available, implemented, continued after being established
    [InlineData("Arbeidet ble avsluttet i 2022.", Guideline, MeasureStatus.Completed, "Arbeidet ble avsluttet i 2022")]
    [InlineData("Revisjonen ble sluttført i 2023.", Guideline, MeasureStatus.Completed, "Revisjonen ble sluttført i 2023")]
    [InlineData("Den reviderte veilederen er ferdigstilt og tatt i bruk.", Guideline, MeasureStatus.Completed, "Den reviderte veilederen er ferdigstilt")]
    [InlineData("Revidert veileder foreligger.", Guideline, MeasureStatus.Completed, "foreligger")]
    [InlineData("Oppdraget er utført.", Guideline, MeasureStatus.Completed, "Oppdraget er utført")]
    [InlineData("Nettverkene er på plass i alle regioner.", Network, MeasureStatus.Completed, "Nettverkene er på plass")]
    [InlineData("Nettverkene er videreført.", Network, MeasureStatus.Completed, "Nettverkene er videreført")]
    [InlineData("Det regionale nettverket i Helse Vest er videreført.", Network, MeasureStatus.InProgress, "er videreført")]
    [InlineData("Beslutningsstøtteverktøyet er implementert.", "Regjeringen vil utvikle et beslutningsstøtteverktøy for legevakter.", MeasureStatus.Completed, "er implementert")]
    [InlineData("Veilederen ble gjort tilgjengelig på nett i mars 2024.", Guideline, MeasureStatus.Completed, "ble gjort tilgjengelig")]
    [InlineData("Kampanjen gikk i Agder og Rogaland våren 2024.", Campaign, MeasureStatus.InProgress, "gikk i Agder og Rogaland våren 2024")]
    [InlineData("Det foreligger nå en revidert veileder.", Guideline, MeasureStatus.Completed, "Det foreligger nå en revidert veileder")]
    // the report's own verdict is the evidence before another completion; a cohort starting a course is no start of the work;
    // a pilot extended is the signal, not the evaluation that follows it
    [InlineData("Kampanjen er fulgt opp med et webinar i mars 2024. Tiltaket regnes som gjennomført.", Campaign, MeasureStatus.Completed, "Tiltaket regnes som gjennomført")]
    [InlineData("To nye kull har startet på videreutdanningen, og veilederen er under revidering.", Guideline, MeasureStatus.InProgress, "veilederen er under revidering")]
    [InlineData("Piloten for digitale kampanjer er utvidet til flere fylker, og en evaluering pågår.", Campaign, MeasureStatus.InProgress, "Piloten for digitale kampanjer er utvidet")]
    // consultation is not delivery; a step done "men ennå ikke publisert" leaves work; a proposal delivered is a sub-step
    [InlineData("Den reviderte veilederen er sendt på høring.", Guideline, MeasureStatus.InProgress, "sendt på høring")]
    [InlineData("Veilederen er revidert, men er ennå ikke publisert.", Guideline, MeasureStatus.InProgress, "ennå ikke publisert")]
    [InlineData("Arbeidsgruppen har levert sitt forslag til revidert veileder.", Guideline, MeasureStatus.InProgress, "har levert sitt forslag")]
    [InlineData("Helsedirektoratet planlegger å starte revisjonen i 2025.", Guideline, MeasureStatus.Planned, "planlegger å")]
    // handed over, broadcast, concluded
    [InlineData("Utredningen ble oversendt departementet i juni 2024.", "Regjeringen vil utrede behovet for et nasjonalt register.", MeasureStatus.Completed, "Utredningen ble oversendt departementet i juni 2024")]
    [InlineData("Kampanjene ble vist på TV og i sosiale medier i alle regioner.", Campaign, MeasureStatus.Completed, "Kampanjene ble vist")]
    [InlineData("Departementet har konkludert med at registeret ikke skal etableres.", Register, MeasureStatus.Completed, "har konkludert")]
    [InlineData("Helsedirektoratet har utredet et register for selvskading.", Register, MeasureStatus.Completed, "har utredet et register")]
    [InlineData("Veilederen er oppdatert med et eget kapittel om innsatte med selvmordsrisiko.", Guideline, MeasureStatus.Completed, "Veilederen er oppdatert")]
    [InlineData("Ressurskartet er holdt oppdatert gjennom hele perioden.", Campaign, MeasureStatus.InProgress, "Ressurskartet er holdt oppdatert")]
    [InlineData("Arbeidsgruppen har konkludert med at kampanjene bør rettes mot menn.", Campaign, MeasureStatus.InProgress, "har konkludert")]
    public void Holds_for_wordings_a_later_report_may_use(string narrative, string commitment, MeasureStatus expected, string evidencePart)
    {
        var result = StatusClassifier.Classify(narrative, commitment);
        Assert.True(expected == result.Status, $"expected {expected}, got {result.Status}: {result.Explanation}");
        Assert.NotNull(result.Evidence);
        Assert.True(result.Evidence!.Contains(evidencePart, StringComparison.Ordinal), $"«{result.Evidence}» does not contain «{evidencePart}»: {result.Explanation}");
        Assert.Contains(result.Evidence!, narrative, StringComparison.Ordinal);
    }

    [Theory]
    // negated states, and a system that is not the tool the measure asks for, are no signal
    [InlineData("Det foreligger ingen planer om å etablere registeret.", Register, MeasureStatus.Planned)]
    [InlineData("Ingenting er på plass ennå.", Network, MeasureStatus.Planned)]
    [InlineData("Journalsystemet er oppdatert.", "Regjeringen vil videreutvikle og implementere beslutningsstøtteverktøy i legevaktsentraler.", MeasureStatus.InProgress)]
    public void Negated_states_and_other_systems_complete_nothing(string narrative, string commitment, MeasureStatus expected)
    {
        var result = StatusClassifier.Classify(narrative, commitment);
        Assert.True(expected == result.Status, $"expected {expected}, got {result.Status}: {result.Explanation}");
    }

    [Fact]
    public void A_launched_strategy_does_not_complete_a_measure_that_asks_for_something_else()
    {
        var result = StatusClassifier.Classify(
            "I mars ble en nasjonal strategi for trygg oppvekst lansert. Strategien skal følges opp av en handlingsplan.",
            "Regjeringen vil styrke informasjon til foreldre om skadelig innhold på nett.");
        Assert.Equal(MeasureStatus.InProgress, result.Status);
        Assert.Equal("Strategien skal følges opp av en handlingsplan", result.Evidence);
    }

    [Fact]
    public void Of_coordinated_completions_the_one_that_delivers_a_product_is_the_evidence()
    {
        var result = StatusClassifier.Classify(
            "En arbeidsgruppe ble oppnevnt i 2023 og leverte sin rapport om registeret i mai 2024.",
            "Regjeringen vil nedsette en arbeidsgruppe som skal vurdere et register for selvskading.");
        Assert.Equal(MeasureStatus.Completed, result.Status);
        Assert.Equal("leverte sin rapport om registeret i mai 2024", result.Evidence);
    }

    [Fact]
    public void A_completion_in_a_relative_clause_describes_something_else()
    {
        var result = StatusClassifier.Classify(
            "Tiltaket skal ses i sammenheng med strategien for psykisk helse, som ble lansert i 2023.",
            "Regjeringen vil øke kunnskapen om alkoholproblemer hos fastleger.");
        Assert.Equal(MeasureStatus.Planned, result.Status);
    }

    [Fact]
    public void Negation_of_other_things_does_not_make_the_measure_not_started()
    {
        var result = StatusClassifier.Classify(
            "RVTSene har fulgt særlig opp kommuner som ennå ikke har startet planarbeidet.",
            "Regjeringen vil tilrettelegge for at kommunene utarbeider planer.");
        Assert.Equal(MeasureStatus.InProgress, result.Status);
    }

    [Fact]
    public void Plan_content_listed_under_a_plan_heading_is_planned()
    {
        var result = StatusClassifier.Classify(
            [new NarrativeParagraph("Tiltak i den regionale fagplanen:"), new NarrativeParagraph("Helseforetakene etablerer nye rutiner for oppfølging", IsListItem: true)],
            "Regjeringen vil sikre gode overganger mellom tjenester.");
        Assert.Equal(MeasureStatus.Planned, result.Status);
    }

    [Fact]
    public void Nothing_reported_is_planned_without_evidence()
    {
        var result = StatusClassifier.Classify("Helsedirektoratet er ansvarlig for tiltaket.", Register);
        Assert.Equal(MeasureStatus.Planned, result.Status);
        Assert.Null(result.Evidence);
    }

    [Fact]
    public void Every_rule_has_an_id_a_gloss_and_a_weight_in_a_known_band()
    {
        Assert.All(StatusRules.All, r =>
        {
            Assert.False(string.IsNullOrWhiteSpace(r.Id));
            Assert.False(string.IsNullOrWhiteSpace(r.Gloss));
            Assert.InRange(r.Weight, 1, 5);
        });
        Assert.Equal(StatusRules.All.Count, StatusRules.All.Select(r => r.Id).Distinct().Count());
    }
}
