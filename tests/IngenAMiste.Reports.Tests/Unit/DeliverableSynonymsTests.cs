using IngenAMiste.Reports.Model;
using IngenAMiste.Reports.Status;

namespace IngenAMiste.Reports.Tests.Unit;

/// <summary>
/// The deliverable synonym table on invented commitments and sentences: for each kind, a thing of that kind named in other
/// words completes the measure, and a thing of another kind stays a sub-step (or planning).
/// </summary>
public sealed class DeliverableSynonymsTests
{
    [Theory]
    // knowledge summary = vurdering/gjennomgang av forskning, systematisk oversikt
    [InlineData("Regjeringen vil be FHI om en gjennomgang av forskningen på selvskading blant eldre.", "Forskningsoppsummeringen ble publisert i mars 2024.", MeasureStatus.Completed, "Forskningsoppsummeringen ble publisert")]
    [InlineData("Regjeringen vil be FHI om en gjennomgang av forskningen på selvskading blant eldre.", "Det er gjennomført en spørreundersøkelse blant fagmiljøene.", MeasureStatus.InProgress, "spørreundersøkelse")]
    [InlineData("Regjeringen vil få laget en kunnskapsoppsummering om selvmord blant innsatte.", "En systematisk oversikt over forskningen ble ferdigstilt i 2024.", MeasureStatus.Completed, "ble ferdigstilt i 2024")]
    // overview = ressurskart; a survey (kartlegging) is no map
    [InlineData("Regjeringen vil få utarbeidet en visuell oversikt over hjelpetilbudene for etterlatte.", "Helsedirektoratet har publisert et ressurskart.", MeasureStatus.Completed, "har publisert et ressurskart")]
    [InlineData("Regjeringen vil få utarbeidet en visuell oversikt over hjelpetilbudene for etterlatte.", "Det er gjennomført en kartlegging av tilbudene.", MeasureStatus.InProgress, "kartlegging")]
    // guidance = rundskriv, faglige råd, retningslinje; asked for by "tydeliggjøre hvilke regler"; a draft is not the guide
    [InlineData("Regjeringen vil tydeliggjøre hvilke regler som gjelder for deling av helseopplysninger med pårørende.", "Departementet publiserte et rundskriv om taushetsplikt i mai 2024.", MeasureStatus.Completed, "publiserte et rundskriv")]
    [InlineData("Regjeringen vil tydeliggjøre hvilke regler som gjelder for deling av helseopplysninger med pårørende.", "Et utkast til veileder er ferdigstilt.", MeasureStatus.InProgress, "er ferdigstilt")]
    [InlineData("Regjeringen vil revidere den nasjonale retningslinjen for oppfølging av etterlatte.", "De nasjonale faglige rådene ble publisert i 2024.", MeasureStatus.Completed, "De nasjonale faglige rådene ble publisert")]
    // training = e-læringskurs; asked for by "styrke kompetansen"; a brochure is not training
    [InlineData("Regjeringen vil styrke kompetansen hos ansatte i barnevernet om selvskading.", "Bufdir har lansert et e-læringskurs.", MeasureStatus.Completed, "har lansert et e-læringskurs")]
    [InlineData("Regjeringen vil styrke kompetansen hos ansatte i barnevernet om selvskading.", "Det er laget en brosjyre om selvskading.", MeasureStatus.InProgress, "brosjyre")]
    // strategy = handlingsplan; a project plan is planning
    [InlineData("Regjeringen vil legge fram en nasjonal strategi for psykisk helse blant eldre.", "Handlingsplanen ble lagt fram i juni 2024.", MeasureStatus.Completed, "Handlingsplanen ble lagt fram")]
    [InlineData("Regjeringen vil legge fram en nasjonal strategi for psykisk helse blant eldre.", "En prosjektplan er utarbeidet.", MeasureStatus.Planned, "En prosjektplan er utarbeidet")]
    // campaign = holdningskampanje; a web page about the campaign is a sub-step
    [InlineData("Regjeringen vil gjennomføre en informasjonskampanje om selvmordsforebygging rettet mot menn.", "Holdningskampanjen ble lansert i mars.", MeasureStatus.Completed, "Holdningskampanjen ble lansert")]
    [InlineData("Regjeringen vil gjennomføre en informasjonskampanje om selvmordsforebygging rettet mot menn.", "Det er laget en nettside om kampanjen.", MeasureStatus.InProgress, "nettside")]
    // information to a public: a theme page or a film gives it; a course for doctors does not
    [InlineData("Regjeringen vil styrke informasjon til eldre om psykisk helse.", "Helsenorge har lansert en ny temaside om psykisk helse i alderdommen.", MeasureStatus.Completed, "har lansert en ny temaside")]
    [InlineData("Regjeringen vil styrke informasjon til eldre om psykisk helse.", "En informasjonsfilm er publisert.", MeasureStatus.Completed, "En informasjonsfilm er publisert")]
    [InlineData("Regjeringen vil styrke informasjon til eldre om psykisk helse.", "Det er utviklet et kurs for fastleger om psykisk helse hos eldre.", MeasureStatus.InProgress, "Det er utviklet et kurs")]
    // network = samarbeidsarena; a webinar is a sub-step
    [InlineData("Regjeringen vil etablere regionale nettverk for fagfolk som arbeider med etterlatte.", "En samarbeidsarena ble opprettet i 2024.", MeasureStatus.Completed, "En samarbeidsarena ble opprettet")]
    [InlineData("Regjeringen vil etablere regionale nettverk for fagfolk som arbeider med etterlatte.", "Det ble holdt et webinar for fagfolk i 2024.", MeasureStatus.InProgress, "webinar")]
    // expert group = ekspertutvalg; a mandate is planning
    [InlineData("Regjeringen vil nedsette en ekspertgruppe som skal vurdere obduksjonspraksis.", "Et ekspertutvalg ble oppnevnt i mars 2024.", MeasureStatus.Completed, "Et ekspertutvalg ble oppnevnt")]
    [InlineData("Regjeringen vil nedsette en ekspertgruppe som skal vurdere obduksjonspraksis.", "Det er laget et mandat for arbeidet.", MeasureStatus.Planned, "mandat")]
    // pilot = prøveprosjekt (no partial scope when the pilot is what is asked for); a project plan is planning
    [InlineData("Regjeringen vil gjennomføre en pilot med digital oppfølging etter utskrivning.", "Prøveprosjektet ble avsluttet i desember 2024.", MeasureStatus.Completed, "Prøveprosjektet ble avsluttet")]
    [InlineData("Regjeringen vil gjennomføre en pilot med digital oppfølging etter utskrivning.", "Det er utarbeidet en prosjektplan for piloten.", MeasureStatus.Planned, "prosjektplan")]
    // grant scheme = støtteordning; its rules are a sub-step
    [InlineData("Regjeringen vil opprette en tilskuddsordning for frivillige organisasjoner.", "Støtteordningen ble etablert i 2024.", MeasureStatus.Completed, "Støtteordningen ble etablert")]
    [InlineData("Regjeringen vil opprette en tilskuddsordning for frivillige organisasjoner.", "Det er utarbeidet et regelverk for ordningen.", MeasureStatus.InProgress, "regelverk")]
    // routines = prosedyrer; everywhere completes, in three units does not
    [InlineData("Regjeringen vil be helseforetakene innføre rutiner for oppfølging etter selvmordsforsøk.", "Prosedyrer for oppfølging er innført i alle helseforetak.", MeasureStatus.Completed, "er innført")]
    [InlineData("Regjeringen vil be helseforetakene innføre rutiner for oppfølging etter selvmordsforsøk.", "Prosedyrer for oppfølging er innført i tre helseforetak.", MeasureStatus.InProgress, "er innført")]
    // regulation = lovendring for a changed regulation; a consultation paper is a sub-step
    [InlineData("Regjeringen vil endre forskriften om legemiddelforskrivning.", "Lovendringen trådte i kraft 1. januar 2024.", MeasureStatus.Completed, "Lovendringen trådte i kraft")]
    [InlineData("Regjeringen vil endre forskriften om legemiddelforskrivning.", "Et høringsnotat er sendt ut.", MeasureStatus.InProgress, "høringsnotat")]
    // register = database
    [InlineData("Regjeringen vil etablere et nasjonalt register for selvskading.", "Databasen er i drift.", MeasureStatus.Completed, "Databasen er i drift")]
    [InlineData("Regjeringen vil etablere et nasjonalt register for selvskading.", "Det er gjennomført en kartlegging av datakildene.", MeasureStatus.InProgress, "kartlegging")]
    // study = its final report; a reference group is a sub-step
    [InlineData("Regjeringen vil gjennomføre en levekårsundersøkelse blant samer.", "Sluttrapporten ble publisert i mai 2024.", MeasureStatus.Completed, "Sluttrapporten ble publisert")]
    [InlineData("Regjeringen vil gjennomføre en levekårsundersøkelse blant samer.", "Det er opprettet en referansegruppe.", MeasureStatus.InProgress, "referansegruppe")]
    // criteria = standard
    [InlineData("Regjeringen vil utvikle felles kriterier for registrering av selvmord i fengsel.", "En ny standard ble vedtatt i 2024.", MeasureStatus.Completed, "En ny standard ble vedtatt")]
    [InlineData("Regjeringen vil utvikle felles kriterier for registrering av selvmord i fengsel.", "En faggruppe er nedsatt.", MeasureStatus.InProgress, "En faggruppe er nedsatt")]
    // tool = app
    [InlineData("Regjeringen vil utvikle et beslutningsstøtteverktøy for legevakter.", "Appen ble lansert i mars 2024.", MeasureStatus.Completed, "Appen ble lansert")]
    [InlineData("Regjeringen vil utvikle et beslutningsstøtteverktøy for legevakter.", "Det er gjennomført en brukerundersøkelse.", MeasureStatus.InProgress, "brukerundersøkelse")]
    // agreement = samarbeidsavtale for a model of cooperation; meetings are a sub-step
    [InlineData("Regjeringen vil etablere en samarbeidsmodell mellom de to sentrene.", "En samarbeidsavtale ble undertegnet i 2024.", MeasureStatus.Completed, "En samarbeidsavtale ble undertegnet")]
    [InlineData("Regjeringen vil etablere en samarbeidsmodell mellom de to sentrene.", "Det er holdt to møter mellom sentrene.", MeasureStatus.InProgress, "møter")]
    // a rule in force delivers a commitment to restrict something; a consultation does not
    [InlineData("Regjeringen vurderer å begrense salget av reseptfrie smertestillende legemidler.", "Forskriftsendringen trådte i kraft 1. mars 2024.", MeasureStatus.Completed, "Forskriftsendringen trådte i kraft")]
    [InlineData("Regjeringen vurderer å begrense salget av reseptfrie smertestillende legemidler.", "Forslaget har vært på høring.", MeasureStatus.InProgress, "har vært på høring")]
    // the report of an assessment delivers it; a reference group does not
    [InlineData("Regjeringen vil vurdere samordning av hjelpetelefonene.", "Helsedirektoratet leverte sin rapport i 2024.", MeasureStatus.Completed, "leverte sin rapport i 2024")]
    [InlineData("Regjeringen vil vurdere samordning av hjelpetelefonene.", "Det er opprettet en referansegruppe.", MeasureStatus.InProgress, "referansegruppe")]
    // the act the commitment's verb names, as a noun
    [InlineData("Regjeringen vil oversette opplæringsmateriellet til samisk.", "Oversettelsen ble fullført i 2024.", MeasureStatus.Completed, "Oversettelsen ble fullført")]
    [InlineData("Regjeringen vil etablere regionale nettverk for selvmordsforebygging.", "Etableringen av nettverkene i Helse Vest er fullført.", MeasureStatus.InProgress, "er fullført")]
    public void A_thing_of_the_kind_asked_for_completes_and_another_kind_does_not(string commitment, string narrative, MeasureStatus expected, string evidencePart)
    {
        var result = StatusClassifier.Classify(narrative, commitment);
        Assert.True(expected == result.Status, $"expected {expected}, got {result.Status}: {result.Explanation}");
        Assert.NotNull(result.Evidence);
        Assert.True(result.Evidence!.Contains(evidencePart, StringComparison.Ordinal), $"«{result.Evidence}» does not contain «{evidencePart}»: {result.Explanation}");
    }

    [Theory]
    // a commitment to secure a state ("sikre at", "sørge for at") is met by a practice in place in all units, not in some;
    // another commitment is not met by a practice that is not its deliverable
    [InlineData("Regjeringen vil sikre at pasienter får en kriseplan ved utskrivning.", "Sjekklisten er tatt i bruk i alle helseforetak.", MeasureStatus.Completed)]
    [InlineData("Regjeringen vil sørge for at ansatte i akuttmottak har gode rutiner for oppfølging.", "CAMS er innført i alle helseregionene.", MeasureStatus.Completed)]
    [InlineData("Regjeringen vil sikre at pasienter får en kriseplan ved utskrivning.", "Sjekklisten er tatt i bruk i to helseforetak.", MeasureStatus.InProgress)]
    [InlineData("Regjeringen vil styrke oppfølgingen av pasienter ved utskrivning.", "Sjekklisten er tatt i bruk i alle helseforetak.", MeasureStatus.InProgress)]
    public void A_commitment_to_secure_a_state_is_met_by_a_practice_in_place_everywhere(string commitment, string narrative, MeasureStatus expected)
    {
        var result = StatusClassifier.Classify(narrative, commitment);
        Assert.True(expected == result.Status, $"expected {expected}, got {result.Status}: {result.Explanation}");
    }

    [Theory]
    // put into a draft: not delivered; put into the deliverable (or a delivered product): completed
    [InlineData("Regjeringen vil styrke fokuset på etterlatte i tjenestene.", "Etterlatteperspektivet er tatt inn i utkastet til ny veileder.", MeasureStatus.InProgress)]
    [InlineData("Regjeringen vil styrke fokuset på etterlatte i tjenestene.", "Etterlatteperspektivet er innarbeidet i den reviderte veilederen.", MeasureStatus.Completed)]
    [InlineData("Regjeringen vil vurdere egen omtale av selvmord i pårørendeveilederen.", "Et eget kapittel om selvmord er innarbeidet i pårørendeveilederen.", MeasureStatus.Completed)]
    [InlineData("Regjeringen vil vurdere egen omtale av selvmord i pårørendeveilederen.", "Et eget kapittel om selvmord er tatt inn i høringsutkastet til pårørendeveilederen.", MeasureStatus.InProgress)]
    [InlineData("Regjeringen vil sørge for at nyansatte får opplæring i selvmordsforebygging.", "Opplæringen er nå en del av introduksjonsprogrammet.", MeasureStatus.Completed)]
    public void What_something_was_put_into_decides_whether_it_is_delivered(string commitment, string narrative, MeasureStatus expected)
    {
        var result = StatusClassifier.Classify(narrative, commitment);
        Assert.True(expected == result.Status, $"expected {expected}, got {result.Status}: {result.Explanation}");
    }

    [Theory]
    // law-drafting begun is preparation (planned); a bill on consultation is under way; the law in force completes
    [InlineData("Departementet har startet et lovarbeid om kommunenes ansvar.", MeasureStatus.Planned)]
    [InlineData("Lovarbeidet er igangsatt.", MeasureStatus.Planned)]
    [InlineData("Et lovforslag har vært på høring.", MeasureStatus.InProgress)]
    [InlineData("Lovendringen trådte i kraft 1. juli 2024.", MeasureStatus.Completed)]
    public void Law_drafting_begun_is_planning_until_a_proposal_goes_out(string narrative, MeasureStatus expected)
    {
        var result = StatusClassifier.Classify(narrative, "Regjeringen vil vurdere å tydeliggjøre kommunenes ansvar i helselovgivningen.");
        Assert.True(expected == result.Status, $"expected {expected}, got {result.Status}: {result.Explanation}");
    }

    [Theory]
    [InlineData("en systematisk oversikt over forskningen", "oversikt", "knowledge-summary")]
    [InlineData("det nye ressurskartet", "ressurskartet", "overview")]
    [InlineData("en visuell oversikt over tilbudene", "oversikt", "overview")]
    [InlineData("den nasjonale veiledningssiden for foreldre", "veiledningssiden", "website")]
    [InlineData("et e-læringskurs for ansatte", "e", "training")]
    [InlineData("kunnskapsoppsummeringen", "kunnskapsoppsummeringen", "knowledge-summary")]
    public void The_kind_of_a_noun_phrase_is_the_longest_name_covering_its_head(string phrase, string head, string kind)
    {
        var found = DeliverableSynonyms.KindOf(phrase, head);
        Assert.NotNull(found);
        Assert.Equal(kind, found!.Value.Kind.Id);
    }

    [Theory]
    [InlineData("et utkast til veileder", "utkast")]
    [InlineData("kartleggingen av tilbudene", "kartleggingen")]
    [InlineData("i løpet av året", "løpet")]
    [InlineData("selvmordsforsøk blant unge", "selvmordsforsøk")]
    public void A_name_that_does_not_cover_the_head_gives_no_kind(string phrase, string head)
    {
        Assert.Null(DeliverableSynonyms.KindOf(phrase, head));
    }

    [Theory]
    [InlineData("Regjeringen vil tydeliggjøre hvilke regler om informasjonsutveksling som gjelder.", "guidance")]
    [InlineData("Regjeringen vil styrke informasjon til foreldre om skadelig innhold på nett.", "website")]
    [InlineData("Regjeringen vil sørge for at personellet har selvmordsforebyggende kompetanse.", "training")]
    [InlineData("Regjeringen vil be om en vurdering av eksisterende, publisert forskning på selvmord.", "knowledge-summary")]
    public void A_commitment_asks_for_kinds_it_names_or_describes(string commitment, string kind)
    {
        var asked = new CommitmentProfile(commitment).AskedKinds.Select(a => a.Kind.Id).ToList();
        Assert.Contains(kind, asked);
    }

    [Theory]
    // the longest name holds: a review of research is no "oversikt"; a competence network asks for no training; a purpose
    // clause about information asks for no information product
    [InlineData("Regjeringen vil be om en oversikt over forskningen på selvmord.", "overview")]
    [InlineData("Regjeringen vil vurdere hvordan kompetansenettverk kan etableres.", "training")]
    [InlineData("Regjeringen vil sørge for at registeret mottar rapporter for å sikre tilstrekkelig informasjon.", "website")]
    [InlineData("Regjeringen vil vurdere å tydeliggjøre i loven tjenestenes ansvar.", "guidance")]
    public void A_commitment_does_not_ask_for_kinds_it_only_brushes(string commitment, string kind)
    {
        var asked = new CommitmentProfile(commitment).AskedKinds.Select(a => a.Kind.Id).ToList();
        Assert.DoesNotContain(kind, asked);
    }

    [Fact]
    public void Every_kind_has_an_id_a_gloss_and_names()
    {
        Assert.All(DeliverableSynonyms.All, k =>
        {
            Assert.False(string.IsNullOrWhiteSpace(k.Id));
            Assert.False(string.IsNullOrWhiteSpace(k.Gloss));
            Assert.NotNull(k.Names);
        });
        Assert.Equal(DeliverableSynonyms.All.Count, DeliverableSynonyms.All.Select(k => k.Id).Distinct().Count());
        Assert.All(DeliverableSynonyms.ActNouns, a => Assert.NotEmpty(a.Value));
    }
}
