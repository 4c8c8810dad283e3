using System.Text.RegularExpressions;
using IngenAMiste.Reports.Model;

namespace IngenAMiste.Reports.Status;

/// <summary>How a rule's match is turned into a signal.</summary>
public enum RuleKind
{
    /// <summary>The phrase itself says the status (e.g. "pågår" → in progress).</summary>
    Phrase,

    /// <summary>
    /// A verb of completion ("ble etablert", "er publisert", "leverte"). Whether it completes the measure depends on
    /// what was completed (its theme) compared with the measure's commitment: see <see cref="ThemeAnalyzer"/>.
    /// </summary>
    Completion,

    /// <summary>An ongoing activity ("samarbeider om", "bistår"): in progress, and decisive when its object is the commitment's deliverable.</summary>
    Activity,
}

/// <summary>
/// One Norwegian phrase pattern with the status it signals and how strongly (<see cref="Weight"/>, higher wins).
/// Weights are bands: 5 explicit not started; 4 the measure's own deliverable completed (4.5: ongoing work on the
/// deliverable itself); 3 explicit state of the work (pågår, under planlegging …); 2.5 consultation held, follow-up plan
/// announced; 2 indirect signals (assignment, assessment to come, a sub-step done, present-tense activity);
/// 1 weak signals (money allocated, a future step). On a tie within a band, in_progress beats planned.
/// </summary>
public sealed record StatusRule(string Id, MeasureStatus Label, double Weight, Regex Pattern, string Gloss, RuleKind Kind = RuleKind.Phrase)
{
    /// <summary>Negated ("ikke", "ennå ikke"): the rule does not fire (the not-started rules carry their negation in the pattern).</summary>
    public bool DropWhenNegated { get; init; } = true;

    /// <summary>After a modal ("vil", "skal", "kan" …) the phrase talks about the future: it becomes a planned signal.</summary>
    public bool FutureAware { get; init; } = true;

    /// <summary>In a relative clause ("…, som ble lansert i 2021") the phrase describes something else: ignored.</summary>
    public bool IgnoreInRelativeClause { get; init; }

    /// <summary>A state predicate (pågår, er igangsatt, under etablering …): when nothing follows it, its subject is part of the evidence.</summary>
    public bool IsState { get; init; }

    /// <summary>
    /// The statement is about the work, not who does it (a future step, an assessment, "er i gang med"): an organisation named
    /// as its subject ("Helsedirektoratet vil i 2023 vurdere") is not part of the evidence (EvidencePhrase rule S7).
    /// </summary>
    public bool AgentOptional { get; init; }

    /// <summary>The match is a heading-like phrase (a plan's list title): the evidence is the phrase as found, not cut to a clause core.</summary>
    public bool KeepFoundPhrase { get; init; }
}

/// <summary>
/// The phrase table of the status classifier. Patterns are Norwegian (bokmål) and match case-insensitively on NFC text.
/// Glossary of the main words: påbegynt/startet/igangsatt = begun/started; ikke/ennå ikke/foreløpig ikke = not/not yet;
/// pågår/pågående = is ongoing; i gang/godt i gang = under way; holder på med = is busy with; under etablering/utvikling/revidering = being established/developed/
/// revised; jobber/arbeider med = works on; fortsetter/videreføres = continues; under planlegging = being planned;
/// utredningsfase = investigation phase; vurdere/vurderes = assess/is assessed; oppdrag/tildelingsbrev = assignment/
/// allocation letter; bevilget/avsatt = appropriated/set aside; etablert/opprettet = established; lansert/publisert =
/// launched/published; utarbeidet/laget = prepared/made; ferdigstilt/fullført/avsluttet = finished; levert = delivered;
/// innført/tatt i bruk = introduced/taken into use; trådt i kraft = entered into force; høring = public consultation;
/// utsatt/lagt på is/stilt i bero = postponed/shelved/suspended; ikke prioritert = not prioritised; avventer = awaits;
/// forberedes/forberedelser = is being prepared/preparations; oppstart = start-up; i sluttfasen/nesten ferdig = in its final
/// phase/nearly finished; i rute = on track; foreligger/på plass = exists/in place; inngår nå i/del av = is now part of;
/// lovarbeid = law-drafting; oversendt/avlevert = handed over; konkludert = concluded; lyst ut = announced (funds);
/// gjenstand for arbeid = worked on; kapasitet = capacity; ivaretatt/innfridd = taken care of/fulfilled; landsdekkende =
/// nationwide; fast post = permanent budget item; løper = runs; drives videre = is carried on; frigitt = released;
/// forventes = is expected; videreføres i ny handlingsplan = carried over to the next action plan.
/// Nynorsk (the "nn-" entries and the shared alternations): ikkje = ikke (not); enno/førebels = ennå/foreløpig (yet/so far);
/// vart/blei = ble (was, passive), vert = blir (is being), vorte = blitt; no = nå (now); påbyrja = påbegynt; starta = startet;
/// sett i gang/sett i verk = satt i gang/iverksatt (begun); kome i gang = kommet i gang; teke fatt på = tatt fatt på (taken up);
/// følgt/følgd opp = fulgt opp; utsett = utsatt; lagd på is = lagt på is; saka = saken (the matter); held på med = holder på
/// med; går føre seg = pågår; held fram = fortsetter; går vidare = går videre; arbeider no med = arbeider nå med; byggjer =
/// bygger; aukar framleis = øker fortsatt; vert halde kurs = holdes kurs; under utgreiing = under utredning; greiast ut =
/// utredes; fekk i oppdrag = fikk i oppdrag; teke inn i tildelingsbrevet = tatt inn i tildelingsbrevet; vil bli vurdert /
/// vurderast = vil bli vurdert / vurderes; planlegg = planlegger; planlagd = planlagt; tek sikte på = tar sikte på; høyring =
/// høring; oppretta = opprettet; utarbeidd = utarbeidet; vedteken = vedtatt; gav ut/gitt ut = ga ut/utgitt; teke i bruk =
/// tatt i bruk; tok til å gjelde = trådte i kraft; har vore i drift = har vært i drift; vidareført = videreført; styrkt =
/// styrket; avslutta = avsluttet; utvikla/laga/omsett = utviklet/laget/oversatt; sett av/løyvd/øyremerkt = satt av/
/// bevilget/øremerket (money allocated); ligg føre = foreligger (exists); trådde i kraft = trådte i kraft; sett i drift = satt i
/// drift; tilgjengeleg = tilgjengelig; står/ligg på vent = står på vent (on hold); avventar = avventer; førebur/førebudd/
/// førebuing = forbereder/forberedt/forberedelse; kome/komen i gang = kommet i gang; testast/prøvast ut = testes/prøves ut;
/// stoppa opp = stoppet opp; utgreiing/førearbeid = utredning/forarbeid (preparatory work).
/// </summary>
public static class StatusRules
{
    private const RegexOptions Opts = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    private static Regex R(string pattern) => new(pattern, Opts);

    /// <summary>Start verbs, shared by the not-started and in-progress rules (bokmål, then nynorsk: påbyrja, starta, sett i gang, kome i gang, teke fatt på).</summary>
    private const string StartVerb = @"(?:påbegynt|på\s+begynt|startet(?:\s+opp)?|igangsatt|satt\s+i\s+gang|kommet\s+i\s+gang|iverksatt|begynt"
        + @"|påbyrja|starta(?:\s+opp)?|sett\s+i\s+gang|sett\s+i\s+verk|kome\s+i\s+gang|komme\s+i\s+gang|byrja|te[kt]e\s+fatt\s+på|tatt\s+fatt\s+på)";

    // Shared bokmål|nynorsk alternations for the nynorsk entries (and the existing entries that take nynorsk forms).
    /// <summary>Negation: ikke (bokmål) | ikkje (nynorsk).</summary>
    private const string Ikke = @"(?:ikke|ikkje)";

    /// <summary>"Not yet" adverbs: ennå/enda/foreløpig (bokmål) | enno/førebels (nynorsk).</summary>
    private const string NotYet = @"(?:ennå|enda|enno|foreløpig|førebels)";

    /// <summary>Past passive auxiliary: ble (bokmål) | vart/blei (nynorsk); with the perfect forms.</summary>
    private const string Ble = @"(?:ble|vart|blei|har\s+blitt|har\s+vorte|er\s+blitt|er\s+vorte)";

    /// <summary>Present passive auxiliary: blir (bokmål) | vert (nynorsk).</summary>
    private const string Blir = @"(?:blir|vert)";

    /// <summary>Now: nå (bokmål) | no (nynorsk).</summary>
    private const string Now = @"(?:nå|no)";

    /// <summary>Preparatory work: planning, investigation, a pre-project, law-drafting (lovarbeid, regelverksarbeid).</summary>
    private const string Preparatory = @"(?:planlegging\w*|utredning\w*|forarbeid\w*|forprosjekt\w*|lovarbeid\w*|regelverksarbeid\w*|lovforberedelse\w*)";

    /// <summary>Work that comes after a delivery (its follow-up, implementation, spreading, evaluation): a next step, not the measure's own work.</summary>
    private const string NextStep = @"(?:oppfølging|implementering|spredning|evaluering|videre\s+oppfølging)\w*";

    /// <summary>What the work is about ("arbeidet med å gjøre ressursen kjent"), when it is not a next step; within the clause.</summary>
    private const string WorkTopic = @"(?:\s+med\s+(?!(?:å\s+)?" + NextStep + @")[^,.;:]{1,80}?)?";

    public static IReadOnlyList<StatusRule> All { get; } =
    [
        // ---- not started (explicit; wins over everything, also over money allocated)
        new("not-started", MeasureStatus.NotStarted, 5,
            R(@"\b(?:" + NotYet + @"\s+)?" + Ikke + @"\s+(?:(?:ennå|enda|enno|foreløpig|førebels|blitt|vorte)\s+){0,2}" + StartVerb + @"\b"),
            "not (yet) begun / started / set in motion") { DropWhenNegated = false, FutureAware = false, IgnoreInRelativeClause = true, IsState = true },
        new("no-work-started", MeasureStatus.NotStarted, 5,
            R(@"\b(?:ingen|intet)\s+arbeid\s+(?:er|har)\s+(?:blitt\s+)?" + StartVerb
              + @"|\bikke\s+(?:(?:ennå|blitt)\s+)?(?:gjort\s+(?:noe\s+)?arbeid|arbeidet\s+med\s+(?:tiltaket|oppdraget)|vært\s+(?:noen\s+)?aktivitet)|\bingen\s+aktivitet\b"
              + @"|\b(?:[Tt]iltaket|[Oo]ppdraget)\s+(?:er|ble|har)\s+(?:\w+\s+)?ikke\s+(?:blitt\s+)?fulgt\s+opp\b"),
            "no work has been started / done on the measure") { DropWhenNegated = false, FutureAware = false, IsState = true },

        // "Arbeidet er utsatt", "Tiltaket er lagt på is / stilt i bero / ikke prioritert": the work as a whole is put off, so
        // it has not begun (README: not_started, like "foreløpig ikke påbegynt"). Weaker than an explicit "ikke påbegynt"
        // (band 3, not 5): it competes in its band, so substantive work reported elsewhere ("er igangsatt", a delivery) wins.
        // A part or a next step put off ("Installasjonen i X er utsatt", "Evalueringen er utsatt") is no such statement.
        new("postponed", MeasureStatus.NotStarted, 3,
            R(@"\b(?:[Aa]rbeidet|[Tt]iltaket|[Oo]ppdraget|[Oo]ppstarten|[Ii]gangsettingen|[Pp]rosjektet)(?:\s+med\s+(?!(?:å\s+)?" + NextStep + @")[^,.;]{1,60}?)?\s+(?:er|ble|har\s+blitt|er\s+blitt)\s+(?:\w+\s+)?(?:utsatt|lagt\s+på\s+is|stilt\s+i\s+bero|satt\s+på\s+vent|(?:ikke|ennå\s+ikke)\s+prioritert|nedprioritert)\b"),
            "the work as a whole is postponed, shelved or not prioritised: not begun") { DropWhenNegated = false, FutureAware = false, IsState = true },

        // ---- planned, explicit state (band 3)
        new("being-planned", MeasureStatus.Planned, 3,
            R(@"\b(?:under|i)\s+planlegging\b|\bunder\s+utredning\b|\bplanlegges\b|\butredes\b"),
            "being planned / investigated") { IsState = true },
        new("planning-phase", MeasureStatus.Planned, 3,
            R(@"\bi\s+(?:en\s+|ei\s+)?(?:tidlig\s+)?(?:utrednings|planleggings|oppstarts|forprosjekt)fase\w*|\bunder\s+oppstart\b|\bi\s+startgropen\b"),
            "in an investigation / planning / start-up phase, about to start") { IsState = true },
        // Preparing is planning: "Forberedelsene er i gang", "under forberedelse" (band 3, an explicit state of the work).
        new("preparations", MeasureStatus.Planned, 3,
            R(@"\bunder\s+forberedelse\b|\bforberedelse\w*(?:\s+(?:til|av)\s+[^,.;]{1,60}?)?\s+(?:er\s+(?:nå\s+)?(?:godt\s+)?i\s+gang|pågår)\b"),
            "preparations under way (preparation is planning)") { IsState = true },
        // Preparatory work begun is still planning: the planning itself, an investigation, a pre-project, or law-drafting
        // before any proposal has been sent on consultation ("Departementet har startet et lovarbeid", "Lovarbeidet er
        // igangsatt"): no substantive execution yet. A consultation held (band 2.5) or a law in force (completion) goes further.
        new("began-planning", MeasureStatus.Planned, 3,
            R(@"\b(?:begynt|startet|påbegynt|igangsatt|satt\s+i\s+gang|i\s+gang\s+med)\s+(?:(?:på|med)\s+)?(?:(?:et|en|ei)\s+)?" + Preparatory
              + @"|\b" + Preparatory + @"\s+(?:er|har|ble)\s+(?:nå\s+|blitt\s+)?(?:startet|begynt|påbegynt|igangsatt|satt\s+i\s+gang)\b"),
            "has begun the planning or other preparatory work"),

        // ---- in progress, explicit state (band 3)
        new("ongoing", MeasureStatus.InProgress, 3,
            R(@"\bpågår\b|\bpågående\b|\ber\s+(?:nå\s+)?(?:godt\s+|vel\s+)?i\s+gang\b|\bi\s+full\s+gang\b|\ber\s+i\s+arbeid\b|\bi\s+ferd\s+med\b|\bholder\s+(?:nå\s+)?på\s+(?:med|å)\b"),
            "is ongoing / under way") { IsState = true, AgentOptional = true, IgnoreInRelativeClause = true },
        new("nearly-done", MeasureStatus.InProgress, 3,
            R(@"\bi\s+(?:slutt|avslutnings|ferdigstillings)fasen\b|\bi\s+innspurten\b|\b(?:nesten|snart|nærmest)\s+(?:ferdig|klar|fullført|ferdigstilt)\b|\bi\s+rute\b|\bkommet\s+(?:godt\s+|svært\s+)?langt\b"),
            "in its final phase / nearly finished / on track") { IsState = true },
        new("started", MeasureStatus.InProgress, 3,
            R(@"\b(?:(?:har|er|ble)\s+(?:nå\s+|blitt\s+)?)?(?:igangsatt|påbegynt|på\s+begynt|satt\s+i\s+gang)\b|(?<!\b(?:kull|deltakere|deltakerne|studenter|studentene|elever|elevene)\s+)\b(?:har|er|ble)\s+(?:nå\s+)?(?:startet|begynt)\b(?!\s+(?:på\s+|med\s+)?(?:planlegging|utredning))(?!\s+på\s+(?:\w+\s+)?(?:videreutdanning|utdanning|studi|kurs)\w*)"),
            "has been started / set in motion") { IgnoreInRelativeClause = true, IsState = true },
        new("under-way", MeasureStatus.InProgress, 3,
            R(@"\bunder\s+(?:etablering|revidering|revisjon|utvikling|utarbeidelse|arbeid|montering|implementering|oppbygging|gjennomføring|utprøving|omlegging|ferdigstilling|innføring|oppdatering|oversettelse|bygging)\b"),
            "being established / developed / revised / tested") { IgnoreInRelativeClause = true, IsState = true },
        new("working-on", MeasureStatus.InProgress, 3,
            R(@"\b(?:jobber|arbeider)\s+(?:nå\s+|fortsatt\s+|videre\s+|aktivt\s+)?(?:med|for)\b|\barbeides\s+(?:det\s+)?(?:nå\s+|kontinuerlig\s+|videre\s+|fortsatt\s+)?(?:med|for)\b"),
            "is working on", RuleKind.Activity),
        // "Arbeidet fortsetter", "Arbeidet med kursene videreføres", "direktoratet fortsetter arbeidet": the measure's own work
        // goes on, so the measure is in progress even after a delivered sub-product (the classifier lets it outrank a
        // completion). Not a thing that is continued ("Ordningen videreføres": a delivered scheme goes on) and not the work of a
        // next step after the delivery ("arbeidet med implementeringen fortsetter": a follow-up, see FollowUp in the classifier).
        new("work-continues", MeasureStatus.InProgress, 3,
            R(@"(?<=\b(?:arbeidet|innsatsen)" + WorkTopic + @"\s+)(?:fortsetter|fortsatte|videreføres|vil\s+(?:bli\s+)?(?:fortsette|videreføres|videreført)|pågår\s+(?:fortsatt|videre)|fortsatt\s+pågår|går\s+videre)\b(?!\s+som\s+(?:ordinært|fast|permanent|varig))(?!\s+(?:\w+\s+){0,2}?i\s+(?:en\s+)?(?:ny|neste|kommende)\s+(?:handlings)?plan)"
              + @"|\b(?:fortsetter|viderefører|videreføres)\b(?=\s+(?:(?:nå|også|fortsatt)\s+)?(?:arbeidet|innsatsen)\b(?!\s+med\s+(?:å\s+)?" + NextStep + @"))"),
            "the measure's own work continues") { FutureAware = false, IsState = true },
        // "RVTSene gir fortsatt veiledning til kommuner": support to the services that goes on is the support rule's activity,
        // not a continued scheme (placed before "continues", which would otherwise take the span).
        new("still-supports", MeasureStatus.InProgress, 3,
            R(@"\bgir\s+fortsatt\s+(?:råd|veiledning|bistand|opplæring)\s+(?:og\s+\w+\s+)?(?:til\s+)?(?:\w+\s+)?(?:kommune\w*|tjeneste\w*|helseforetak\w*|skole\w*|fylke\w*|sykehus\w*)"),
            "still gives support or guidance to the services", RuleKind.Activity),
        new("continues", MeasureStatus.InProgress, 3,
            R(@"\bfortsetter\b|\bfortsatte\b|\bvidereføres\b(?!\s+som\s+(?:ordinært|fast|permanent|varig))(?!\s+(?:\w+\s+){0,2}?i\s+(?:en\s+)?(?:ny|neste|kommende)\s+(?:handlings)?plan)|\bviderefører\b|\b(?:gir|driver|følger|holder|tilbyr|pågår)\s+fortsatt\b"),
            "continues") { IsState = true },
        new("support", MeasureStatus.InProgress, 3,
            R(@"\b(?:bistår|veileder|(?:følger|fulgt)\s+(?:særlig\s+)?opp|gir\s+(?:fortsatt\s+)?(?:råd|veiledning|bistand))\s+(?:og\s+veileder\s+)?(?:\w+\s+)?(?:kommune\w*|tjeneste\w*|helseforetak\w*|skole\w*|fylke\w*|sykehus\w*)"),
            "gives ongoing support or guidance to the services", RuleKind.Activity),
        new("pilot", MeasureStatus.InProgress, 3,
            R(@"\b(?:etablert|startet|igangsatt|opprettet|satt\s+i\s+gang)\s+(?:en\s+|et\s+)?pilot\w*|\bpilot\w*(?:\s+(?:for|med|i|om)\s+[^,.;]{1,50}?)?\s+(?:er\s+|ble\s+)?(?:utvidet|startet|igangsatt)|\bprøves\s+ut\b|\butprøving\w*\s+(?:har\s+)?pågå\w*"),
            "a pilot / trial is running"),
        new("remaining", MeasureStatus.InProgress, 3,
            R(@"\b(?:er|blir|ble)\s+forsinket\b|\bgjenstår\b|\bventes\s+(?:\w+\s+)?(?:ferdig\w*|fullført|klar)\b|\bikke\s+(?:helt\s+)?(?:ferdig|fullført|ferdigstilt|avsluttet)\b"
              + @"|(?<=\bmen\s+(?:\w+\s+){0,2}?)(?:(?:ennå|enda|foreløpig)\s+)?ikke\s+(?:\w+\s+)?(?:publisert|lansert|vedtatt|sendt|tatt\s+i\s+bruk|implementert|godkjent|fastsatt|innført)\b"),
            "part of the work remains or is delayed (also: a step done, 'men ennå ikke publisert')") { DropWhenNegated = false, FutureAware = false, IsState = true },
        new("followed-up-through", MeasureStatus.InProgress, 3,
            R(@"\bfølges\s+opp\s+(?:via|gjennom|med)\s+(?:konkrete\s+|egne\s+)?\w+"),
            "is being followed up through concrete work"),

        // ---- consultation, follow-up plan (band 2.5)
        new("consultation", MeasureStatus.InProgress, 2.5,
            R(@"\b(?:har\s+(?:hatt|vært)|hadde|var|er|ble|har\s+blitt)\s+(?:\w+\s+){0,3}?(?:på|ute\s+på)\s+høring\b|\bhøringsrunde\w*\b|\bhøringsinnspill\w*\b"),
            "has been on public consultation"),
        new("followed-up-by-plan", MeasureStatus.InProgress, 2.5,
            R(@"\bskal\s+følges\s+opp\s+(?:av|med|gjennom)\s+(?:en\s+|ei\s+|et\s+)?(?:\w+)?plan\w*"),
            "is to be followed up by an action plan (the strategy is in place)") { FutureAware = false },

        // ---- planned, indirect (band 2)
        new("assignment", MeasureStatus.Planned, 2,
            R(@"\bgitt\s+(?:som\s+)?(?:oppdrag|oppgave)\b|\bgitt\s+i\s+(?:oppdrag|oppdragsbrev\w*|tildelingsbrev\w*)|\b(?:fått|fikk|får)\s+(?:\w+\s+){0,2}?(?:i\s+)?(?:oppdrag|oppgave)\w*\b|\bi\s+oppgave\s+å\b|\blagt\s+inn\s+(?:som\s+oppgave\s+)?i\s+\w*brev\w*|\btildelt\s+(?:\w+\s+)?\w*(?:oppdrag\w*|midler)\b"),
            "assigned (in an allocation or assignment letter)") { FutureAware = false },
        new("assessment", MeasureStatus.Planned, 2,
            R(@"\b(?:vil|skal)\s+(?:(?:\w+|i\s+\d{4}|i\s+løpet\s+av\s+\d{4})\s+){0,3}?vurdere\b|\b(?:vil|skal)\s+(?:det\s+)?vurderes\b|\bvurderes\b|\bvurderer\s+(?:å|om|hvordan|hva|hvorvidt)\b"),
            "will be / is being assessed") { FutureAware = false, AgentOptional = true },
        new("seen-in-context", MeasureStatus.Planned, 2,
            R(@"\bskal\s+ses\s+i\s+sammenheng\s+med\b"),
            "is to be seen in connection with other work") { FutureAware = false },
        new("future-step", MeasureStatus.Planned, 2,
            R(@"\bvil\s+bli\s+(?:\w+\s+)?(?:sendt|lansert|utarbeidet|etablert|publisert|gjennomført|ferdigstilt|utviklet|lagt\s+(?:fram|frem)|innført|opprettet|revidert|tatt\s+opp|startet|igangsatt)\b|\b(?:vil|skal)\s+(?:(?:i|fra|innen)\s+(?:løpet\s+av\s+)?(?:\w+\s+)?\d{4}\s+)?(?:starte|begynne|igangsette|etablere|utvikle|revidere|utarbeide|lansere|gjennomføre|sette\s+i\s+gang)\b|\bskal\s+(?:(?:etter\s+planen|nå|først|deretter|også)\s+)?(?:etableres|utvikles|gjennomføres|lanseres|sendes|starte|igangsettes|utarbeides|revideres|publiseres|innføres|ferdigstilles)\b|\b(?:oppstart|start)\s+(?:er\s+)?planlagt\b|\ber\s+planlagt\b|\bplanlagt\s+(?:fra|i|til)\b"),
            "a concrete step is planned for later") { FutureAware = false, AgentOptional = true },
        // A delivery scheduled for a later date in the present tense ("Kampanjen lanseres i mars 2025", "Kurset starter høsten
        // 2025"): like "vil bli lansert", planned.
        new("scheduled", MeasureStatus.Planned, 2,
            R(@"\b(?:lanseres|publiseres|sendes\s+ut|legges\s+(?:fram|frem)|åpnes|arrangeres|gjennomføres|starter(?:\s+opp)?|startes(?:\s+opp)?|igangsettes)\s+(?:(?:etter\s+planen|trolig|sannsynligvis|først)\s+)?(?:i|høsten|våren|sommeren|vinteren|innen|fra|i\s+løpet\s+av)\s+(?:\w+\s+){0,2}?(?:19|20)\d\d\b"),
            "a delivery scheduled for a later date (present tense with a date)") { FutureAware = false, AgentOptional = true },
        new("funds-to-be-used", MeasureStatus.Planned, 2,
            R(@"\bmidlene\s+skal\s+(?:\w+\s+){0,2}(?:benyttes|brukes)\b"),
            "the money is to be used for …") { FutureAware = false },
        // Waiting for something before the work starts ("avventer resultatene", "venter på", "ikke tatt stilling til"): the work
        // is still intended and nothing is reported done, so planned (not an explicit "not begun").
        new("awaiting", MeasureStatus.Planned, 2,
            R(@"\bavvente[rs]\b|\bventer\s+på\b|\bikke\s+(?:ennå\s+|enda\s+|foreløpig\s+)?(?:tatt\s+stilling|avklart|besluttet)\b"),
            "waiting for something (a decision, other results) before starting") { DropWhenNegated = false, FutureAware = false, AgentOptional = true },
        new("intention", MeasureStatus.Planned, 2,
            R(@"\b[Pp]lanen\s+er\s+(?:blant\s+annet\s+)?å\b|\bplanlegger\s+å\b|\bDet\s+er\s+et\s+mål\s+å\b|\bønsker\s+å\b|\bhar\s+besluttet\b|\bble\s+det\s+(?:\w+\s+){0,3}besluttet\b|\butlyst\w*\b|\butlyste\b|\blyst\s+ut\b|\blyses\s+ut\b|\b(?:tas|tar)\s+sikte\s+på\b|\b(?:er|har)\s+(?:det\s+)?søkt\s+om\b"),
            "an intention or decision, not yet carried out") { FutureAware = false },
        new("plan-content", MeasureStatus.Planned, 2,
            R(@"\b[Tt]iltak(?:et|ene)?\s+(?:i|inngår\s+i)\s+(?:den\s+|de\s+)?(?:regionale\s+)?\w*plan\w*"),
            "listed as a measure in a (regional) plan") { FutureAware = false, KeepFoundPhrase = true },

        // ---- in progress, indirect (band 2)
        new("present-activity", MeasureStatus.InProgress, 2,
            R(@"\b(?:utvikler|innfører|etablerer|reviderer|oppdaterer|utarbeider|evaluerer|kartlegger|ferdigstiller|implementerer|gjennomfører|tilbyr|koordinerer|deltar|sammenstiller|samarbeider|går\s+gjennom|bistår|oppdateres|utvikles|etableres|opprettes|bygges\s+opp|løftes|vektlegges|blir\s+gjennomgått|prøver\s+ut|gjør\s+dette|brukes\s+(?:nå|av|i)|følges\s+opp|revideres|implementeres|innføres)\b"),
            "an activity in the present tense", RuleKind.Activity),
        new("kept-up-to-date", MeasureStatus.InProgress, 2,
            R(@"\b(?:holdes|holdt|holder\s+\w+)\s+(?:\w+\s+)?(?:oppdatert|ved\s+like|vedlike)\b"),
            "is kept up to date (maintenance goes on)"),
        new("considering-changes", MeasureStatus.InProgress, 2,
            R(@"\bvurderer\s+(?:endring\w*|tiltak\w*|nye)\b"),
            "is considering concrete changes", RuleKind.Activity) { AgentOptional = true },
        // "Utredningen forberedes", "Direktoratet forbereder kampanjen": planned, in the band of indirect signals, so that the
        // next stage of a running measure being prepared ("neste etappe forberedes") does not outweigh what already ran.
        new("preparing", MeasureStatus.Planned, 2,
            R(@"\bforbered(?:er|es)\b"),
            "being prepared (preparation is planning)"),
        new("funded-activity", MeasureStatus.InProgress, 2,
            R(@"\bhar\s+(?:\w+\s+){0,2}?finansiert\b"),
            "has funded a piece of the work") { FutureAware = false },

        // ---- the report itself calls the measure done
        // Weight 4.1: the report's own verdict on the measure is the evidence before any other completion in the band.
        new("declared-done", MeasureStatus.Completed, 4.1,
            R(@"\b(?:Tiltaket|Oppdraget)\s+(?:regnes|anses|betraktes|vurderes)\s+(?:nå\s+)?som\s+(?:gjennomført|fullført|avsluttet|ferdigstilt|oppfylt|levert|ferdig)\b"),
            "the measure is declared carried out") { FutureAware = false },

        // ---- completion verbs, judged against the commitment (band 4 when the measure's own deliverable)
        new("completion", MeasureStatus.Completed, 4,
            R(@"\b(?:etablert|etablerte|opprettet|opprettede|lansert|lanserte|utarbeidet|ferdigstilt|ferdigstilte|gjennomført|gjennomførte|sendt(?!\s+(?:ut\s+)?på\s+høy?ring)|sendte(?!\s+(?:\w+\s+){0,3}?(?:ut\s+)?på\s+høy?ring)|oversendt|oversendte|avlevert|avleverte|konkludert|konkluderte|(?<!holdt\s)oppdatert|(?<=\b(?:har|hadde|er|ble|blitt)\s+(?:\w+\s+){0,2}?)(?:vurdert|utredet)(?!\s+(?:som|til)\b)|(?<=\b(?:ble|er|blitt)\s+(?:nå\s+)?)vist(?!\s+(?:seg|at|til))|publisert|publiserte|lagt\s+(?:fram|frem)|la\s+(?:fram|frem)|innført|innførte|implementert|implementerte|revidert|reviderte|styrket|kartlagt|kartla|utviklet|utviklede|laget|vedtatt|vedtok|oversatt|levert|leverte|overlevert|avsluttet|fullført|fullførte|utgitt|tatt\s+\w*\s*i\s+bruk|tok\s+\w*\s*i\s+bruk|trådt\s+i\s+kraft|trådte\s+i\s+kraft|videreført|økt|økte|nedsatt|nedsatte|oppnevnt|oppnevnte|gjort|fastsatt|undertegnet|signert|inngått|inngikk|avholdt|arrangert|arrangerte|gikk\s+av\s+stabelen|gikk(?=\s+(?:i|på)\s+(?-i:[A-ZÆØÅ]))|holdt(?!\s+(?:\w+\s+)?(?:oppdatert|ved\s+like|vedlike|åpen|åpent|i\s+gang|aktiv|aktivt)\b)|fulgt\s+opp|tatt\s+inn|innarbeidet|utført|utførte|sluttført|sluttførte|fullendt|foreligger(?!\s+(?:\w+\s+)?(?:ingen|ikke|intet)\b)|(?:er|ble|kom|har\s+kommet)\s+(?:nå\s+)?på\s+plass|inngår\s+nå(?=\s+i\b)|(?:er\s+nå|er\s+blitt|har\s+blitt|ble)\s+(?:en\s+)?(?:fast\s+|integrert\s+)?del\s+av|(?<=\b(?:er|ble|blitt)\s+(?:nå\s+)?)inkludert(?=\s+i\b)|(?:er|ble)\s+(?:nå\s+)?(?:ferdig|klar[te]?|tilgjengelig\w*)|(?:er|ble)\s+(?:nå\s+)?i\s+drift|gått\s+gjennom|har\s+(?:hatt\s+(?:\w+\s+){0,2}møter?|møttes|virket)|har\s+nå\s+(?:\w+\s+)?(?:rutiner|prosedyrer|retningslinjer|tilbud|ordninger|systemer))\b"),
            "a completion verb", RuleKind.Completion) { IgnoreInRelativeClause = true },

        // ---- later-report wordings (issue #3: other words for the same statuses)
        // "Tiltaket har så langt ikke blitt fulgt opp", "Oppdraget er hittil ikke fulgt opp": the measure itself not followed up
        // at all, with a time adverbial between the auxiliary and the negation (the no-work-started rule takes one plain word).
        new("not-followed-up", MeasureStatus.NotStarted, 5,
            R(@"(?<=\b(?:[Tt]iltaket|[Oo]ppdraget)\s+)(?:er|ble|har)\s+(?:(?:så\s+langt|hittil|foreløpig|ennå|enda|til\s+nå|dessverre)\s+){1,2}ikke\s+(?:blitt\s+)?fulgt\s+opp\b"),
            "the measure has so far not been followed up at all: not begun") { DropWhenNegated = false, FutureAware = false },
        // "Implementeringen har så vidt begynt", "Arbeidet er nettopp startet": begun, if only just.
        new("barely-begun", MeasureStatus.InProgress, 3,
            R(@"\b(?:har|er)\s+(?:nå\s+)?(?:så\s+vidt|akkurat|nettopp|nylig)\s+(?:begynt|startet|påbegynt|igangsatt|kommet\s+i\s+gang)\b(?!\s+(?:på\s+|med\s+)?(?:planlegging|utredning|forarbeid|forprosjekt))"),
            "has just begun") { IsState = true },
        // "RVTSene holder kurs om …", "Senteret arrangerer samlinger for …": a recurring activity held now (present tense).
        new("holds-courses", MeasureStatus.InProgress, 2,
            R(@"\b(?:holder|arrangerer)\s+(?:(?:fortsatt|nå|jevnlig|årlig|regelmessig|også)\s+)?(?:\w+\s+)?(?:kurs|seminar\w*|samling\w*|webinar\w*|konferanse\w*|opplæring\w*|undervisning\w*)\b"),
            "holds courses / seminars (an ongoing activity)", RuleKind.Activity),
        // "Utbredelsen øker fortsatt", "Tilbudet bygges stadig ut": the spread the measure asks for is still growing.
        new("still-growing", MeasureStatus.InProgress, 3,
            R(@"\b(?:øker|vokser|utvides|spres|bygges\s+ut)\s+(?:fortsatt|stadig|videre|jevnt)\b|\bfortsatt\s+(?:økende|voksende)\b"),
            "is still growing / spreading") { IsState = true },
        // "Utrullingen er kommet halvveis", "er halvveis gjennomført": half done.
        new("halfway", MeasureStatus.InProgress, 3,
            R(@"\b(?:er|har)\s+(?:nå\s+)?kommet\s+(?:om\s+lag\s+|omtrent\s+|cirka\s+)?halvveis\b|\b(?:er|ble)\s+(?:nå\s+)?halvveis\s+(?:gjennomført|ferdig|utrullet|fullført)\b"),
            "half done") { IsState = true },
        // "Helseforetakene vurderer nå resultatene": the results of a trial are being assessed (band 2.5: above the trial's
        // finished sub-step, below a delivered deliverable, whose later assessment is a follow-up).
        new("assessing-results", MeasureStatus.InProgress, 2.5,
            R(@"\bvurderer\s+(?:nå\s+)?(?:resultat\w*|erfaring\w*|funn\w*|funnene)\b"),
            "the results or experiences are being assessed"),
        // "Instituttet la i mars 2023 fram rapporten": the separable "la … fram" (presented) with a time adverbial inside it.
        new("presented", MeasureStatus.Completed, 4,
            R(@"\b(?:la|lagt)\s+(?:(?:i|på|den|også|nylig|allerede|tidlig|sent|\d{1,4}\.?|januar|februar|mars|april|mai|juni|juli|august|september|oktober|november|desember|våren|høsten|sommeren|vinteren)\s+){1,4}(?:fram|frem)\b"),
            "presented (la … fram)", RuleKind.Completion) { IgnoreInRelativeClause = true },

        // ---- fourth-report wordings (issue #3, measured blind on arsrapport-2023-2024)
        // "Ingen av helseforetakene har begynt på arbeidet ennå": a negating subject ("ingen av …") several words before the verb.
        new("none-has-begun", MeasureStatus.NotStarted, 5,
            R(@"\b(?:ingen|intet)\s+(?:av\s+)?(?:\w+\s+){0,4}?(?:har|er)\s+(?:(?:ennå|enda|foreløpig|så\s+langt|hittil)\s+)?(?:begynt|startet|påbegynt|kommet\s+i\s+gang|satt\s+i\s+gang)\b"),
            "none of those who should do the work has begun it") { DropWhenNegated = false, FutureAware = false, IsState = true },
        // "Det er foreløpig ikke tatt initiativ til arbeidet": nobody has even initiated the work.
        new("no-initiative", MeasureStatus.NotStarted, 5,
            R(@"\bikke\s+(?:(?:ennå|enda|foreløpig|blitt)\s+){0,2}tatt\s+(?:noe\s+)?initiativ\b"),
            "no initiative taken: not begun") { DropWhenNegated = false, FutureAware = false, IsState = true },
        // "Tiltaket er lukket", "Oppdraget kan nå lukkes": the report closes the measure.
        new("declared-closed", MeasureStatus.Completed, 4.1,
            R(@"\b(?:Tiltaket|Oppdraget)\s+(?:er|ble|kan)\s+(?:nå\s+)?(?:lukket|lukkes)\b"),
            "the measure is declared closed") { FutureAware = false },
        // "Pilotens andre fase går nå for fullt", "er kommet godt i gang": under way.
        new("in-full-swing", MeasureStatus.InProgress, 3,
            R(@"\bgår\s+(?:nå\s+)?for\s+fullt\b|\b(?:er|har)\s+(?:nå\s+)?kommet\s+(?:godt\s+|skikkelig\s+)?i\s+gang\b"),
            "is in full swing / well under way") { IsState = true },
        // "Helsenorge bygger nå en felles inngang", "SSB analyserer nå svarene": a present-tense verb with "nå" says the work is
        // going on now (the explicit band, unlike a bare present tense).
        new("doing-now", MeasureStatus.InProgress, 3,
            R(@"\b(?:bygger|utvikler|lager|utarbeider|skriver|reviderer|oppdaterer|analyserer|tester|oversetter|kartlegger|evaluerer)\s+nå\b"),
            "is doing the work now"),
        // "Direktoratet startet i februar 2024 et læringsnettverk": something set up and started in the simple past, with a time
        // adverbial between the verb and its object ("startet en utredning" stays planning: began-planning takes that span).
        new("started-something", MeasureStatus.InProgress, 3,
            R(@"\bstartet\s+(?:opp\s+)?(?:(?:i|høsten|våren|sommeren|vinteren|januar|februar|mars|april|mai|juni|juli|august|september|oktober|november|desember|\d{4})\s+){1,3}(?:et|en|ei)\s+(?!" + Preparatory + @")\w+"),
            "started something (simple past with a time)") { IgnoreInRelativeClause = true },
        // "Oppfølgingsteam bygges ut i flere kommuner", "Ordningen bygges nå opp": being built up (like "under oppbygging").
        new("being-built", MeasureStatus.InProgress, 3,
            R(@"\bbygges\s+(?:nå\s+)?(?:ut|opp)\b"),
            "is being built up / out") { IsState = true },
        // "Oversendingen testes ut ved to sykehus": a trial running (like "prøves ut").
        new("being-tested", MeasureStatus.InProgress, 3,
            R(@"\btestes\s+(?:nå\s+)?ut\b|\b(?:er|blir)\s+(?:nå\s+)?under\s+uttesting\b"),
            "is being tried out"),
        // "Programmet tas nå gradvis i bruk": being taken into use (implementation under way; a bare "tas i bruk" may be future).
        new("being-adopted", MeasureStatus.InProgress, 3,
            R(@"\btas\s+(?:nå\s+(?:gradvis\s+)?|gradvis\s+|etter\s+hvert\s+)i\s+bruk\b"),
            "is gradually being taken into use") { IsState = true },
        // "Videreutviklingen har stoppet opp": work that began and stalled is neither finished nor not begun (below the
        // explicit band, so it does not outrank a delivery).
        new("stalled", MeasureStatus.InProgress, 2.5,
            R(@"\b(?:har\s+)?stoppet\s+opp\b|\bhar\s+stått\s+stille\b|\ber\s+(?:midlertidig\s+)?stanset\b"),
            "the work has stalled (begun, not finished)") { IsState = true, DropWhenNegated = false },
        // "Det holdes nå regionale kurs": courses held now, in the passive.
        new("courses-held", MeasureStatus.InProgress, 2,
            R(@"\b(?:holdes|arrangeres|gjennomføres)\s+(?:nå|fortsatt|jevnlig|løpende|regelmessig)\s+(?:\w+\s+)?(?:kurs|seminar\w*|samling\w*|webinar\w*|opplæring\w*)\b"),
            "courses are being held (an ongoing activity)", RuleKind.Activity),
        // "Oppdraget er gitt til Helsedirektoratet", "Et kunnskapsgrunnlag er bestilt fra NSSF": assigned or commissioned.
        new("assigned-to", MeasureStatus.Planned, 2,
            R(@"\b[Oo]ppdraget\s+(?:er|ble)\s+(?:nå\s+)?gitt\s+til\b|\b(?:er|ble)\s+(?:nå\s+)?bestilt\s+(?:fra|hos)\b"),
            "assigned / commissioned") { FutureAware = false },
        // "En arbeidsgruppe oppnevnes i løpet av høsten 2024": a step scheduled in the present tense.
        new("scheduled-group", MeasureStatus.Planned, 2,
            R(@"\b(?:oppnevnes|nedsettes|opprettes|etableres)\s+(?:(?:etter\s+planen|trolig)\s+)?(?:i|høsten|våren|innen|fra|i\s+løpet\s+av)\s+(?:\w+\s+){0,2}?(?:19|20)\d\d\b"),
            "a step scheduled for a later date (present tense with a date)") { FutureAware = false, AgentOptional = true },
        // Completion verbs of later reports: presented, rolled out, in use / in operation since, in force since.
        new("completion-later", MeasureStatus.Completed, 4,
            R(@"\b(?:presentert(?!\s+for\b)|presenterte(?!\s+(?:\w+\s+){0,3}?for\b)|rullet\s+ut|utrullet|har\s+vært\s+i\s+(?:fast\s+)?(?:bruk|drift)|er\s+i\s+fast\s+(?:bruk|drift)|har\s+gjeldt\s+siden|har\s+vært\s+gjeldende\s+siden)\b"),
            "a completion verb (later-report wording)", RuleKind.Completion) { IgnoreInRelativeClause = true },

        // ---- fifth-report wordings (issue #3, measured blind on arsrapport-2024-2025)
        // "Vurderingen har ikke vært gjenstand for arbeid", "Utredningen har det ikke vært kapasitet til": nothing done, so not
        // begun ("Det foreligger ingen planer om …" stays without a signal: it may be the outcome of an assessment).
        new("no-work-or-capacity", MeasureStatus.NotStarted, 5,
            R(@"\bikke\s+(?:(?:vært|blitt)\s+)?gjenstand\s+for\s+(?:noe\s+)?arbeid\b|\bikke\s+(?:vært|hatt)\s+(?:\w+\s+)?kapasitet\s+til\b"),
            "no work on it, no capacity for it: not begun") { DropWhenNegated = false, FutureAware = false, IsState = true },
        // "… har av kapasitetshensyn heller ikke i år blitt prioritert", "ble ikke gjennomført i perioden": the measure's work
        // was again not taken up (band 3 like "postponed": substantive work reported elsewhere wins).
        new("again-not-prioritised", MeasureStatus.NotStarted, 3,
            R(@"\b(?:heller|fortsatt|ennå|enda)\s+ikke\s+(?:(?:i\s+år|i\s+perioden|i\s+\d{4})\s+)?(?:blitt\s+)?prioritert\b|\bikke\s+(?:blitt\s+)?gjennomført\s+i\s+(?:plan)?perioden\b"),
            "again not prioritised / not carried out in the period: not begun") { DropWhenNegated = false, FutureAware = false, IsState = true },
        // "Tiltaket anses ivaretatt", "tiltaket er dermed gjennomført", "Tiltaket er ferdigbehandlet", "betraktes som innfridd",
        // "Tiltaket er ivaretatt gjennom …": the report's own verdict that the measure is done.
        new("declared-done-later", MeasureStatus.Completed, 4.1,
            R(@"\b(?:Tiltaket|Oppdraget)\s+(?:(?:regnes|anses|betraktes|vurderes)\s+(?:nå\s+)?(?:som\s+)?(?:ivaretatt|innfridd|oppfylt|gjennomført|fullført|ferdig\w*)|er\s+(?:(?:nå|dermed|derfor|med\s+dette|således)\s+)?(?:gjennomført|fullført|ferdigstilt|ferdigbehandlet|ivaretatt|innfridd|oppfylt))\b"),
            "the measure is declared carried out / taken care of") { FutureAware = false },
        // "Ingen videre rapportering", "rapporteres ikke lenger under denne planen": the measure is closed in the reporting
        // (above "followed up through …": what goes on is ordinary policy, no longer the measure).
        new("no-longer-reported", MeasureStatus.Completed, 4.3,
            R(@"\b[Ii]ngen\s+(?:videre|ytterligere)\s+rapportering\b|\b(?:rapporteres|følges)\s+ikke\s+lenger\s+(?:opp\s+)?(?:under|i)\s+(?:denne\s+)?(?:handlings)?planen\b"),
            "the measure is no longer reported on (closed)") { DropWhenNegated = false, FutureAware = false },
        // "Tilbudet er nå landsdekkende", "Det finnes nå et nettverk i hver helseregion", "er en del av den faste
        // kursporteføljen", "er budsjettert som fast post": in place everywhere or made permanent.
        new("in-place-everywhere", MeasureStatus.Completed, 4,
            R(@"\ber\s+(?:nå\s+)?landsdekkende\b|\bfinnes\s+nå\s+(?:\w+\s+){1,5}?i\s+(?:hver|alle|samtlige)\b|\ber\s+(?:nå\s+)?en\s+(?:fast\s+)?del\s+av\s+(?:den\s+|det\s+|de\s+)?(?:faste|ordinære|permanente)\b|\b(?:er|ble)\s+(?:nå\s+)?(?:budsjettert|lagt\s+inn)\s+som\s+(?:en\s+)?fast\s+(?:post|bevilgning|ordning)\b"),
            "in place everywhere / made a permanent part") { FutureAware = false },
        // Completion verbs of the fifth report: handed over to ordinary management, put into production, formalised, reported
        // to the ministry, published ("kom ut i", "ligger ute", "ble frigitt", "ble sluttrapportert").
        new("completion-fifth", MeasureStatus.Completed, 4,
            R(@"\b(?:(?:er|ble)\s+overført\s+til|satt\s+i\s+(?:produksjon|drift)|formalisert|sluttrapportert|frigitt|(?:ble|er)\s+rapportert\s+til\s+\w*departementet|kom\s+ut(?=\s+(?:i|på|den|\d))|ligger\s+(?:nå\s+)?ute)\b"),
            "a completion verb (fifth-report wording)", RuleKind.Completion) { IgnoreInRelativeClause = true },
        // "Arbeidet med modulen forventes sluttført i 2026", "Ferdigstillelse av den siste versjonen forventes i 2026": the
        // measure's own work is still to be finished (above a finished part; not the evaluation or follow-up of a delivery).
        new("expected-finished", MeasureStatus.InProgress, 4.5,
            R(@"(?<!\b(?:[Ee]valuering|[Oo]ppfølging|[Ii]mplementering|[Ss]predning)\w*\s+(?:\w+\s+){0,6})\b(?:for)?ventes\s+(?:(?:nå|først)\s+)?(?:sluttført|ferdigstilt|fullført|avsluttet)\b|\b[Ff]erdigstillelse(?:n)?\s+(?:av\s+(?:\w+\s+){1,4}?)?(?:for)?ventes\b"),
            "the deliverable is expected to be finished later (work remains)") { FutureAware = false, IsState = true },
        // "Forsøket løper i ni kommuner", "Tre prosjekter drives videre", "Programmet er under pilotering", "Opplæringen skjer
        // løpende", "Det gjennomføres nå gjennomganger", "Anbefalinger utarbeides nå": work going on now.
        new("running-now", MeasureStatus.InProgress, 3,
            R(@"\b(?:[Ff]orsøk\w*|[Uu]tprøving\w*|[Pp]ilot\w*|[Pp]rosjekt\w*)\b[^.;:]{0,80}?\bløper\b|\bdrives\s+videre\b|\bunder\s+pilotering\b|\b(?:skjer|foregår)\s+(?:nå\s+)?løpende\b|\b(?:gjennomføres|utarbeides|utvikles|skrives|bygges|oversettes|kartlegges)\s+nå\b"),
            "work going on now") { IsState = true, AgentOptional = true },
        // "Spørsmålet videreføres i ny handlingsplan": carried over to the next plan (the "continues" rules leave this span).
        new("carried-to-next-plan", MeasureStatus.Planned, 2,
            R(@"\bvidereføres\s+(?:\w+\s+){0,2}?i\s+(?:en\s+)?(?:ny|neste|kommende)\s+(?:handlings)?plan\w*"),
            "carried over to the next action plan (nothing more reported)") { FutureAware = false },
        // "Tilskuddet iverksettes fra 1. januar 2026", "Spørsmålet tas opp når høringsnotatet foreligger": scheduled for later.
        new("scheduled-later", MeasureStatus.Planned, 2,
            R(@"\biverksettes\s+(?:fra|i|innen)\s+(?:\d{1,2}\.\s+)?(?:\w+\s+)?(?:19|20)\d\d\b|\btas\s+opp\s+(?:igjen\s+)?når\b"),
            "scheduled to start later") { FutureAware = false, AgentOptional = true },

        // ---- directorate-report wordings (issue #3, measured blind on statusrapport-2022)
        // "Det har ikke vært gjort noe arbeid med tiltaket", "Direktoratet har ikke hatt ressurser til å ta fatt på det": nothing done.
        new("no-work-or-resources", MeasureStatus.NotStarted, 5,
            R(@"\bikke\s+(?:(?:ennå|enda|foreløpig)\s+)?vært\s+gjort\s+(?:noe\s+)?arbeid\b|\bikke\s+(?:(?:ennå|enda|foreløpig)\s+)?(?:hatt|vært)\s+(?:\w+\s+)?ressurser\s+til\b"),
            "no work done, no resources for it: not begun") { DropWhenNegated = false, FutureAware = false, IsState = true },
        // "Det er ennå ikke laget noe materiell": nothing made yet.
        new("nothing-made-yet", MeasureStatus.NotStarted, 5,
            R(@"\b(?:ennå|enda|foreløpig)\s+ikke\s+(?:blitt\s+)?(?:laget|utarbeidet|utviklet|produsert)\s+(?:noe|noen)\b"),
            "nothing made yet: not begun") { DropWhenNegated = false, FutureAware = false, IsState = true },
        // "Tiltaket står foreløpig på vent": the measure as a whole is on hold (band 3 like "postponed").
        new("on-hold", MeasureStatus.NotStarted, 3,
            R(@"\b(?:[Tt]iltaket|[Aa]rbeidet|[Oo]ppdraget|[Pp]rosjektet)\s+står\s+(?:(?:foreløpig|fortsatt|inntil\s+videre)\s+)?på\s+vent\b"),
            "the measure as a whole is on hold: not begun") { DropWhenNegated = false, FutureAware = false, IsState = true },
        // "Vurderingen har ikke latt seg gjennomføre i 2022": it could not be carried out (band 3 like "postponed": substantive
        // work reported elsewhere wins).
        new("could-not-be-done", MeasureStatus.NotStarted, 3,
            R(@"\bikke\s+(?:(?:ennå|enda|foreløpig)\s+)?latt\s+seg\s+(?:gjennomføre|realisere|iverksette|starte)\b"),
            "could not be carried out: not begun") { DropWhenNegated = false, FutureAware = false, IsState = true },
        // "Samarbeidet er fortsatt på idéstadiet", "Arbeidet er på planleggingsstadiet": an idea or a plan, no execution.
        new("idea-stage", MeasureStatus.Planned, 3,
            R(@"\bpå\s+(?:et\s+)?(?:tidlig\s+)?(?:idé|ide|planleggings|skisse|utrednings)stadi(?:et|um)\b"),
            "at the idea / planning stage") { IsState = true },
        // The report's graded verdict that the measure is done in part: "er delvis gjennomført", "er i hovedsak på plass", "er langt
        // på vei gjennomført", "har kommet et godt stykke på vei", "har i liten grad kommet i gang" (above a finished part, 4.5).
        new("partly-done", MeasureStatus.InProgress, 4.5,
            R(@"\bdelvis\s+(?:gjennomført|fullført|ferdigstilt|ferdig|på\s+plass|innført|etablert|implementert)\b|\bi\s+hovedsak\s+(?:på\s+plass|gjennomført|ferdig|etablert)\b|\blangt\s+på\s+vei\s+(?:gjennomført|fullført|ferdig|på\s+plass)\b|\bkommet\s+(?:et\s+)?(?:godt\s+|langt\s+)?stykke\s+på\s+vei\b|\bi\s+liten\s+grad\s+kommet\s+i\s+gang\b"),
            "done in part (a graded verdict)") { FutureAware = false, IsState = true },
        // "Utrullingen har vært i gang siden januar", "Revisjonen er inne i sin andre fase", "tas i bruk i stadig flere kommuner".
        new("under-way-since", MeasureStatus.InProgress, 3,
            R(@"\bhar\s+vært\s+i\s+gang\s+(?:siden|fra|i)\b|\b(?:er|står)\s+(?:nå\s+)?inne\s+i\s+(?:sin\s+|den\s+|en\s+)?(?:\w+\s+)?(?!(?:utrednings|planleggings|oppstarts|forprosjekt|idé))\w*(?:fase|runde)n?\b|\b(?:i|av)\s+stadig\s+flere\b"),
            "under way since / in a later phase / spreading") { IsState = true },
        // Completions: "så dagens lys", "ble offentliggjort", "har vært tilgjengelig siden".
        new("completion-directorate", MeasureStatus.Completed, 4,
            R(@"\b(?:så\s+dagens\s+lys|offentliggjort|offentliggjorde|har\s+vært\s+tilgjengelig\s+(?:siden|fra))\b"),
            "a completion verb (directorate-report wording)", RuleKind.Completion) { IgnoreInRelativeClause = true },
        // "Videreføringen er sikret gjennom en fast bevilgning": made permanent.
        new("secured-permanently", MeasureStatus.Completed, 4,
            R(@"\b(?:er|ble)\s+(?:nå\s+)?sikret\s+(?:gjennom|med|ved)\s+(?:en\s+)?(?:fast|varig|permanent)\s+(?:bevilgning|finansiering|ordning)\b"),
            "secured by permanent funding") { FutureAware = false },

        // ---- short-form wordings (issue #3, measured blind on kortrapport-2023)
        // "Ingen oppstart ennå", "Ingen framdrift", "Null aktivitet i perioden", "Uten framdrift så langt", "Nedprioritert i
        // 2023", "Lagt til side inntil videre": elliptic statements that nothing has been done (band 3 like "postponed":
        // substantive work reported elsewhere wins).
        new("short-nothing-done", MeasureStatus.NotStarted, 3,
            R(@"\b(?:ingen|null)\s+(?:oppstart|aktivitet|fr[ae]mdrift)\b|\buten\s+fr[ae]mdrift\b|\bnedprioritert\b|\blagt\s+til\s+side\b"),
            "nothing done / put aside (short form): not begun") { DropWhenNegated = false, FutureAware = false, IsState = true },
        // "Kompetansepakken rulles ut i fylkene", "Tjenesten utvides gradvis", "Programmet er midtveis": under way.
        new("short-under-way", MeasureStatus.InProgress, 3,
            R(@"\brulles\s+(?:nå\s+)?ut\b|\butvides\s+(?:nå\s+)?(?:gradvis|trinnvis|stegvis)\b|\ber\s+(?:nå\s+)?midtveis\b"),
            "being rolled out / gradually extended / half-way") { IsState = true },
        // "Utredningen forelå i januar 2023", "Kurset ble tilbudt første gang i mars": delivered.
        new("completion-short", MeasureStatus.Completed, 4,
            R(@"\b(?:forelå|(?:ble|er)\s+tilbudt\s+(?:for\s+)?første\s+gang)\b"),
            "a completion verb (short-form wording)", RuleKind.Completion) { IgnoreInRelativeClause = true },
        // "Verktøyet er i bruk ved alle sentralene", "Modulen er obligatorisk fra 2023": in place everywhere / made mandatory.
        new("in-use-everywhere", MeasureStatus.Completed, 4,
            R(@"\ber\s+(?:nå\s+)?i\s+bruk\s+(?:ved|i|på|hos)\s+(?:alle|samtlige)\b|\ber\s+(?:nå\s+)?obligatorisk\s+(?:fra|siden)\s+(?:19|20)\d\d\b"),
            "in use everywhere / mandatory since a year") { FutureAware = false },

        // ---- nynorsk wordings (issue #3, measured blind on nynorsk-2023). Nynorsk forms of the statuses above, as new entries
        // so that the bokmål entries stay as they are; the shared alternations (Ikke, NotYet, Ble, Blir, Now) keep them short.
        // "Tiltaket er førebels ikkje følgt opp", "Oppdraget har så langt ikkje vorte følgd opp": the measure not followed up.
        new("nn-not-followed-up", MeasureStatus.NotStarted, 5,
            R(@"\b(?:[Tt]iltaket|[Oo]ppdraget)\s+(?:er|vart|blei|har)\s+(?:(?:" + NotYet + @"|så\s+langt|hittil|framleis)\s+){0,2}ikkje\s+(?:vorte\s+|blitt\s+)?følg[dt]e?\s+opp\b"),
            "the measure has not been followed up at all (nynorsk): not begun") { DropWhenNegated = false, FutureAware = false, IsState = true },
        // "Det er enno ikkje gjort noko arbeid", "Det har ikkje vore aktivitet": nothing done.
        new("nn-no-work", MeasureStatus.NotStarted, 5,
            R(@"\bikkje\s+(?:(?:enno|førebels|vore|blitt|vorte)\s+){0,2}(?:gjort\s+(?:noko\s+)?arbeid|(?:noka\s+)?aktivitet)\b|\b(?:inkje|ikkje\s+noko)\s+arbeid\s+(?:er|har)\s+(?:vorte\s+|blitt\s+)?" + StartVerb),
            "no work done (nynorsk): not begun") { DropWhenNegated = false, FutureAware = false, IsState = true },
        // "Oppstarten av vidareutviklinga vart utsett", "Saka er lagd på is", "Arbeidet er sett på vent": the work as a whole put
        // off (band 3 like "postponed").
        new("nn-postponed", MeasureStatus.NotStarted, 3,
            R(@"\b(?:[Aa]rbeidet|[Tt]iltaket|[Oo]ppdraget|[Oo]ppstarten|[Ss]aka|[Pp]rosjektet)(?:\s+(?:med|av)\s+(?!(?:å\s+)?(?:oppfølging|implementering|spreiing|spredning|evaluering))[^,.;]{1,60}?)?\s+(?:" + Ble + @"|er)\s+(?:\w+\s+)?(?:utsett|lag[dt]\s+på\s+is|sett\s+på\s+vent|stilt\s+i\s+bero|ikkje\s+prioritert|nedprioritert)\b"),
            "the work as a whole is postponed or shelved (nynorsk): not begun") { DropWhenNegated = false, FutureAware = false, IsState = true },
        // "er under utgreiing", "skal greiast ut", "vert greidd ut", "er i planlegginga": being investigated or planned.
        new("nn-being-planned", MeasureStatus.Planned, 3,
            R(@"\bunder\s+(?:utgreiing|planlegging)\b|\b(?:skal|vil)\s+(?:(?:\w+|i\s+\d{4})\s+){0,2}?greiast\s+ut\b|\b" + Blir + @"\s+(?:no\s+)?greidd\s+ut\b|\bi\s+ein\s+(?:tidleg\s+)?(?:utgreiings|planleggings|oppstarts)fase\b"),
            "being investigated / planned (nynorsk)") { IsState = true, AgentOptional = true, FutureAware = false },
        // "Helsedirektoratet fekk i oppdrag …", "er teke inn i tildelingsbrevet", "er lagt inn i oppdragsdokumentet": assigned.
        new("nn-assignment", MeasureStatus.Planned, 2,
            R(@"\bfekk\s+(?:\w+\s+){0,2}?(?:i\s+)?(?:oppdrag|oppgåve)\w*\b|\b(?:te[kt]e|tatt|lag[dt])\s+inn\s+i\s+(?:\w+\s+)?\w*(?:tildelingsbrev|oppdragsbrev|oppdragsdokument)\w*"),
            "assigned (nynorsk: fekk i oppdrag, teke inn i tildelingsbrevet)") { FutureAware = false },
        // "vil bli vurdert(e)", "skal vurderast", "vert vurdert": an assessment to come (also bokmål "vil bli vurdert").
        new("nn-assessment", MeasureStatus.Planned, 2,
            R(@"\b(?:vil|skal)\s+(?:(?:\w+|i\s+\d{4})\s+){0,2}?bli\s+vurdert\w*|\bvurderast\b|\bvert\s+(?:no\s+)?vurdert\w*"),
            "will be / is being assessed (nynorsk and passive)") { FutureAware = false, AgentOptional = true },
        // "er planlagd til 2024", "planlegg ei satsing", "tek sikte på", "skal etablerast": a step planned or intended for later.
        new("nn-planned-step", MeasureStatus.Planned, 2,
            R(@"\b(?:er|vart)\s+planlagd\b|\bplanlagd\s+(?:frå|i|til)\b|\bplanlegg\b|\btek\s+sikte\s+på\b|\bskal\s+(?:(?:etter\s+planen|no|først|deretter|òg)\s+)?(?:etablerast|utviklast|gjennomførast|lanserast|sendast|startast|utarbeidast|reviderast|publiserast|innførast|ferdigstillast)\b"),
            "a step planned or intended for later (nynorsk)") { FutureAware = false, AgentOptional = true },
        // "Direktoratet har sett i gang ei utgreiing", "Førearbeidet er starta": preparatory work begun is still planning (like
        // "began-planning"; before "nn-started", which leaves the span to it).
        new("nn-began-planning", MeasureStatus.Planned, 3,
            R(@"\b(?:sett\s+i\s+gang|starta|byrja|påbyrja)\s+(?:(?:på|med)\s+)?(?:(?:eit|ein|ei)\s+)?(?:planlegging\w*|utgreiing\w*|førearbeid\w*|forprosjekt\w*|lovarbeid\w*|regelverksarbeid\w*)"
              + @"|\b(?:planlegginga|utgreiinga|førearbeidet|forprosjektet|lovarbeidet)\s+(?:er|har|vart)\s+(?:no\s+)?(?:starta|sett\s+i\s+gang|påbyrja)\b"),
            "has begun the planning or other preparatory work (nynorsk)"),
        // "er sett i gang", "vart sett i verk", "har starta opp", "er påbyrja": begun (the planning itself begun stays planned).
        new("nn-started", MeasureStatus.InProgress, 3,
            R(@"\b(?:(?:har|er|vart|blei)\s+(?:no\s+|vorte\s+|blitt\s+)?)?(?:sett\s+i\s+gang|sett\s+i\s+verk|påbyrja)\b(?!\s+(?:med\s+)?(?:planlegging|utgreiing))|\b(?:har|er|vart|blei)\s+(?:no\s+)?(?:starta(?:\s+opp)?|byrja)\b(?!\s+(?:på\s+|med\s+)?(?:planlegging|utgreiing))"),
            "has been started / set in motion (nynorsk)") { IgnoreInRelativeClause = true, IsState = true },
        // "held på med", "går føre seg", "er no i gang", "er godt i gang": under way.
        new("nn-ongoing", MeasureStatus.InProgress, 3,
            R(@"\bheld\s+(?:no\s+)?på\s+(?:med|å)\b|\bgår\s+føre\s+seg\b|\ber\s+no\s+(?:godt\s+)?i\s+gang\b|\bi\s+ferd\s+med\b"),
            "is ongoing / under way (nynorsk)") { IsState = true, AgentOptional = true, IgnoreInRelativeClause = true },
        // "Arbeidet med piloten held fram", "arbeidet går vidare": the measure's own work continues (like "work-continues").
        new("nn-work-continues", MeasureStatus.InProgress, 3,
            R(@"(?<=\b(?:[Aa]rbeidet|[Ii]nnsatsen)(?:\s+med\s+(?!(?:å\s+)?(?:oppfølging|implementering|spreiing|evaluering))[^,.;:]{1,80}?)?\s+)(?:held\s+fram|heldt\s+fram|går\s+vidare|vert\s+vidareført)\b(?!\s+(?:\w+\s+){0,2}?i\s+(?:ein\s+)?(?:ny|neste)\s+(?:handlings)?plan)"),
            "the measure's own work continues (nynorsk)") { FutureAware = false, IsState = true },
        // "Direktoratet held fram med å rettleie kommunane", "held fram med kursa": continues (not the measure's own work as such).
        new("nn-continues", MeasureStatus.InProgress, 3,
            R(@"\bheld\s+fram\s+med\b|\bheldt\s+fram\s+med\b|\bvidarefører\b"),
            "continues (nynorsk)") { IsState = true },
        // "Utkastet har vore på høyring", "vart sendt på høyring": a public consultation held (like "consultation").
        new("nn-consultation", MeasureStatus.InProgress, 2.5,
            R(@"\b(?:har\s+vore|var|er|vart|har\s+vorte)\s+(?:\w+\s+){0,3}?(?:på|ute\s+på)\s+høyring\b|\bhøyringsrunde\w*\b|\bhøyringsinnspel\w*\b"),
            "has been on public consultation (nynorsk)"),
        // "partane arbeider no med …", "det vert arbeidd med …": working on something (an activity).
        new("nn-working-on", MeasureStatus.InProgress, 3,
            R(@"\b(?:jobbar|jobber|arbeider)\s+(?:no\s+|framleis\s+|vidare\s+|aktivt\s+)(?:med|for)\b|\b(?:vert|blir)\s+(?:det\s+)?(?:no\s+)?arbeidd\s+(?:med|for)\b|\barbeidast\s+(?:det\s+)?(?:no\s+)?(?:med|for)\b"),
            "is working on (nynorsk)", RuleKind.Activity),
        // "Helsenorge byggjer no opp …", "FHI analyserer no svara": a present-tense verb with "no" (like "doing-now").
        new("nn-doing-now", MeasureStatus.InProgress, 3,
            R(@"\b(?:byggjer|bygger|utviklar|lagar|utarbeider|skriv|reviderer|oppdaterer|analyserer|testar|tester|kartlegg|evaluerer|prøver|prøvar)\s+" + Now + @"\b"),
            "is doing the work now (nynorsk)"),
        // "Talet på kommunar aukar framleis", "tilbodet vert bygd ut vidare": still growing.
        new("nn-still-growing", MeasureStatus.InProgress, 3,
            R(@"\b(?:aukar|veks|vert\s+utvida|vert\s+spreidd|vert\s+bygd\s+ut)\s+(?:framleis|stadig|vidare|jamt)\b|\bframleis\s+(?:aukande|veksande)\b"),
            "is still growing / spreading (nynorsk)") { IsState = true },
        // "Det vert no halde regionale kurs", "Det vert arrangert samlingar": courses held now (passive).
        new("nn-courses-held", MeasureStatus.InProgress, 2,
            R(@"\b" + Blir + @"\s+(?:(?:no|framleis|jamleg|løpande)\s+)?(?:halde|haldne|arrangert)\s+(?:\w+\s+)?(?:kurs|seminar\w*|samling\w*|webinar\w*|opplæring\w*)\b|\b(?:held|arrangerer)\s+(?:(?:framleis|no|jamleg|årleg)\s+)?(?:\w+\s+)?(?:kurs|seminar\w*|samling\w*|webinar\w*)\b"),
            "courses are being held (nynorsk)", RuleKind.Activity),
        // Present-tense activities in nynorsk forms ("byggjer ut", "utviklar", "deltek", "prøver ut", "vert utvikla").
        new("nn-present-activity", MeasureStatus.InProgress, 2,
            R(@"\b(?:byggjer\s+(?:ut|opp)|utviklar|deltek|prøvar\s+ut|kartlegg|går\s+gjennom|" + Blir + @"\s+(?:utvikla|etablert|oppdatert|revidert|innført|bygd\s+(?:ut|opp)|prøvd\s+ut|følgd\s+opp|følgde\s+opp))\b"),
            "an activity in the present tense (nynorsk)", RuleKind.Activity),
        // Completion verbs in nynorsk forms, judged against the commitment like "completion": oppretta, utarbeidd, vedteken,
        // gav ut / gitt ut, teke i bruk, tok til å gjelde, har vore i drift sidan, vidareført, styrkt, avslutta, utvikla, laga.
        new("nn-completion", MeasureStatus.Completed, 4,
            R(@"\b(?:oppretta|utarbeidd[e]?|vedteke[n]?|vedtekne|gav\s+ut|gjeve\s+ut|(?<=\b(?:er|vart|blei|vorte|blitt)\s+(?:no\s+)?)gitt\s+ut|utgjeve|te[kt]ne?\s+i\s+bruk|teke\s+\w*\s*i\s+bruk|tok\s+til\s+å\s+gjelde|har\s+teke\s+til\s+å\s+gjelde|har\s+vore\s+i\s+(?:fast\s+)?(?:bruk|drift)|vidareført|styrkt|styrkte|avslutta|(?<=\b(?:er|vart|blei|vorte|blitt)\s+(?:no\s+)?)(?:utvikla|laga|omsett|kartlagd|kartlagt))\b"),
            "a completion verb (nynorsk)", RuleKind.Completion) { IgnoreInRelativeClause = true },
        // "Tiltaket er no gjennomført", "Tiltaket vert rekna som fullført": the report's own verdict.
        new("nn-declared-done", MeasureStatus.Completed, 4.1,
            R(@"\b(?:Tiltaket|Oppdraget)\s+(?:(?:vert|blir)\s+)?(?:rekna|sett\s+på|vurdert)\s+som\s+(?:gjennomført|fullført|avslutta|ferdigstilt|oppfylt|ferdig)\b|\b(?:Tiltaket|Oppdraget)\s+er\s+(?:no\s+|dermed\s+|difor\s+)?(?:gjennomført|fullført|ferdigstilt|avslutta|oppfylt)\b"),
            "the measure is declared carried out (nynorsk)") { FutureAware = false },
        // "Tiltaket ligg førebels på vent", "Arbeidet står på vent": on hold as a whole (like "on-hold").
        new("nn-on-hold", MeasureStatus.NotStarted, 3,
            R(@"\b(?:[Tt]iltaket|[Aa]rbeidet|[Oo]ppdraget|[Pp]rosjektet|[Ss]aka)\s+(?:står|ligg)\s+(?:(?:førebels|framleis|inntil\s+vidare)\s+)?på\s+vent\b|\bikkje\s+(?:vorte\s+|blitt\s+)?gjennomført\s+i\s+(?:plan)?perioden\b"),
            "on hold / not carried out in the period (nynorsk): not begun") { DropWhenNegated = false, FutureAware = false, IsState = true },
        // "er komen godt i gang", "går no for fullt", "vert no teke i bruk", "testast ut", "har stoppa opp": under way.
        new("nn-under-way", MeasureStatus.InProgress, 3,
            R(@"\b(?:er|har)\s+(?:no\s+)?kom(?:e|en|i)\s+(?:godt\s+)?i\s+gang\b|\bgår\s+no\s+for\s+fullt\b|\b(?:vert|blir)\s+(?:no\s+)?(?:gradvis\s+)?teke\s+i\s+bruk\b|\btestast\s+(?:no\s+)?ut\b|\bprøvast\s+(?:no\s+)?ut\b|\b(?:har\s+)?stoppa\s+opp\b"),
            "under way, in trial, being taken into use, stalled (nynorsk)") { IsState = true },
        // "Direktoratet avventar resultata", "Saka vert førebudd", "er under førebuing": waiting or preparing (planned).
        new("nn-awaiting-preparing", MeasureStatus.Planned, 2,
            R(@"\bavventar\b|\bventar\s+på\b|\bførebu(?:r|ast|dd|dde)\b|\bunder\s+førebuing\b"),
            "waiting for something or being prepared (nynorsk)") { FutureAware = false, AgentOptional = true },
        // "Rapporten ligg føre", "vart sett i drift", "trådde i kraft", "vart ferdig", "er no tilgjengeleg": delivered.
        new("nn-completion-state", MeasureStatus.Completed, 4,
            R(@"\b(?:ligg|låg)\s+(?:no\s+)?føre\b(?!\s+(?:\w+\s+)?(?:ingen|ikkje|inkje)\b)|\bsett\s+i\s+(?:produksjon|drift)\b|\btrådde\s+i\s+kraft\b|\bhar\s+tredd\s+i\s+kraft\b|\bvart\s+(?:no\s+)?(?:ferdig|klar|tilgjengeleg)\b|\ber\s+(?:no\s+)?tilgjengeleg\b"),
            "a completion verb of state (nynorsk)", RuleKind.Completion) { IgnoreInRelativeClause = true },
        // Money allocated, nynorsk: sett av, løyvd/løyvde, øyremerkt (weak, like "funding").
        new("nn-funding", MeasureStatus.Planned, 1,
            R(@"\b(?:sett\s+av|set\s+av|løyv(?:d|de|t|a|er)|øyremerkt)\b"),
            "money allocated (nynorsk; no execution by itself)") { FutureAware = false },
        // ---- table-report wordings (issue #3, measured blind on tabellrapport-2024: terse cells of a follow-up table)
        // "Ikke prioritert innenfor gjeldende ramme", "Utsatt på ubestemt tid", "ingen arbeid startet": elliptic cells saying
        // the measure was not taken up (band 3 like "postponed"; the bare "ingen arbeid startet" is explicit, band 5).
        new("table-not-taken-up", MeasureStatus.NotStarted, 3,
            R(@"^\s*(?:ikke|ennå\s+ikke)\s+(?:\w+\s+)?prioritert\b|^\s*utsatt\b|\butsatt\s+(?:på\s+ubestemt\s+tid|inntil\s+videre)\b"),
            "not prioritised / put off (a cell without a subject): not begun") { DropWhenNegated = false, FutureAware = false, IsState = true },
        new("table-no-work-started", MeasureStatus.NotStarted, 5,
            R(@"\b(?:ingen|intet|ikke\s+noe)\s+arbeid\s+(?:\w+\s+)?(?:startet|påbegynt|igangsatt|begynt)\b"),
            "no work started (elliptic)") { DropWhenNegated = false, FutureAware = false, IsState = true },
        // "Revideringen nærmer seg slutten", "Kartleggingen er under analyse", "Løsningen testes ved to institutter", "Piloten
        // kjøres i tre helseregioner", "Notatene sendes helseforetakene fortløpende": work under way.
        new("table-under-way", MeasureStatus.InProgress, 3,
            R(@"\bnærmer\s+seg\s+(?:slutten|ferdigstilling\w*|avslutning\w*|målet)\b|\bunder\s+(?:analyse|bearbeiding)\b|\btestes\s+(?:nå\s+)?(?:ut\s+)?(?:ved|i|på|hos)\s+(?:to|tre|fire|fem|seks|sju|syv|åtte|ni|ti|flere|\d{1,3})\s|\b(?:kjøres|drives)\s+(?:nå\s+)?(?:i|ved|på)\s+(?:to|tre|fire|fem|seks|sju|syv|åtte|ni|ti|flere|\d{1,3})\s|\b(?:sendes|tilbys|legges\s+ut|publiseres|gjennomføres)\s+(?:\w+\s+){0,3}?fortløpende\b"),
            "being finished / analysed / tested / run / done continuously") { IsState = true },
        // "Videreføres i ordinær drift": made part of ordinary operation (not "continues": the measure's work is over).
        new("table-ordinary-operation", MeasureStatus.Completed, 4,
            R(@"\b(?:videreføres|driftes|går)\s+(?:nå\s+)?(?:videre\s+)?(?:i|som)\s+(?:ordinær|fast|permanent|varig)\s+drift\b|\ber\s+(?:nå\s+)?(?:en\s+)?(?:del\s+av\s+)?(?:i\s+)?ordinær\s+drift\b"),
            "carried on in ordinary operation (made permanent)") { FutureAware = false },
        // "Avklart gjennom rundskriv", "Samarbeidsmodellen er avtalt", "Tilskuddsrammen hevet med 8 mill. kroner",
        // "Oppsummeringene brukt som grunnlag for …": completions judged against the commitment like the others. Not an
        // agreement made ("har avtalt en utredning": the study is still to come) and not a condition ("til X er avklart").
        new("completion-table", MeasureStatus.Completed, 4,
            R(@"^\s*(?:avklart|avtalt)\b|(?<!\b(?:til|når|før|inntil|dersom|hvis|om|etter\s+at)\s+(?:\S+\s+){0,6})(?<=\b(?:er|ble|blitt)\s+(?:nå\s+)?)(?:avklart|avtalt)\b|\b(?:hevet|oppjustert)(?=\s+med\b)|\bbrukt\s+som\s+(?:grunnlag|utgangspunkt)\b"),
            "a completion verb (table-report wording)", RuleKind.Completion) { IgnoreInRelativeClause = true },
        // "Oppdrag gitt til Bufdir i tildelingsbrev 2024", "Utredningen er bestilt", "De regionale helseforetakene er bedt om å
        // vurdere dette", "Planlagt som tema i …": assigned, commissioned, asked for, planned.
        new("table-assigned", MeasureStatus.Planned, 2,
            R(@"\b[Oo]ppdrag(?:et)?\s+(?:er\s+|ble\s+)?gitt\s+(?:til|i)\b|\b(?:er|ble)\s+(?:nå\s+)?bestilt\b|\b(?:er|ble|blitt)\s+(?:nå\s+)?bedt\s+om\s+å\b|^\s*[Pp]lanlagt\s+(?:som|for)\b"),
            "assigned / commissioned / asked for / planned (table cell)") { FutureAware = false },

        // ---- weak (band 1)
        new("funding", MeasureStatus.Planned, 1,
            R(@"\b(?:bevilget|bevilges|avsatt|satt\s+av|innvilget|øremerket)\b"),
            "money allocated (no execution by itself)") { FutureAware = false },
    ];
}
