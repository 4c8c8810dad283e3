using System.Text.RegularExpressions;

namespace IngenAMiste.Reports.Status;

/// <summary>
/// The pattern of each rule in <see cref="All"/>, in table order, named after the rule's id. They are compiled when the
/// library is built (regex source generator): native AOT cannot compile a regular expression at run time, and interpreted
/// the table took a quarter of a cold <c>ingen parse</c>. Case-insensitive, culture-invariant (<see cref="Opts"/>).
/// </summary>
public static partial class StatusRules
{
    /// <summary>The pattern of <c>not-started</c>.</summary>
    [GeneratedRegex(@"\b(?:" + NotYet + @"\s+)?" + Ikke + @"\s+(?:(?:ennå|enda|enno|foreløpig|førebels|blitt|vorte)\s+){0,2}" + StartVerb + @"\b", Opts)]
    private static partial Regex NotStartedPattern { get; }

    /// <summary>The pattern of <c>no-work-started</c>.</summary>
    [GeneratedRegex(@"\b(?:ingen|intet)\s+arbeid\s+(?:er|har)\s+(?:blitt\s+)?" + StartVerb
        + @"|\bikke\s+(?:(?:ennå|blitt)\s+)?(?:gjort\s+(?:noe\s+)?arbeid|arbeidet\s+med\s+(?:tiltaket|oppdraget)|vært\s+(?:noen\s+)?aktivitet)|\bingen\s+aktivitet\b"
        + @"|\b(?:[Tt]iltaket|[Oo]ppdraget)\s+(?:er|ble|har)\s+(?:\w+\s+)?ikke\s+(?:blitt\s+)?fulgt\s+opp\b", Opts)]
    private static partial Regex NoWorkStartedPattern { get; }

    /// <summary>The pattern of <c>postponed</c>.</summary>
    [GeneratedRegex(@"\b(?:[Aa]rbeidet|[Tt]iltaket|[Oo]ppdraget|[Oo]ppstarten|[Ii]gangsettingen|[Pp]rosjektet)(?:\s+med\s+(?!(?:å\s+)?" + NextStep + @")[^,.;]{1,60}?)?\s+(?:er|ble|har\s+blitt|er\s+blitt)\s+(?:\w+\s+)?(?:utsatt|lagt\s+på\s+is|stilt\s+i\s+bero|satt\s+på\s+vent|(?:ikke|ennå\s+ikke)\s+prioritert|nedprioritert)\b", Opts)]
    private static partial Regex PostponedPattern { get; }

    /// <summary>The pattern of <c>being-planned</c>.</summary>
    [GeneratedRegex(@"\b(?:under|i)\s+planlegging\b|\bunder\s+utredning\b|\bplanlegges\b|\butredes\b", Opts)]
    private static partial Regex BeingPlannedPattern { get; }

    /// <summary>The pattern of <c>planning-phase</c>.</summary>
    [GeneratedRegex(@"\bi\s+(?:en\s+|ei\s+)?(?:tidlig\s+)?(?:utrednings|planleggings|oppstarts|forprosjekt)fase\w*|\bunder\s+oppstart\b|\bi\s+startgropen\b", Opts)]
    private static partial Regex PlanningPhasePattern { get; }

    /// <summary>The pattern of <c>preparations</c>.</summary>
    [GeneratedRegex(@"\bunder\s+forberedelse\b|\bforberedelse\w*(?:\s+(?:til|av)\s+[^,.;]{1,60}?)?\s+(?:er\s+(?:nå\s+)?(?:godt\s+)?i\s+gang|pågår)\b", Opts)]
    private static partial Regex PreparationsPattern { get; }

    /// <summary>The pattern of <c>began-planning</c>.</summary>
    [GeneratedRegex(@"\b(?:begynt|startet|påbegynt|igangsatt|satt\s+i\s+gang|i\s+gang\s+med)\s+(?:(?:på|med)\s+)?(?:(?:et|en|ei)\s+)?" + Preparatory
        + @"|\b" + Preparatory + @"\s+(?:er|har|ble)\s+(?:nå\s+|blitt\s+)?(?:startet|begynt|påbegynt|igangsatt|satt\s+i\s+gang)\b", Opts)]
    private static partial Regex BeganPlanningPattern { get; }

    /// <summary>The pattern of <c>ongoing</c>.</summary>
    [GeneratedRegex(@"\bpågår\b|\bpågående\b|\ber\s+(?:nå\s+)?(?:godt\s+|vel\s+)?i\s+gang\b|\bi\s+full\s+gang\b|\ber\s+i\s+arbeid\b|\bi\s+ferd\s+med\b|\bholder\s+(?:nå\s+)?på\s+(?:med|å)\b", Opts)]
    private static partial Regex OngoingPattern { get; }

    /// <summary>The pattern of <c>nearly-done</c>.</summary>
    [GeneratedRegex(@"\bi\s+(?:slutt|avslutnings|ferdigstillings)fasen\b|\bi\s+innspurten\b|\b(?:nesten|snart|nærmest)\s+(?:ferdige?|klare?|fullført|ferdigstilt)\b|\bi\s+rute\b|\bkommet\s+(?:godt\s+|svært\s+)?langt\b", Opts)]
    private static partial Regex NearlyDonePattern { get; }

    /// <summary>The pattern of <c>started</c>.</summary>
    [GeneratedRegex(@"\b(?:(?:har|er|ble)\s+(?:nå\s+|blitt\s+)?)?(?:igangsatt|påbegynt|på\s+begynt|satt\s+i\s+gang)\b|(?<!\b(?:kull|deltakere|deltakerne|studenter|studentene|elever|elevene)\s+)\b(?:har|er|ble)\s+(?:nå\s+)?(?:startet|begynt)\b(?!\s+(?:på\s+|med\s+)?(?:planlegging|utredning))(?!\s+på\s+(?:\w+\s+)?(?:videreutdanning|utdanning|studi|kurs)\w*)", Opts)]
    private static partial Regex StartedPattern { get; }

    /// <summary>The pattern of <c>under-way</c>.</summary>
    [GeneratedRegex(@"\bunder\s+(?:etablering|revidering|revisjon|utvikling|utarbeidelse|arbeid|montering|implementering|oppbygging|gjennomføring|utprøving|omlegging|ferdigstilling|innføring|oppdatering|oversettelse|bygging)\b", Opts)]
    private static partial Regex UnderWayPattern { get; }

    /// <summary>The pattern of <c>working-on</c>.</summary>
    [GeneratedRegex(@"\b(?:jobber|arbeider)\s+(?:nå\s+|fortsatt\s+|videre\s+|aktivt\s+)?(?:med|for)\b|\barbeides\s+(?:det\s+)?(?:nå\s+|kontinuerlig\s+|videre\s+|fortsatt\s+)?(?:med|for)\b", Opts)]
    private static partial Regex WorkingOnPattern { get; }

    /// <summary>The pattern of <c>work-continues</c>.</summary>
    [GeneratedRegex(@"(?<=\b(?:arbeidet|innsatsen)" + WorkTopic + @"\s+)(?:fortsetter|fortsatte|videreføres|vil\s+(?:bli\s+)?(?:fortsette|videreføres|videreført)|pågår\s+(?:fortsatt|videre)|fortsatt\s+pågår|går\s+videre)\b(?!\s+som\s+(?:ordinært|fast|permanent|varig))(?!\s+(?:\w+\s+){0,2}?i\s+(?:en\s+)?(?:ny|neste|kommende)\s+(?:handlings)?plan)"
        + @"|\b(?:fortsetter|viderefører|videreføres)\b(?=\s+(?:(?:nå|også|fortsatt)\s+)?(?:arbeidet|innsatsen)\b(?!\s+med\s+(?:å\s+)?" + NextStep + @"))", Opts)]
    private static partial Regex WorkContinuesPattern { get; }

    /// <summary>The pattern of <c>still-supports</c>.</summary>
    [GeneratedRegex(@"\bgir\s+fortsatt\s+(?:råd|veiledning|bistand|opplæring)\s+(?:og\s+\w+\s+)?(?:til\s+)?(?:\w+\s+)?(?:kommune\w*|tjeneste\w*|helseforetak\w*|skole\w*|fylke\w*|sykehus\w*)", Opts)]
    private static partial Regex StillSupportsPattern { get; }

    /// <summary>The pattern of <c>continues</c>.</summary>
    [GeneratedRegex(@"\bfortsetter\b|\bfortsatte\b|\bvidereføres\b(?!\s+som\s+(?:ordinært|fast|permanent|varig))(?!\s+(?:\w+\s+){0,2}?i\s+(?:en\s+)?(?:ny|neste|kommende)\s+(?:handlings)?plan)|\bviderefører\b|\b(?:gir|driver|følger|holder|tilbyr|pågår)\s+fortsatt\b", Opts)]
    private static partial Regex ContinuesPattern { get; }

    /// <summary>The pattern of <c>support</c>.</summary>
    [GeneratedRegex(@"\b(?:bistår|veileder|(?:følger|fulgt)\s+(?:særlig\s+)?opp|gir\s+(?:fortsatt\s+)?(?:råd|veiledning|bistand))\s+(?:og\s+veileder\s+)?(?:\w+\s+)?(?:kommune\w*|tjeneste\w*|helseforetak\w*|skole\w*|fylke\w*|sykehus\w*)", Opts)]
    private static partial Regex SupportPattern { get; }

    /// <summary>The pattern of <c>pilot</c>.</summary>
    [GeneratedRegex(@"\b(?:etablert|startet|igangsatt|opprettet|satt\s+i\s+gang)\s+(?:en\s+|et\s+)?pilot\w*|\bpilot\w*(?:\s+(?:for|med|i|om)\s+[^,.;]{1,50}?)?\s+(?:er\s+|ble\s+)?(?:utvidet|startet|igangsatt)|\bprøves\s+ut\b|\butprøving\w*\s+(?:har\s+)?pågå\w*", Opts)]
    private static partial Regex PilotPattern { get; }

    /// <summary>The pattern of <c>remaining</c>.</summary>
    [GeneratedRegex(@"\b(?:er|blir|ble)\s+forsinket\b|\bgjenstår\b(?!\s+(?:ingen|intet|ingenting|ikke)\b)|\bventes\s+(?:\w+\s+)?(?:ferdig\w*|fullført|klar)\b|\bikke\s+(?:helt\s+)?(?:ferdig|fullført|ferdigstilt|avsluttet)\b"
        + @"|(?<=\bmen\s+(?:\w+\s+){0,2}?)(?:(?:ennå|enda|foreløpig)\s+)?ikke\s+(?:\w+\s+)?(?:publisert|lansert|vedtatt|sendt|tatt\s+i\s+bruk|implementert|godkjent|fastsatt|innført)\b", Opts)]
    private static partial Regex RemainingPattern { get; }

    /// <summary>The pattern of <c>followed-up-through</c>.</summary>
    [GeneratedRegex(@"\bfølges\s+opp\s+(?:via|gjennom|med)\s+(?:konkrete\s+|egne\s+)?\w+", Opts)]
    private static partial Regex FollowedUpThroughPattern { get; }

    /// <summary>The pattern of <c>consultation</c>.</summary>
    [GeneratedRegex(@"\b(?:har\s+(?:hatt|vært)|hadde|var|er|ble|har\s+blitt)\s+(?:\w+\s+){0,3}?(?:på|ute\s+på)\s+høring\b|\bhøringsrunde\w*\b|\bhøringsinnspill\w*\b", Opts)]
    private static partial Regex ConsultationPattern { get; }

    /// <summary>The pattern of <c>followed-up-by-plan</c>.</summary>
    [GeneratedRegex(@"\bskal\s+følges\s+opp\s+(?:av|med|gjennom)\s+(?:en\s+|ei\s+|et\s+)?(?:\w+)?plan\w*", Opts)]
    private static partial Regex FollowedUpByPlanPattern { get; }

    /// <summary>The pattern of <c>assignment</c>.</summary>
    [GeneratedRegex(@"\bgitt\s+(?:som\s+)?(?:oppdrag|oppgave)\b|\bgitt\s+i\s+(?:oppdrag|oppdragsbrev\w*|tildelingsbrev\w*)|\b(?:fått|fikk|får)\s+(?:\w+\s+){0,2}?(?:i\s+)?(?:oppdrag|oppgave)\w*\b|\bi\s+oppgave\s+å\b|\blagt\s+inn\s+(?:som\s+oppgave\s+)?i\s+\w*brev\w*|\btildelt\s+(?:\w+\s+)?\w*(?:oppdrag\w*|midler)\b", Opts)]
    private static partial Regex AssignmentPattern { get; }

    /// <summary>The pattern of <c>assessment</c>.</summary>
    [GeneratedRegex(@"\b(?:vil|skal)\s+(?:(?:\w+|i\s+\d{4}|i\s+løpet\s+av\s+\d{4})\s+){0,3}?vurdere\b|\b(?:vil|skal)\s+(?:det\s+)?vurderes\b|\bvurderes\b|\bvurderer\s+(?:å|om|hvordan|hva|hvorvidt)\b", Opts)]
    private static partial Regex AssessmentPattern { get; }

    /// <summary>The pattern of <c>seen-in-context</c>.</summary>
    [GeneratedRegex(@"\bskal\s+ses\s+i\s+sammenheng\s+med\b", Opts)]
    private static partial Regex SeenInContextPattern { get; }

    /// <summary>The pattern of <c>future-step</c>.</summary>
    [GeneratedRegex(@"\bvil\s+bli\s+(?:\w+\s+)?(?:sendt|lansert|utarbeidet|etablert|publisert|gjennomført|ferdigstilt|utviklet|lagt\s+(?:fram|frem)|innført|opprettet|revidert|tatt\s+opp|startet|igangsatt)\b|\b(?:vil|skal)\s+(?:(?:i|fra|innen)\s+(?:løpet\s+av\s+)?(?:\w+\s+)?\d{4}\s+)?(?:starte|begynne|igangsette|etablere|utvikle|revidere|utarbeide|lansere|gjennomføre|sette\s+i\s+gang)\b|\bskal\s+(?:(?:etter\s+planen|nå|først|deretter|også)\s+)?(?:etableres|utvikles|gjennomføres|lanseres|sendes|starte|igangsettes|utarbeides|revideres|publiseres|innføres|ferdigstilles)\b|\b(?:oppstart|start)\s+(?:er\s+)?planlagt\b|\ber\s+planlagt\b|\bplanlagt\s+(?:fra|i|til)\b", Opts)]
    private static partial Regex FutureStepPattern { get; }

    /// <summary>The pattern of <c>scheduled</c>.</summary>
    [GeneratedRegex(@"\b(?:lanseres|publiseres|sendes\s+ut|legges\s+(?:fram|frem)|åpnes|arrangeres|gjennomføres|starter(?:\s+opp)?|startes(?:\s+opp)?|igangsettes)\s+(?:(?:etter\s+planen|trolig|sannsynligvis|først)\s+)?(?:i|høsten|våren|sommeren|vinteren|innen|fra|i\s+løpet\s+av)\s+(?:\w+\s+){0,2}?(?:19|20)\d\d\b", Opts)]
    private static partial Regex ScheduledPattern { get; }

    /// <summary>The pattern of <c>funds-to-be-used</c>.</summary>
    [GeneratedRegex(@"\bmidlene\s+skal\s+(?:\w+\s+){0,2}(?:benyttes|brukes)\b", Opts)]
    private static partial Regex FundsToBeUsedPattern { get; }

    /// <summary>The pattern of <c>awaiting</c>.</summary>
    [GeneratedRegex(@"\bavvente[rs]\b|\bventer\s+på\b|\bikke\s+(?:ennå\s+|enda\s+|foreløpig\s+)?(?:tatt\s+stilling|avklart|besluttet)\b", Opts)]
    private static partial Regex AwaitingPattern { get; }

    /// <summary>The pattern of <c>intention</c>.</summary>
    [GeneratedRegex(@"\b[Pp]lanen\s+er\s+(?:blant\s+annet\s+)?å\b|\bplanlegger\s+å\b|\bDet\s+er\s+et\s+mål\s+å\b|\bønsker\s+å\b|\bhar\s+besluttet\b|\bble\s+det\s+(?:\w+\s+){0,3}besluttet\b|\butlyst\w*\b|\butlyste\b|\blyst\s+ut\b|\blyses\s+ut\b|\b(?:tas|tar)\s+sikte\s+på\b|\b(?:er|har)\s+(?:det\s+)?søkt\s+om\b", Opts)]
    private static partial Regex IntentionPattern { get; }

    /// <summary>The pattern of <c>plan-content</c>.</summary>
    [GeneratedRegex(@"\b[Tt]iltak(?:et|ene)?\s+(?:i|inngår\s+i)\s+(?:den\s+|de\s+)?(?:regionale\s+)?\w*plan\w*", Opts)]
    private static partial Regex PlanContentPattern { get; }

    /// <summary>The pattern of <c>present-activity</c>.</summary>
    [GeneratedRegex(@"\b(?:utvikler|innfører|etablerer|reviderer|oppdaterer|utarbeider|evaluerer|kartlegger|ferdigstiller|implementerer|gjennomfører|tilbyr|koordinerer|deltar|sammenstiller|samarbeider|går\s+gjennom|bistår|oppdateres|utvikles|etableres|opprettes|bygges\s+opp|løftes|vektlegges|blir\s+gjennomgått|prøver\s+ut|gjør\s+dette|brukes\s+(?:nå|av|i)|følges\s+opp|revideres|implementeres|innføres)\b", Opts)]
    private static partial Regex PresentActivityPattern { get; }

    /// <summary>The pattern of <c>kept-up-to-date</c>.</summary>
    [GeneratedRegex(@"\b(?:holdes|holdt|holder\s+\w+)\s+(?:\w+\s+)?(?:oppdatert|ved\s+like|vedlike)\b", Opts)]
    private static partial Regex KeptUpToDatePattern { get; }

    /// <summary>The pattern of <c>considering-changes</c>.</summary>
    [GeneratedRegex(@"\bvurderer\s+(?:endring\w*|tiltak\w*|nye)\b", Opts)]
    private static partial Regex ConsideringChangesPattern { get; }

    /// <summary>The pattern of <c>preparing</c>.</summary>
    [GeneratedRegex(@"\bforbered(?:er|es)\b", Opts)]
    private static partial Regex PreparingPattern { get; }

    /// <summary>The pattern of <c>funded-activity</c>.</summary>
    [GeneratedRegex(@"\bhar\s+(?:\w+\s+){0,2}?finansiert\b", Opts)]
    private static partial Regex FundedActivityPattern { get; }

    /// <summary>The pattern of <c>declared-done</c>.</summary>
    [GeneratedRegex(@"\b(?:Tiltaket|Oppdraget)\s+(?:regnes|anses|betraktes|vurderes)\s+(?:nå\s+)?som\s+(?:gjennomført|fullført|avsluttet|ferdigstilt|oppfylt|levert|ferdig)\b", Opts)]
    private static partial Regex DeclaredDonePattern { get; }

    /// <summary>The pattern of <c>completion</c>.</summary>
    [GeneratedRegex(@"\b(?:etablert|etablerte|opprettet|opprettede|lansert|lanserte|utarbeidet|ferdigstilt|ferdigstilte|gjennomført(?!\s+av\s+(?:om\s+lag\s+|rundt\s+|over\s+|nesten\s+|mer\s+enn\s+)?\d)|gjennomførte|sendt(?!\s+(?:ut\s+)?på\s+høy?ring|\s+(?:\S+\s+){0,6}?for\s+(?:vurdering|uttalelse|innspill)\b)|sendte(?!\s+(?:\w+\s+){0,3}?(?:ut\s+)?på\s+høy?ring)|oversendt(?!\s+(?:\S+\s+){0,6}?for\s+(?:vurdering|uttalelse|innspill)\b)|oversendte|avlevert|avleverte|konkludert|konkluderte|(?<!holdt\s)oppdatert|(?<=\b(?:har|hadde|er|ble|blitt)\s+(?:\w+\s+){0,2}?)(?:vurdert|utredet)(?!\s+(?:som|til)\b)|(?<=\b(?:ble|er|blitt)\s+(?:nå\s+)?)vist(?!\s+(?:seg|at|til))|publisert|publiserte|lagt\s+(?:fram|frem)|la\s+(?:fram|frem)|innført|innførte|implementert|implementerte|revidert|reviderte|styrket|kartlagt|kartla|utviklet|utviklede|laget|vedtatt|vedtok|oversatt|levert|leverte|overlevert|avsluttet|fullført|fullførte|utgitt|tatt\s+\w*\s*i\s+bruk|tok\s+\w*\s*i\s+bruk|trådt\s+i\s+kraft|trådte\s+i\s+kraft|videreført(?!\s+(?:på\s+)?(?:samme|uendret)\s+nivå\b|\s+uendret\b)|økt|økte|nedsatt|nedsatte|oppnevnt|oppnevnte|gjort|fastsatt|undertegnet|signert|inngått|inngikk|avholdt|arrangert|arrangerte|gikk\s+av\s+stabelen|gikk(?=\s+(?:i|på)\s+(?-i:[A-ZÆØÅ]))|holdt(?!\s+(?:\w+\s+)?(?:oppdatert|ved\s+like|vedlike|åpen|åpent|i\s+gang|aktiv|aktivt)\b)(?!\s+på\s+(?:med|å|siden)\b)|fulgt\s+opp|tatt\s+inn(?!\s+i\s+[^.;:]{0,40}?(?:virksomhetsplan|oppdragsportefølje|tildelingsbrev|oppdragsbrev|oppdragsdokument|arbeidsprogram|aktivitetsplan))|innarbeidet(?!\s+i\s+[^.;:]{0,40}?(?:virksomhetsplan|oppdragsportefølje|tildelingsbrev|oppdragsbrev|oppdragsdokument|arbeidsprogram|aktivitetsplan))|utført|utførte|sluttført|sluttførte|fullendt|foreligger(?!\s+(?:\w+\s+)?(?:ingen|ikke|intet)\b)|(?:er|ble|kom|har\s+kommet)\s+(?:nå\s+)?på\s+plass|inngår\s+nå(?=\s+i\b)|(?:er\s+nå|er\s+blitt|har\s+blitt|ble)\s+(?:en\s+)?(?:fast\s+|integrert\s+)?del\s+av|(?<=\b(?:er|ble|blitt)\s+(?:nå\s+)?)inkludert(?=\s+i\b)|(?:er|ble)\s+(?:nå\s+)?(?:ferdig|klar[te]?|tilgjengelig\w*)|(?:er|ble)\s+(?:nå\s+)?i\s+drift|gått\s+gjennom|har\s+(?:hatt\s+(?:\w+\s+){0,2}møter?|møttes|virket)|har\s+nå\s+(?:\w+\s+)?(?:rutiner|prosedyrer|retningslinjer|tilbud|ordninger|systemer))\b", Opts)]
    private static partial Regex CompletionPattern { get; }

    /// <summary>The pattern of <c>not-followed-up</c>.</summary>
    [GeneratedRegex(@"(?<=\b(?:[Tt]iltaket|[Oo]ppdraget)\s+)(?:er|ble|har)\s+(?:(?:så\s+langt|hittil|foreløpig|ennå|enda|til\s+nå|dessverre)\s+){1,2}ikke\s+(?:blitt\s+)?fulgt\s+opp\b", Opts)]
    private static partial Regex NotFollowedUpPattern { get; }

    /// <summary>The pattern of <c>barely-begun</c>.</summary>
    [GeneratedRegex(@"\b(?:har|er)\s+(?:nå\s+)?(?:så\s+vidt|akkurat|nettopp|nylig)\s+(?:begynt|startet|påbegynt|igangsatt|kommet\s+i\s+gang)\b(?!\s+(?:på\s+|med\s+)?(?:planlegging|utredning|forarbeid|forprosjekt))", Opts)]
    private static partial Regex BarelyBegunPattern { get; }

    /// <summary>The pattern of <c>holds-courses</c>.</summary>
    [GeneratedRegex(@"\b(?:holder|arrangerer)\s+(?:(?:fortsatt|nå|jevnlig|årlig|regelmessig|også)\s+)?(?:\w+\s+)?(?:kurs|seminar\w*|samling\w*|webinar\w*|konferanse\w*|opplæring\w*|undervisning\w*)\b", Opts)]
    private static partial Regex HoldsCoursesPattern { get; }

    /// <summary>The pattern of <c>still-growing</c>.</summary>
    [GeneratedRegex(@"\b(?:øker|vokser|utvides|spres|bygges\s+ut)\s+(?:fortsatt|stadig|videre|jevnt)\b|\bfortsatt\s+(?:økende|voksende)\b", Opts)]
    private static partial Regex StillGrowingPattern { get; }

    /// <summary>The pattern of <c>halfway</c>.</summary>
    [GeneratedRegex(@"\b(?:er|har)\s+(?:nå\s+)?kommet\s+(?:om\s+lag\s+|omtrent\s+|cirka\s+|rundt\s+)?halvveis\b|\b(?:er|ble)\s+(?:nå\s+)?halvveis\s+(?:gjennomført|ferdig|utrullet|fullført)\b", Opts)]
    private static partial Regex HalfwayPattern { get; }

    /// <summary>The pattern of <c>assessing-results</c>.</summary>
    [GeneratedRegex(@"\bvurderer\s+(?:nå\s+)?(?:resultat\w*|erfaring\w*|funn\w*|funnene)\b", Opts)]
    private static partial Regex AssessingResultsPattern { get; }

    /// <summary>The pattern of <c>presented</c>.</summary>
    [GeneratedRegex(@"\b(?:la|lagt)\s+(?:(?:i|på|den|også|nylig|allerede|tidlig|sent|\d{1,4}\.?|januar|februar|mars|april|mai|juni|juli|august|september|oktober|november|desember|våren|høsten|sommeren|vinteren)\s+){1,4}(?:fram|frem)\b", Opts)]
    private static partial Regex PresentedPattern { get; }

    /// <summary>The pattern of <c>none-has-begun</c>.</summary>
    [GeneratedRegex(@"\b(?:ingen|intet)\s+(?:av\s+)?(?:\w+\s+){0,4}?(?:har|er)\s+(?:(?:ennå|enda|foreløpig|så\s+langt|hittil)\s+)?(?:begynt|startet|påbegynt|kommet\s+i\s+gang|satt\s+i\s+gang)\b", Opts)]
    private static partial Regex NoneHasBegunPattern { get; }

    /// <summary>The pattern of <c>no-initiative</c>.</summary>
    [GeneratedRegex(@"\bikke\s+(?:(?:ennå|enda|foreløpig|blitt)\s+){0,2}tatt\s+(?:noe\s+)?initiativ\b", Opts)]
    private static partial Regex NoInitiativePattern { get; }

    /// <summary>The pattern of <c>declared-closed</c>.</summary>
    [GeneratedRegex(@"\b(?:Tiltaket|Oppdraget)\s+(?:er|ble|kan)\s+(?:nå\s+)?(?:lukket|lukkes)\b", Opts)]
    private static partial Regex DeclaredClosedPattern { get; }

    /// <summary>The pattern of <c>in-full-swing</c>.</summary>
    [GeneratedRegex(@"\bgår\s+(?:nå\s+)?for\s+fullt\b|\b(?:er|har)\s+(?:nå\s+)?kommet\s+(?:godt\s+|skikkelig\s+)?i\s+gang\b", Opts)]
    private static partial Regex InFullSwingPattern { get; }

    /// <summary>The pattern of <c>doing-now</c>.</summary>
    [GeneratedRegex(@"\b(?:bygger|utvikler|lager|utarbeider|skriver|reviderer|oppdaterer|analyserer|tester|oversetter|kartlegger|evaluerer|monterer|installerer)\s+nå\b", Opts)]
    private static partial Regex DoingNowPattern { get; }

    /// <summary>The pattern of <c>started-something</c>.</summary>
    [GeneratedRegex(@"\bstartet\s+(?:opp\s+)?(?:(?:i|høsten|våren|sommeren|vinteren|januar|februar|mars|april|mai|juni|juli|august|september|oktober|november|desember|\d{4})\s+){1,3}(?:et|en|ei)\s+(?!" + Preparatory + @")\w+", Opts)]
    private static partial Regex StartedSomethingPattern { get; }

    /// <summary>The pattern of <c>being-built</c>.</summary>
    [GeneratedRegex(@"\bbygges\s+(?:nå\s+)?(?:ut|opp)\b", Opts)]
    private static partial Regex BeingBuiltPattern { get; }

    /// <summary>The pattern of <c>being-tested</c>.</summary>
    [GeneratedRegex(@"\btestes\s+(?:nå\s+)?ut\b|\b(?:er|blir)\s+(?:nå\s+)?under\s+uttesting\b", Opts)]
    private static partial Regex BeingTestedPattern { get; }

    /// <summary>The pattern of <c>being-adopted</c>.</summary>
    [GeneratedRegex(@"\btas\s+(?:nå\s+(?:gradvis\s+)?|gradvis\s+|etter\s+hvert\s+)i\s+bruk\b", Opts)]
    private static partial Regex BeingAdoptedPattern { get; }

    /// <summary>The pattern of <c>stalled</c>.</summary>
    [GeneratedRegex(@"\b(?:har\s+)?stoppet\s+opp\b|\bhar\s+stått\s+stille\b|\b(?:er|ble|var|blitt)\s+(?:midlertidig\s+)?(?:stanset|avbrutt)\b|^\s*(?:midlertidig\s+)?stanset\b", Opts)]
    private static partial Regex StalledPattern { get; }

    /// <summary>The pattern of <c>courses-held</c>.</summary>
    [GeneratedRegex(@"\b(?:holdes|arrangeres|gjennomføres)\s+(?:nå|fortsatt|jevnlig|løpende|regelmessig)\s+(?:\w+\s+)?(?:kurs|seminar\w*|samling\w*|webinar\w*|opplæring\w*)\b", Opts)]
    private static partial Regex CoursesHeldPattern { get; }

    /// <summary>The pattern of <c>assigned-to</c>.</summary>
    [GeneratedRegex(@"\b[Oo]ppdraget\s+(?:er|ble)\s+(?:nå\s+)?gitt\s+til\b|\b(?:er|ble)\s+(?:nå\s+)?bestilt\s+(?:fra|hos)\b", Opts)]
    private static partial Regex AssignedToPattern { get; }

    /// <summary>The pattern of <c>scheduled-group</c>.</summary>
    [GeneratedRegex(@"\b(?:oppnevnes|nedsettes|opprettes|etableres)\s+(?:(?:etter\s+planen|trolig)\s+)?(?:i|høsten|våren|innen|fra|i\s+løpet\s+av)\s+(?:\w+\s+){0,2}?(?:19|20)\d\d\b", Opts)]
    private static partial Regex ScheduledGroupPattern { get; }

    /// <summary>The pattern of <c>completion-later</c>.</summary>
    [GeneratedRegex(@"\b(?:presentert(?!\s+for\b)|presenterte(?!\s+(?:\w+\s+){0,3}?for\b)|rullet\s+ut|utrullet|har\s+vært\s+i\s+(?:fast\s+)?(?:bruk|drift)|er\s+i\s+fast\s+(?:bruk|drift)|har\s+gjeldt\s+siden|har\s+vært\s+gjeldende\s+siden)\b", Opts)]
    private static partial Regex CompletionLaterPattern { get; }

    /// <summary>The pattern of <c>no-work-or-capacity</c>.</summary>
    [GeneratedRegex(@"\bikke\s+(?:(?:vært|blitt)\s+)?gjenstand\s+for\s+(?:noe\s+)?arbeid\b|\bikke\s+(?:vært|hatt)\s+(?:\w+\s+)?kapasitet\s+til\b", Opts)]
    private static partial Regex NoWorkOrCapacityPattern { get; }

    /// <summary>The pattern of <c>again-not-prioritised</c>.</summary>
    [GeneratedRegex(@"\b(?:heller|fortsatt|ennå|enda)\s+ikke\s+(?:(?:i\s+år|i\s+perioden|i\s+\d{4})\s+)?(?:blitt\s+)?prioritert\b|\bikke\s+(?:blitt\s+)?gjennomført\s+i\s+(?:plan)?perioden\b", Opts)]
    private static partial Regex AgainNotPrioritisedPattern { get; }

    /// <summary>The pattern of <c>declared-done-later</c>.</summary>
    [GeneratedRegex(@"\b(?:Tiltaket|Oppdraget)\s+(?:(?:regnes|anses|betraktes|vurderes)\s+(?:nå\s+)?(?:som\s+)?(?:ivaretatt|innfridd|oppfylt|gjennomført|fullført|ferdig\w*)|er\s+(?:(?:nå|dermed|derfor|med\s+dette|således)\s+)?(?:gjennomført|fullført|ferdigstilt|ferdigbehandlet|ivaretatt|innfridd|oppfylt))\b", Opts)]
    private static partial Regex DeclaredDoneLaterPattern { get; }

    /// <summary>The pattern of <c>no-longer-reported</c>.</summary>
    [GeneratedRegex(@"\b[Ii]ngen\s+(?:videre|ytterligere)\s+rapportering\b|\b(?:rapporteres|følges)\s+ikke\s+lenger\s+(?:opp\s+)?(?:under|i)\s+(?:denne\s+)?(?:handlings)?planen\b", Opts)]
    private static partial Regex NoLongerReportedPattern { get; }

    /// <summary>The pattern of <c>in-place-everywhere</c>.</summary>
    [GeneratedRegex(@"\ber\s+(?:nå\s+)?landsdekkende\b|\bfinnes\s+nå\s+(?:\w+\s+){1,5}?i\s+(?:hver|alle|samtlige)\b|\ber\s+(?:nå\s+)?en\s+(?:fast\s+)?del\s+av\s+(?:den\s+|det\s+|de\s+)?(?:faste|ordinære|permanente)\b|\b(?:er|ble)\s+(?:nå\s+)?(?:budsjettert|lagt\s+inn)\s+som\s+(?:en\s+)?fast\s+(?:post|bevilgning|ordning)\b", Opts)]
    private static partial Regex InPlaceEverywherePattern { get; }

    /// <summary>The pattern of <c>completion-fifth</c>.</summary>
    [GeneratedRegex(@"\b(?:(?:er|ble)\s+overført\s+til|satt\s+i\s+(?:produksjon|drift)|formalisert|sluttrapportert|frigitt|(?:ble|er)\s+rapportert\s+til\s+\w*departementet|kom\s+ut(?=\s+(?:i|på|den|\d))|ligger\s+(?:nå\s+)?ute)\b", Opts)]
    private static partial Regex CompletionFifthPattern { get; }

    /// <summary>The pattern of <c>expected-finished</c>.</summary>
    [GeneratedRegex(@"(?<!\b(?:[Ee]valuering|[Oo]ppfølging|[Ii]mplementering|[Ss]predning)\w*\s+(?:\w+\s+){0,6})\b(?:for)?ventes\s+(?:(?:nå|først)\s+)?(?:sluttført|ferdigstilt|fullført|avsluttet)\b|\b[Ff]erdigstillelse(?:n)?\s+(?:av\s+(?:\w+\s+){1,4}?)?(?:for)?ventes\b", Opts)]
    private static partial Regex ExpectedFinishedPattern { get; }

    /// <summary>The pattern of <c>running-now</c>.</summary>
    [GeneratedRegex(@"\b(?:[Ff]orsøk\w*|[Uu]tprøving\w*|[Pp]ilot\w*|[Pp]rosjekt\w*)\b[^.;:]{0,80}?\bløper\b|\bdrives\s+videre\b|\bunder\s+pilotering\b|\b(?:skjer|foregår)\s+(?:nå\s+)?løpende\b|\b(?:gjennomføres|utarbeides|utvikles|skrives|bygges|oversettes|kartlegges|fordeles|gjennomgås|bearbeides)\s+nå\b", Opts)]
    private static partial Regex RunningNowPattern { get; }

    /// <summary>The pattern of <c>carried-to-next-plan</c>.</summary>
    [GeneratedRegex(@"\bvidereføres\s+(?:\w+\s+){0,2}?i\s+(?:en\s+)?(?:ny|neste|kommende)\s+(?:handlings)?plan\w*", Opts)]
    private static partial Regex CarriedToNextPlanPattern { get; }

    /// <summary>The pattern of <c>scheduled-later</c>.</summary>
    [GeneratedRegex(@"\biverksettes\s+(?:fra|i|innen)\s+(?:\d{1,2}\.\s+)?(?:\w+\s+)?(?:19|20)\d\d\b|\btas\s+opp\s+(?:igjen\s+)?når\b", Opts)]
    private static partial Regex ScheduledLaterPattern { get; }

    /// <summary>The pattern of <c>no-work-or-resources</c>.</summary>
    [GeneratedRegex(@"\bikke\s+(?:(?:ennå|enda|foreløpig)\s+)?vært\s+gjort\s+(?:noe\s+)?arbeid\b|\bikke\s+(?:(?:ennå|enda|foreløpig)\s+)?(?:hatt|vært)\s+(?:\w+\s+)?ressurser\s+til\b", Opts)]
    private static partial Regex NoWorkOrResourcesPattern { get; }

    /// <summary>The pattern of <c>nothing-made-yet</c>.</summary>
    [GeneratedRegex(@"\b(?:ennå|enda|foreløpig)\s+ikke\s+(?:blitt\s+)?(?:laget|utarbeidet|utviklet|produsert)\s+(?:noe|noen)\b|\bikke\s+(?:blitt\s+)?gjort\s+noe(?:\s+konkret)?\s+(?:med|i)\b", Opts)]
    private static partial Regex NothingMadeYetPattern { get; }

    /// <summary>The pattern of <c>on-hold</c>.</summary>
    [GeneratedRegex(@"\b(?:[Tt]iltaket|[Aa]rbeidet|[Oo]ppdraget|[Pp]rosjektet)\s+står\s+(?:(?:foreløpig|fortsatt|inntil\s+videre)\s+)?på\s+vent\b|\b(?:er|ble|blir)\s+lagt\s+på\s+is\b|\bsatt\s+på\s+vent\b", Opts)]
    private static partial Regex OnHoldPattern { get; }

    /// <summary>The pattern of <c>could-not-be-done</c>.</summary>
    [GeneratedRegex(@"\bikke\s+(?:(?:ennå|enda|foreløpig)\s+)?latt\s+seg\s+(?:gjennomføre|realisere|iverksette|starte)\b", Opts)]
    private static partial Regex CouldNotBeDonePattern { get; }

    /// <summary>The pattern of <c>idea-stage</c>.</summary>
    [GeneratedRegex(@"\bpå\s+(?:et\s+)?(?:tidlig\s+)?(?:idé|ide|planleggings|skisse|utrednings)stadi(?:et|um)\b", Opts)]
    private static partial Regex IdeaStagePattern { get; }

    /// <summary>The pattern of <c>partly-done</c>.</summary>
    [GeneratedRegex(@"\bdelvis\s+(?:gjennomført|fullført|ferdigstilt|ferdig|på\s+plass|innført|etablert|implementert)\b|\bi\s+hovedsak\s+(?:på\s+plass|gjennomført|ferdig|etablert)\b|\blangt\s+på\s+vei\s+(?:gjennomført|fullført|ferdig|på\s+plass)\b|\bkommet\s+(?:et\s+)?(?:godt\s+|langt\s+)?stykke\s+på\s+vei\b|\bi\s+liten\s+grad\s+kommet\s+i\s+gang\b", Opts)]
    private static partial Regex PartlyDonePattern { get; }

    /// <summary>The pattern of <c>under-way-since</c>.</summary>
    [GeneratedRegex(@"\bhar\s+vært\s+i\s+gang\s+(?:siden|fra|i)\b|\b(?:er|står)\s+(?:nå\s+)?inne\s+i\s+(?:sin\s+|den\s+|en\s+)?(?:\w+\s+)?(?!(?:utrednings|planleggings|oppstarts|forprosjekt|idé))\w*(?:fase|runde)n?\b|\b(?:i|av)\s+stadig\s+flere\b", Opts)]
    private static partial Regex UnderWaySincePattern { get; }

    /// <summary>The pattern of <c>completion-directorate</c>.</summary>
    [GeneratedRegex(@"\b(?:så\s+dagens\s+lys|offentliggjort|offentliggjorde|har\s+vært\s+tilgjengelig\s+(?:siden|fra))\b", Opts)]
    private static partial Regex CompletionDirectoratePattern { get; }

    /// <summary>The pattern of <c>secured-permanently</c>.</summary>
    [GeneratedRegex(@"\b(?:er|ble)\s+(?:nå\s+)?sikret\s+(?:gjennom|med|ved)\s+(?:en\s+)?(?:fast|varig|permanent)\s+(?:bevilgning|finansiering|ordning)\b", Opts)]
    private static partial Regex SecuredPermanentlyPattern { get; }

    /// <summary>The pattern of <c>short-nothing-done</c>.</summary>
    [GeneratedRegex(@"\b(?:ingen|null)\s+(?:oppstart|aktivitet|fr[ae]mdrift)\b|\buten\s+fr[ae]mdrift\b|\bnedprioritert\b|\blagt\s+til\s+side\b", Opts)]
    private static partial Regex ShortNothingDonePattern { get; }

    /// <summary>The pattern of <c>short-under-way</c>.</summary>
    [GeneratedRegex(@"\brulles\s+(?:nå\s+)?ut\b|\butvides\s+(?:nå\s+)?(?:gradvis|trinnvis|stegvis)\b|\ber\s+(?:nå\s+)?midtveis\b", Opts)]
    private static partial Regex ShortUnderWayPattern { get; }

    /// <summary>The pattern of <c>completion-short</c>.</summary>
    [GeneratedRegex(@"\b(?:forelå|(?:ble|er)\s+tilbudt\s+(?:for\s+)?første\s+gang)\b", Opts)]
    private static partial Regex CompletionShortPattern { get; }

    /// <summary>The pattern of <c>in-use-everywhere</c>.</summary>
    [GeneratedRegex(@"\ber\s+(?:nå\s+)?i\s+bruk\s+(?:ved|i|på|hos)\s+(?:alle|samtlige)\b|\ber\s+(?:nå\s+)?(?:godt\s+)?kjent\s+(?:for|blant|ved|i|på)\s+(?:alle|samtlige)\b|\ber\s+(?:nå\s+)?obligatorisk\s+(?:fra|siden)\s+(?:19|20)\d\d\b", Opts)]
    private static partial Regex InUseEverywherePattern { get; }

    /// <summary>The pattern of <c>nn-not-followed-up</c>.</summary>
    [GeneratedRegex(@"\b(?:[Tt]iltaket|[Oo]ppdraget)\s+(?:er|vart|blei|har)\s+(?:(?:" + NotYet + @"|så\s+langt|hittil|framleis)\s+){0,2}ikkje\s+(?:vorte\s+|blitt\s+)?følg[dt]e?\s+opp\b", Opts)]
    private static partial Regex NnNotFollowedUpPattern { get; }

    /// <summary>The pattern of <c>nn-no-work</c>.</summary>
    [GeneratedRegex(@"\bikkje\s+(?:(?:enno|førebels|vore|blitt|vorte)\s+){0,2}(?:gjort\s+(?:noko\s+)?arbeid|(?:noka\s+)?aktivitet)\b|\b(?:inkje|ikkje\s+noko)\s+arbeid\s+(?:er|har)\s+(?:vorte\s+|blitt\s+)?" + StartVerb, Opts)]
    private static partial Regex NnNoWorkPattern { get; }

    /// <summary>The pattern of <c>nn-postponed</c>.</summary>
    [GeneratedRegex(@"\b(?:[Aa]rbeidet|[Tt]iltaket|[Oo]ppdraget|[Oo]ppstarten|[Ss]aka|[Pp]rosjektet)(?:\s+(?:med|av)\s+(?!(?:å\s+)?(?:oppfølging|implementering|spreiing|spredning|evaluering))[^,.;]{1,60}?)?\s+(?:" + Ble + @"|er)\s+(?:\w+\s+)?(?:utsett|lag[dt]\s+på\s+is|sett\s+på\s+vent|stilt\s+i\s+bero|ikkje\s+prioritert|nedprioritert)\b", Opts)]
    private static partial Regex NnPostponedPattern { get; }

    /// <summary>The pattern of <c>nn-being-planned</c>.</summary>
    [GeneratedRegex(@"\bunder\s+(?:utgreiing|planlegging)\b|\b(?:skal|vil)\s+(?:(?:\w+|i\s+\d{4})\s+){0,2}?greiast\s+ut\b|\b" + Blir + @"\s+(?:no\s+)?greidd\s+ut\b|\bi\s+ein\s+(?:tidleg\s+)?(?:utgreiings|planleggings|oppstarts)fase\b", Opts)]
    private static partial Regex NnBeingPlannedPattern { get; }

    /// <summary>The pattern of <c>nn-assignment</c>.</summary>
    [GeneratedRegex(@"\bfekk\s+(?:\w+\s+){0,2}?(?:i\s+)?(?:oppdrag|oppgåve)\w*\b|\b(?:te[kt]e|tatt|lag[dt])\s+inn\s+i\s+(?:\w+\s+)?\w*(?:tildelingsbrev|oppdragsbrev|oppdragsdokument)\w*", Opts)]
    private static partial Regex NnAssignmentPattern { get; }

    /// <summary>The pattern of <c>nn-assessment</c>.</summary>
    [GeneratedRegex(@"\b(?:vil|skal)\s+(?:(?:\w+|i\s+\d{4})\s+){0,2}?bli\s+vurdert\w*|\bvurderast\b|\bvert\s+(?:no\s+)?vurdert\w*", Opts)]
    private static partial Regex NnAssessmentPattern { get; }

    /// <summary>The pattern of <c>nn-planned-step</c>.</summary>
    [GeneratedRegex(@"\b(?:er|vart)\s+planlagd\b|\bplanlagd\s+(?:frå|i|til)\b|\bplanlegg\b|\btek\s+sikte\s+på\b|\bskal\s+(?:(?:etter\s+planen|no|først|deretter|òg)\s+)?(?:etablerast|utviklast|gjennomførast|lanserast|sendast|startast|utarbeidast|reviderast|publiserast|innførast|ferdigstillast)\b", Opts)]
    private static partial Regex NnPlannedStepPattern { get; }

    /// <summary>The pattern of <c>nn-began-planning</c>.</summary>
    [GeneratedRegex(@"\b(?:sett\s+i\s+gang|starta|byrja|påbyrja)\s+(?:(?:på|med)\s+)?(?:(?:eit|ein|ei)\s+)?(?:planlegging\w*|utgreiing\w*|førearbeid\w*|forprosjekt\w*|lovarbeid\w*|regelverksarbeid\w*)"
        + @"|\b(?:planlegginga|utgreiinga|førearbeidet|forprosjektet|lovarbeidet)\s+(?:er|har|vart)\s+(?:no\s+)?(?:starta|sett\s+i\s+gang|påbyrja)\b", Opts)]
    private static partial Regex NnBeganPlanningPattern { get; }

    /// <summary>The pattern of <c>nn-started</c>.</summary>
    [GeneratedRegex(@"\b(?:(?:har|er|vart|blei)\s+(?:no\s+|vorte\s+|blitt\s+)?)?(?:sett\s+i\s+gang|sett\s+i\s+verk|påbyrja)\b(?!\s+(?:med\s+)?(?:planlegging|utgreiing))|\b(?:har|er|vart|blei)\s+(?:no\s+)?(?:starta(?:\s+opp)?|byrja)\b(?!\s+(?:på\s+|med\s+)?(?:planlegging|utgreiing))", Opts)]
    private static partial Regex NnStartedPattern { get; }

    /// <summary>The pattern of <c>nn-ongoing</c>.</summary>
    [GeneratedRegex(@"\bheld\s+(?:no\s+)?på\s+(?:med|å)\b|\bgår\s+føre\s+seg\b|\ber\s+no\s+(?:godt\s+)?i\s+gang\b|\bi\s+ferd\s+med\b", Opts)]
    private static partial Regex NnOngoingPattern { get; }

    /// <summary>The pattern of <c>nn-work-continues</c>.</summary>
    [GeneratedRegex(@"(?<=\b(?:[Aa]rbeidet|[Ii]nnsatsen)(?:\s+med\s+(?!(?:å\s+)?(?:oppfølging|implementering|spreiing|evaluering))[^,.;:]{1,80}?)?\s+)(?:held\s+fram|heldt\s+fram|går\s+vidare|vert\s+vidareført)\b(?!\s+(?:\w+\s+){0,2}?i\s+(?:ein\s+)?(?:ny|neste)\s+(?:handlings)?plan)", Opts)]
    private static partial Regex NnWorkContinuesPattern { get; }

    /// <summary>The pattern of <c>nn-continues</c>.</summary>
    [GeneratedRegex(@"\bheld\s+fram\s+med\b|\bheldt\s+fram\s+med\b|\bvidarefører\b", Opts)]
    private static partial Regex NnContinuesPattern { get; }

    /// <summary>The pattern of <c>nn-consultation</c>.</summary>
    [GeneratedRegex(@"\b(?:har\s+vore|var|er|vart|har\s+vorte)\s+(?:\w+\s+){0,3}?(?:på|ute\s+på)\s+høyring\b|\bhøyringsrunde\w*\b|\bhøyringsinnspel\w*\b", Opts)]
    private static partial Regex NnConsultationPattern { get; }

    /// <summary>The pattern of <c>nn-working-on</c>.</summary>
    [GeneratedRegex(@"\b(?:jobbar|jobber|arbeider)\s+(?:no\s+|framleis\s+|vidare\s+|aktivt\s+)(?:med|for)\b|\b(?:vert|blir)\s+(?:det\s+)?(?:no\s+)?arbeidd\s+(?:med|for)\b|\barbeidast\s+(?:det\s+)?(?:no\s+)?(?:med|for)\b", Opts)]
    private static partial Regex NnWorkingOnPattern { get; }

    /// <summary>The pattern of <c>nn-doing-now</c>.</summary>
    [GeneratedRegex(@"\b(?:byggjer|bygger|utviklar|lagar|utarbeider|skriv|reviderer|oppdaterer|analyserer|testar|tester|kartlegg|evaluerer|prøver|prøvar)\s+" + Now + @"\b", Opts)]
    private static partial Regex NnDoingNowPattern { get; }

    /// <summary>The pattern of <c>nn-still-growing</c>.</summary>
    [GeneratedRegex(@"\b(?:aukar|veks|vert\s+utvida|vert\s+spreidd|vert\s+bygd\s+ut)\s+(?:framleis|stadig|vidare|jamt)\b|\bframleis\s+(?:aukande|veksande)\b", Opts)]
    private static partial Regex NnStillGrowingPattern { get; }

    /// <summary>The pattern of <c>nn-courses-held</c>.</summary>
    [GeneratedRegex(@"\b" + Blir + @"\s+(?:(?:no|framleis|jamleg|løpande)\s+)?(?:halde|haldne|arrangert)\s+(?:\w+\s+)?(?:kurs|seminar\w*|samling\w*|webinar\w*|opplæring\w*)\b|\b(?:held|arrangerer)\s+(?:(?:framleis|no|jamleg|årleg)\s+)?(?:\w+\s+)?(?:kurs|seminar\w*|samling\w*|webinar\w*)\b", Opts)]
    private static partial Regex NnCoursesHeldPattern { get; }

    /// <summary>The pattern of <c>nn-present-activity</c>.</summary>
    [GeneratedRegex(@"\b(?:byggjer\s+(?:ut|opp)|utviklar|deltek|prøvar\s+ut|kartlegg|går\s+gjennom|" + Blir + @"\s+(?:utvikla|etablert|oppdatert|revidert|innført|bygd\s+(?:ut|opp)|prøvd\s+ut|følgd\s+opp|følgde\s+opp))\b", Opts)]
    private static partial Regex NnPresentActivityPattern { get; }

    /// <summary>The pattern of <c>nn-completion</c>.</summary>
    [GeneratedRegex(@"\b(?:oppretta|utarbeidd[e]?|vedteke[n]?|vedtekne|gav\s+ut|gjeve\s+ut|(?<=\b(?:er|vart|blei|vorte|blitt)\s+(?:no\s+)?)gitt\s+ut|utgjeve|te[kt]ne?\s+i\s+bruk|teke\s+\w*\s*i\s+bruk|tok\s+til\s+å\s+gjelde|har\s+teke\s+til\s+å\s+gjelde|har\s+vore\s+i\s+(?:fast\s+)?(?:bruk|drift)|vidareført|styrkt|styrkte|avslutta|(?<=\b(?:er|vart|blei|vorte|blitt)\s+(?:no\s+)?)(?:utvikla|laga|omsett|kartlagd|kartlagt))\b", Opts)]
    private static partial Regex NnCompletionPattern { get; }

    /// <summary>The pattern of <c>nn-declared-done</c>.</summary>
    [GeneratedRegex(@"\b(?:Tiltaket|Oppdraget)\s+(?:(?:vert|blir)\s+)?(?:rekna|sett\s+på|vurdert)\s+som\s+(?:gjennomført|fullført|avslutta|ferdigstilt|oppfylt|ferdig)\b|\b(?:Tiltaket|Oppdraget)\s+er\s+(?:no\s+|dermed\s+|difor\s+)?(?:gjennomført|fullført|ferdigstilt|avslutta|oppfylt)\b", Opts)]
    private static partial Regex NnDeclaredDonePattern { get; }

    /// <summary>The pattern of <c>nn-on-hold</c>.</summary>
    [GeneratedRegex(@"\b(?:[Tt]iltaket|[Aa]rbeidet|[Oo]ppdraget|[Pp]rosjektet|[Ss]aka)\s+(?:står|ligg)\s+(?:(?:førebels|framleis|inntil\s+vidare)\s+)?på\s+vent\b|\bikkje\s+(?:vorte\s+|blitt\s+)?gjennomført\s+i\s+(?:plan)?perioden\b", Opts)]
    private static partial Regex NnOnHoldPattern { get; }

    /// <summary>The pattern of <c>nn-under-way</c>.</summary>
    [GeneratedRegex(@"\b(?:er|har)\s+(?:no\s+)?kom(?:e|en|i)\s+(?:godt\s+)?i\s+gang\b|\bgår\s+no\s+for\s+fullt\b|\b(?:vert|blir)\s+(?:no\s+)?(?:gradvis\s+)?teke\s+i\s+bruk\b|\btestast\s+(?:no\s+)?ut\b|\bprøvast\s+(?:no\s+)?ut\b|\b(?:har\s+)?stoppa\s+opp\b", Opts)]
    private static partial Regex NnUnderWayPattern { get; }

    /// <summary>The pattern of <c>nn-awaiting-preparing</c>.</summary>
    [GeneratedRegex(@"\bavventar\b|\bventar\s+på\b|\bførebu(?:r|ast|dd|dde)\b|\bunder\s+førebuing\b", Opts)]
    private static partial Regex NnAwaitingPreparingPattern { get; }

    /// <summary>The pattern of <c>nn-completion-state</c>.</summary>
    [GeneratedRegex(@"\b(?:ligg|låg)\s+(?:no\s+)?føre\b(?!\s+(?:\w+\s+)?(?:ingen|ikkje|inkje)\b)|\bsett\s+i\s+(?:produksjon|drift)\b|\btrådde\s+i\s+kraft\b|\bhar\s+tredd\s+i\s+kraft\b|\bvart\s+(?:no\s+)?(?:ferdig|klar|tilgjengeleg)\b|\ber\s+(?:no\s+)?tilgjengeleg\b", Opts)]
    private static partial Regex NnCompletionStatePattern { get; }

    /// <summary>The pattern of <c>nn-funding</c>.</summary>
    [GeneratedRegex(@"\b(?:sett\s+av|set\s+av|løyv(?:d|de|t|a|er)|øyremerkt)\b", Opts)]
    private static partial Regex NnFundingPattern { get; }

    /// <summary>The pattern of <c>table-not-taken-up</c>.</summary>
    [GeneratedRegex(@"^\s*(?:ikke|ennå\s+ikke)\s+(?:\w+\s+)?prioritert\b|^\s*utsatt\b|\butsatt\s+(?:på\s+ubestemt\s+tid|inntil\s+videre)\b", Opts)]
    private static partial Regex TableNotTakenUpPattern { get; }

    /// <summary>The pattern of <c>table-no-work-started</c>.</summary>
    [GeneratedRegex(@"\b(?:ingen|intet|ikke\s+noe)\s+arbeid\s+(?:\w+\s+)?(?:startet|påbegynt|igangsatt|begynt)\b", Opts)]
    private static partial Regex TableNoWorkStartedPattern { get; }

    /// <summary>The pattern of <c>table-under-way</c>.</summary>
    [GeneratedRegex(@"\bnærmer\s+seg\s+(?:slutten|ferdigstilling\w*|avslutning\w*|målet)\b|\bunder\s+(?:analyse|bearbeiding)\b|\btestes\s+(?:nå\s+)?(?:ut\s+)?(?:ved|i|på|hos)\s+(?:to|tre|fire|fem|seks|sju|syv|åtte|ni|ti|flere|\d{1,3})\s|\b(?:kjøres|drives)\s+(?:nå\s+)?(?:i|ved|på)\s+(?:to|tre|fire|fem|seks|sju|syv|åtte|ni|ti|flere|\d{1,3})\s|\b(?:sendes|tilbys|legges\s+ut|publiseres|gjennomføres)\s+(?:\w+\s+){0,3}?fortløpende\b", Opts)]
    private static partial Regex TableUnderWayPattern { get; }

    /// <summary>The pattern of <c>table-ordinary-operation</c>.</summary>
    [GeneratedRegex(@"\b(?:videreføres|driftes|går)\s+(?:nå\s+)?(?:videre\s+)?(?:i|som)\s+(?:ordinær|fast|permanent|varig)\s+drift\b|\ber\s+(?:nå\s+)?(?:en\s+)?(?:del\s+av\s+)?(?:i\s+)?ordinær\s+drift\b", Opts)]
    private static partial Regex TableOrdinaryOperationPattern { get; }

    /// <summary>The pattern of <c>completion-table</c>.</summary>
    [GeneratedRegex(@"^\s*(?:avklart|avtalt)\b|(?<!\b(?:til|når|før|inntil|dersom|hvis|om|etter\s+at)\s+(?:\S+\s+){0,6})(?<=\b(?:er|ble|blitt)\s+(?:nå\s+)?)(?:avklart|avtalt)\b|\b(?:hevet|oppjustert)(?=\s+med\b)|\bbrukt\s+som\s+(?:grunnlag|utgangspunkt)\b", Opts)]
    private static partial Regex CompletionTablePattern { get; }

    /// <summary>The pattern of <c>table-assigned</c>.</summary>
    [GeneratedRegex(@"\b[Oo]ppdrag(?:et)?\s+(?:er\s+|ble\s+)?gitt\s+(?:til|i)\b|\b(?:er|ble)\s+(?:nå\s+)?bestilt\b|\b(?:er|ble|blitt)\s+(?:nå\s+)?bedt\s+om\s+å\b|^\s*[Pp]lanlagt\s+(?:som|for)\b", Opts)]
    private static partial Regex TableAssignedPattern { get; }

    /// <summary>The pattern of <c>final-never-begun</c>.</summary>
    [GeneratedRegex(@"\b(?:ble|er|har|var)\s+(?:\S+\s+){0,5}?aldri\s+(?:blitt\s+|vært\s+)?(?:startet|påbegynt|begynt|igangsatt|satt\s+i\s+gang|utredet|fulgt\s+opp|tatt\s+opp)\b|\bikke\s+(?:blitt\s+)?tatt\s+(?:noen|et\s+eneste|de\s+første)\s+skritt\b|\b(?:er|ble|har)\s+(?:\S+\s+){0,3}?ikke\s+(?:blitt\s+)?innledet\b", Opts)]
    private static partial Regex FinalNeverBegunPattern { get; }

    /// <summary>The pattern of <c>final-not-taken-up</c>.</summary>
    [GeneratedRegex(@"\bikke\s+(?:blitt\s+)?funnet\s+rom\s+for\b|\bhar\s+ikke\s+vært\s+(?:vurdert|utredet|drøftet|behandlet)\s+(?:i\s+(?:plan)?perioden|så\s+langt|hittil)\b", Opts)]
    private static partial Regex FinalNotTakenUpPattern { get; }

    /// <summary>The pattern of <c>final-target-reached</c>.</summary>
    [GeneratedRegex(@"\bmålet\s+(?:for\s+\S+\s+)?(?:er|ble)\s+(?:nå\s+)?(?:nådd|oppnådd|innfridd)\b|\banser\s+målet\s+som\s+(?:nådd|oppnådd|innfridd)\b", Opts)]
    private static partial Regex FinalTargetReachedPattern { get; }

    /// <summary>The pattern of <c>final-standing-practice</c>.</summary>
    [GeneratedRegex(@"\b(?:har\s+vært\s+|er\s+(?:nå\s+)?(?:blitt\s+)?)(?:fast|etablert)\s+praksis\b|\ber\s+(?:nå\s+)?blitt\s+(?:en\s+)?fast\s+del\s+av\b|\ber\s+(?:nå\s+)?(?:innarbeidet|innlemmet|bygd\s+inn)\s+i\s+(?:\S+\s+){0,3}?(?:faste|ordinære|varige)\b|\ber\s+(?:nå\s+)?i\s+(?:daglig|ordinær|fast)\s+bruk\b", Opts)]
    private static partial Regex FinalStandingPracticePattern { get; }

    /// <summary>The pattern of <c>completion-final</c>.</summary>
    [GeneratedRegex(@"(?<=\b(?:er|ble|blitt)\s+(?:nå\s+)?)(?:gitt\s+ut|fornyet|nedfelt)\b|\bmunnet\s+ut\s+i\b|\bendte\s+(?:opp\s+)?med\s+(?:en|et|ei)\s+(?:\S+\s+)?(?:rapport|avsnitt|kapittel|anbefaling|veileder)\b|\bvar\s+(?:ferdig|klart?|klare)\s+(?:i|fra|høsten|våren|sommeren|vinteren)\s|\bkom\s+(?:i|høsten|våren|sommeren|vinteren)\s+(?:19|20)\d{2}\b|\bhar\s+vært\s+(?:styrende|gjeldende|retningsgivende)\s+(?:\S+\s+){0,3}?siden\b", Opts)]
    private static partial Regex CompletionFinalPattern { get; }

    /// <summary>The pattern of <c>final-still-under-way</c>.</summary>
    [GeneratedRegex(@"\b[a-zæøå]{3,}es\s+(?:nå\s+)?(?:fortsatt|fremdeles|stadig)\b|\bfår\s+(?:nå\s+)?(?:fortsatt|fremdeles|stadig)\s+(?:støtte|veiledning|hjelp|oppfølging|opplæring)\b|\ber\s+(?:nå\s+)?underveis\b|\bholder\s+fram\b|\bunder\s+testing\b|\bpå\s+testrunde\b|\bnå\s+(?:\S+\s+){0,4}?(?:fra|ved|i|hos)\s+(?:to|tre|fire|fem|seks|sju|syv|åtte|ni|ti|elleve|tolv|\d{1,3})\s+av\s+(?:to|tre|fire|fem|seks|sju|syv|åtte|ni|ti|elleve|tolv|\d{1,3})\b", Opts)]
    private static partial Regex FinalStillUnderWayPattern { get; }

    /// <summary>The pattern of <c>final-with-the-maker</c>.</summary>
    [GeneratedRegex(@"\ber\s+(?:nå\s+)?hos\s+(?:oversetter(?:en|ne)?|trykkeriet|leverandøren)\b", Opts)]
    private static partial Regex FinalWithTheMakerPattern { get; }

    /// <summary>The pattern of <c>final-sent-for-assessment</c>.</summary>
    [GeneratedRegex(@"\b(?:er|ble|blitt)\s+(?:nå\s+)?(?:sendt|oversendt)\s+(?:\S+\s+){0,6}?for\s+(?:vurdering|uttalelse|innspill)\b", Opts)]
    private static partial Regex FinalSentForAssessmentPattern { get; }

    /// <summary>The pattern of <c>final-everyone-has</c>.</summary>
    [GeneratedRegex(@"\b(?:alle|samtlige)\s+(?:\w+\s+){0,2}?har\s+(?:nå|fra\s+(?:19|20)\d{2}|siden\s+(?:19|20)\d{2})\s+(?!(?:fått|startet|begynt|påbegynt|meldt|søkt|blitt|vært)\b)\w+", Opts)]
    private static partial Regex FinalEveryoneHasPattern { get; }

    /// <summary>The pattern of <c>has-continued</c>.</summary>
    [GeneratedRegex(@"\bhar\s+fortsatt\s+(?:i|gjennom|utover)\s+(?:hele\s+|første\s+|andre\s+|siste\s+)?(?:\w+\s+)?(?:halvår|halvåret|året|perioden|våren|høsten|(?:19|20)\d\d)\b|\bhar\s+fortsatt\s+som\s+planlagt\b", Opts)]
    private static partial Regex HasContinuedPattern { get; }

    /// <summary>The pattern of <c>operative</c>.</summary>
    [GeneratedRegex(@"\b(?:har\s+vært|er|ble)\s+(?:\w+\s+)?operativ[et]?\s+(?:siden|fra)\s+(?:\w+\s+)?(?:19|20)\d\d\b", Opts)]
    private static partial Regex OperativePattern { get; }

    /// <summary>The pattern of <c>midway-verdict</c>.</summary>
    [GeneratedRegex(@"\b(?:er|ligger)\s+(?:nå\s+)?(?:omtrent\s+|om\s+lag\s+|cirka\s+|rundt\s+)?(?:midtveis|halvveis)\b(?!\s+(?:gjennomført|ferdig|utrullet|fullført|i\s+(?:plan)?perioden)\b)", Opts)]
    private static partial Regex MidwayVerdictPattern { get; }

    /// <summary>The pattern of <c>handed-over</c>.</summary>
    [GeneratedRegex(@"\b(?:ble|er|har\s+blitt|er\s+blitt)\s+(?:\w+\s+)?overrakt\b|\boverrakte\b", Opts)]
    private static partial Regex HandedOverPattern { get; }

    /// <summary>The pattern of <c>released</c>.</summary>
    [GeneratedRegex(@"\bslapp\b(?!\s+(?:unna|fri|opp|inn|løs|ut\s+av|taket|tak)\b)|\b(?:ble|er|har\s+blitt|er\s+blitt)\s+(?:\w+\s+)?sluppet\b(?!\s+(?:unna|fri|løs|inn|opp)\b)", Opts)]
    private static partial Regex ReleasedPattern { get; }

    /// <summary>The pattern of <c>in-trial</c>.</summary>
    [GeneratedRegex(@"\butprøves\b|\bunder\s+(?:testing|utprøving)\b", Opts)]
    private static partial Regex InTrialPattern { get; }

    /// <summary>The pattern of <c>going-its-way</c>.</summary>
    [GeneratedRegex(@"\bgår\s+sin\s+gang\b", Opts)]
    private static partial Regex GoingItsWayPattern { get; }

    /// <summary>The pattern of <c>meetings-held</c>.</summary>
    [GeneratedRegex(@"\bhar\s+(?:så\s+langt\s+|til\s+nå\s+|hittil\s+)?hatt\s+(?:\w+\s+){0,2}?(?:samlinger|møter|seminarer|webinarer|fagdager)\b", Opts)]
    private static partial Regex MeetingsHeldPattern { get; }

    /// <summary>The pattern of <c>not-set-in-motion</c>.</summary>
    [GeneratedRegex(@"\b(?:ennå\s+|foreløpig\s+)?ikke\s+(?:(?:ennå|enda|foreløpig|blitt)\s+){0,2}satt\s+i\s+verk\b", Opts)]
    private static partial Regex NotSetInMotionPattern { get; }

    /// <summary>The pattern of <c>never-started</c>.</summary>
    [GeneratedRegex(@"\b(?:er|har)\s+aldri\s+(?:blitt\s+)?" + StartVerb + @"\b", Opts)]
    private static partial Regex NeverStartedPattern { get; }

    /// <summary>The pattern of <c>not-taken-up</c>.</summary>
    [GeneratedRegex(@"\bikke\s+(?:(?:ennå|enda|foreløpig|blitt)\s+){0,2}tatt\s+opp\s+til\s+(?:vurdering|behandling|drøfting)\b", Opts)]
    private static partial Regex NotTakenUpPattern { get; }

    /// <summary>The pattern of <c>none-begun</c>.</summary>
    [GeneratedRegex(@"\b(?:ingen|intet)\s+(?!tvil\b)[^,.;:]{1,80}?\s+(?:er|har)\s+(?:(?:ennå|enda|foreløpig|så\s+langt|hittil|blitt)\s+)?(?:begynt|startet|påbegynt|kommet\s+i\s+gang|satt\s+i\s+gang|igangsatt)\b", Opts)]
    private static partial Regex NoneBegunPattern { get; }

    /// <summary>The pattern of <c>present-activity-wp</c>.</summary>
    [GeneratedRegex(@"\b(?:tester(?=\s+(?:en|et|ei|nå|ut|hvordan|om|nye|ulike|den|det|de)\b)|utvider|rekrutterer|ansetter|utprøver)\b", Opts)]
    private static partial Regex PresentActivityWpPattern { get; }

    /// <summary>The pattern of <c>starting-up</c>.</summary>
    [GeneratedRegex(@"\ber\s+(?:nå\s+)?i\s+oppstart\b", Opts)]
    private static partial Regex StartingUpPattern { get; }

    /// <summary>The pattern of <c>wound-up</c>.</summary>
    [GeneratedRegex(@"\b(?:er|ble|har\s+blitt)\s+(?:nå\s+)?(?:avrundet|rundet\s+av)\b", Opts)]
    private static partial Regex WoundUpPattern { get; }

    /// <summary>The pattern of <c>exists-everywhere</c>.</summary>
    [GeneratedRegex(@"\bDet\s+er\s+nå\s+[^,.;:]{1,80}?\s+i\s+(?:alle|samtlige)\s+(?:\w+\s+){0,2}?(?:helseregioner|regioner|fylker|kommuner|helseforetak|landsdeler)\b", Opts)]
    private static partial Regex ExistsEverywherePattern { get; }

    /// <summary>The pattern of <c>got-increase</c>.</summary>
    [GeneratedRegex(@"\bfikk\s+(?:et\s+påslag|en\s+økning|et\s+tillegg|en\s+styrking|et\s+løft)\s+på\b", Opts)]
    private static partial Regex GotIncreasePattern { get; }

    /// <summary>The pattern of <c>declared-done-thus</c>.</summary>
    [GeneratedRegex(@"\b(?:Tiltaket|Oppdraget)\s+(?:regnes|anses|betraktes)\s+(?:dermed|derfor|altså|med\s+dette|følgelig)\s+som\s+(?:gjennomført|fullført|avsluttet|ferdigstilt|oppfylt|levert|ferdig)\b", Opts)]
    private static partial Regex DeclaredDoneThusPattern { get; }

    /// <summary>The pattern of <c>start-scheduled</c>.</summary>
    [GeneratedRegex(@"\bmed\s+oppstart\s+(?:etter\s+(?:sommeren|nyttår|jul|påske)|høsten|våren|i\s+(?:løpet\s+av\s+)?(?:19|20)\d\d)\b", Opts)]
    private static partial Regex StartScheduledPattern { get; }

    /// <summary>The pattern of <c>to-be-specified</c>.</summary>
    [GeneratedRegex(@"\bvil\s+bli\s+(?:nærmere\s+)?(?:konkretisert|avklart|utformet|fastsatt|drøftet)\b", Opts)]
    private static partial Regex ToBeSpecifiedPattern { get; }

    /// <summary>The pattern of <c>set-up-for</c>.</summary>
    [GeneratedRegex(@"\ber\s+satt\s+opp\s+(?:til|i|for)\s+(?:\w+\s+)?(?:(?:19|20)\d\d|januar|februar|mars|april|mai|juni|juli|august|september|oktober|november|desember|våren|høsten)\b", Opts)]
    private static partial Regex SetUpForPattern { get; }

    /// <summary>The pattern of <c>to-be-discussed</c>.</summary>
    [GeneratedRegex(@"\bskal\s+(?:\w+\s+)?(?:drøftes|diskuteres|behandles)\b", Opts)]
    private static partial Regex ToBeDiscussedPattern { get; }

    /// <summary>The pattern of <c>for-the-time-being</c>.</summary>
    [GeneratedRegex(@"\b\p{L}{3,}er\s+for\s+tiden\b(?!\s+(?:ikke|ingen|på\s+vent)\b)", Opts)]
    private static partial Regex ForTheTimeBeingPattern { get; }

    /// <summary>The pattern of <c>continuously</c>.</summary>
    [GeneratedRegex(@"\b(?:tas|legges|holdes|tilbys|gjennomføres|arrangeres)\s+(?:[^,;:!?]{1,60}?\s+)?fortløpende\b", Opts)]
    private static partial Regex ContinuouslyPattern { get; }

    /// <summary>The pattern of <c>measure-transferred</c>.</summary>
    [GeneratedRegex(@"\b(?:Tiltaket|Oppdraget)\s+(?:er|ble|har\s+blitt)\s+(?:nå\s+)?(?:overført|flyttet)\s+til\s+(?:arbeidet\s+med|det\s+videre\s+arbeidet|en\s+ny|den\s+nye|det\s+nye)\b", Opts)]
    private static partial Regex MeasureTransferredPattern { get; }

    /// <summary>The pattern of <c>got-content</c>.</summary>
    [GeneratedRegex(@"\bfikk\s+(?:et\s+eget|en\s+egen|et\s+nytt|en\s+ny)\s+(?:kapittel|avsnitt|omtale|del)\b", Opts)]
    private static partial Regex GotContentPattern { get; }

    /// <summary>The pattern of <c>available-since</c>.</summary>
    [GeneratedRegex(@"\bhar\s+vært\s+tilgjengelig(?:e)?\s+(?:[^.;:!?]{1,40}?\s+)?siden\s+(?:19|20)\d\d\b", Opts)]
    private static partial Regex AvailableSincePattern { get; }

    /// <summary>The pattern of <c>in-its-nth-year</c>.</summary>
    [GeneratedRegex(@"\ber\s+(?:nå\s+)?inne\s+i\s+(?:sitt|sin|sitt\s+første|sin\s+første)?\s*(?:andre|tredje|fjerde|femte|siste)\s+(?:år|fase|runde|periode|driftsår)\b", Opts)]
    private static partial Regex InItsNthYearPattern { get; }

    /// <summary>The pattern of <c>works-as-permanent</c>.</summary>
    [GeneratedRegex(@"\bfungerer\s+(?:nå\s+)?som\s+(?:en\s+|et\s+)?(?:fast|faste|permanent|permanente|varig|varige)\s+(?:ordning|ordninger|tilbud|tjeneste|tjenester|organ)\b", Opts)]
    private static partial Regex WorksAsPermanentPattern { get; }

    /// <summary>The pattern of <c>being-spread</c>.</summary>
    [GeneratedRegex(@"\bspres\s+(?:nå\s+)?(?:gjennom|via|til|blant)\b", Opts)]
    private static partial Regex BeingSpreadPattern { get; }

    /// <summary>The pattern of <c>came-out-in</c>.</summary>
    [GeneratedRegex(@"\b(?:rundskrivet|veilederen|rapporten|strategien|retningslinjen|forskriften|meldingen|planen|materiellet)\s+(?:[^.;:!?]{1,60}?\s+)?kom\s+(?:ut\s+)?i\s+(?:januar|februar|mars|april|mai|juni|juli|august|september|oktober|november|desember|(?:19|20)\d\d)\b", Opts)]
    private static partial Regex CameOutInPattern { get; }

    /// <summary>The pattern of <c>none-out-of-the-blocks</c>.</summary>
    [GeneratedRegex(@"\bingen\s+av\s+(?:de\s+|disse\s+)?(?:\w+\s+)?(?:tiltakene|dem|delene)\s+(?:har|er)\s+(?:ennå\s+|foreløpig\s+)?(?:kommet\s+(?:ut\s+av\s+startblokkene|i\s+gang)|blitt\s+(?:påbegynt|startet))|\bikke\s+(?:kommet\s+)?ut\s+av\s+startblokkene\b", Opts)]
    private static partial Regex NoneOutOfTheBlocksPattern { get; }

    /// <summary>The pattern of <c>being-rewritten</c>.</summary>
    [GeneratedRegex(@"\b(?:skrives|arbeides|gjøres)\s+om\b(?!\s+(?:til|i\s+\d))", Opts)]
    private static partial Regex BeingRewrittenPattern { get; }

    /// <summary>The pattern of <c>being-built-further</c>.</summary>
    [GeneratedRegex(@"\bbygges\s+(?:videre|gradvis|stadig|fortsatt)\s+ut\b", Opts)]
    private static partial Regex BeingBuiltFurtherPattern { get; }

    /// <summary>The pattern of <c>was-posted</c>.</summary>
    [GeneratedRegex(@"\bble\s+lagt\s+ut\b", Opts)]
    private static partial Regex WasPostedPattern { get; }

    /// <summary>The pattern of <c>not-had-time</c>.</summary>
    [GeneratedRegex(@"\bikke\s+(?:\w+\s+)?rukket\s+å\s+(?:begynne|starte|komme\s+i\s+gang|ta\s+fatt)\b", Opts)]
    private static partial Regex NotHadTimePattern { get; }

    /// <summary>The pattern of <c>has-got-content</c>.</summary>
    [GeneratedRegex(@"\bhar\s+fått\s+(?:et\s+eget|en\s+egen|et\s+nytt|en\s+ny|et|en)\s+(?:kapittel|avsnitt|omtale|del)\s+om\b", Opts)]
    private static partial Regex HasGotContentPattern { get; }

    /// <summary>The pattern of <c>receives-guidance</c>.</summary>
    [GeneratedRegex(@"\bfår\s+(?:nå\s+)?(?:veiledning|opplæring|kurs|bistand|råd)\b", Opts)]
    private static partial Regex ReceivesGuidancePattern { get; }

    /// <summary>The pattern of <c>reviewing-now</c>.</summary>
    [GeneratedRegex(@"\b(?:gjennomgår|kartlegger|reviderer|skriver|utarbeider|oppdaterer)\s+nå\b", Opts)]
    private static partial Regex ReviewingNowPattern { get; }

    /// <summary>The pattern of <c>being-followed-up-now</c>.</summary>
    [GeneratedRegex(@"\bblir\s+(?:nå\s+)?fulgt\s+opp\b", Opts)]
    private static partial Regex BeingFollowedUpNowPattern { get; }

    /// <summary>The pattern of <c>being-scaled-up</c>.</summary>
    [GeneratedRegex(@"\bunder\s+(?:oppskalering|opptrapping|utvidelse|utbygging)\b", Opts)]
    private static partial Regex BeingScaledUpPattern { get; }

    /// <summary>The pattern of <c>being-adapted-now</c>.</summary>
    [GeneratedRegex(@"\b(?:tilpasses|oversettes|bearbeides)\s+nå\b", Opts)]
    private static partial Regex BeingAdaptedNowPattern { get; }

    /// <summary>The pattern of <c>being-ordered</c>.</summary>
    [GeneratedRegex(@"\bunder\s+bestilling\b", Opts)]
    private static partial Regex BeingOrderedPattern { get; }

    /// <summary>The pattern of <c>entered-in-portfolio</c>.</summary>
    [GeneratedRegex(@"\ber\s+lagt\s+inn\s+i\s+(?:\w+\s+)?(?:oppdragsportefølje|oppdragsporteføljen|tildelingsbrevet|oppdragsbrevet|oppdragsdokumentet|budsjettet)\b", Opts)]
    private static partial Regex EnteredInPortfolioPattern { get; }

    /// <summary>The pattern of <c>got-in-letter</c>.</summary>
    [GeneratedRegex(@"\bhar\s+fått\s+(?:[^.;:!?]{1,50}?\s+)?i\s+(?:tildelingsbrevet|oppdragsbrevet|oppdragsdokumentet)\b", Opts)]
    private static partial Regex GotInLetterPattern { get; }

    /// <summary>The pattern of <c>on-the-agenda</c>.</summary>
    [GeneratedRegex(@"\ber\s+(?:satt|tatt)\s+(?:opp\s+)?på\s+(?:dagsordenen|agendaen)\b", Opts)]
    private static partial Regex OnTheAgendaPattern { get; }

    /// <summary>The pattern of <c>prepared</c>.</summary>
    [GeneratedRegex(@"\ber\s+forberedt\b(?!\s+(?:på|for)\b)", Opts)]
    private static partial Regex PreparedPattern { get; }

    /// <summary>The pattern of <c>to-be-designed</c>.</summary>
    [GeneratedRegex(@"\bskal\s+utformes\b", Opts)]
    private static partial Regex ToBeDesignedPattern { get; }

    /// <summary>The pattern of <c>admin-start-not-possible</c>.</summary>
    [GeneratedRegex(@"\b" + Ikke + @"\b[^.;:]{0,80}?\b(?:vært\s+(?:mulig|rom\s+for|anledning\s+til|kapasitet\s+til)|vore\s+(?:mogleg|rom\s+for)|funnet\s+(?:det\s+)?(?:hensiktsmessig|riktig|formålstjenlig|forsvarlig|mulig|rom\s+for)|lyktes\s+med)\s+å\s+(?:prioritere\s+)?(?:oppstart|starte|påbegynne|igangsette|begynne|iverksette|sette\s+i\s+gang|ta\s+fatt)", Opts)]
    private static partial Regex AdminStartNotPossiblePattern { get; }

    /// <summary>The pattern of <c>admin-no-work-came-about</c>.</summary>
    [GeneratedRegex(@"\b(?:arbeid|aktivitet|oppstart)\w*\b[^.;:]{0,60}?\b" + Ikke + @"\s+(?:kommet|kome|blitt)\s+i\s+stand\b", Opts)]
    private static partial Regex AdminNoWorkCameAboutPattern { get; }

    /// <summary>The pattern of <c>admin-started</c>.</summary>
    [GeneratedRegex(@"\b(?:er|ble|har\s+blitt|er\s+blitt)\s+(?:nå\s+)?(?:innledet|iverksatt|satt\s+i\s+verk)\b", Opts)]
    private static partial Regex AdminStartedPattern { get; }

    /// <summary>The pattern of <c>admin-start-took-place</c>.</summary>
    [GeneratedRegex(@"\b(?:oppstart|igangsetting|iverksetting)(?:en)?\s+av\b[^.;:]{0,100}?\b(?:fant\s+sted|skjedde)\b", Opts)]
    private static partial Regex AdminStartTookPlacePattern { get; }

    /// <summary>The pattern of <c>admin-execution-phase</c>.</summary>
    [GeneratedRegex(@"\bi\s+(?:sin\s+|en\s+|den\s+)?(?:avsluttende|tidlig|innledende)\s+fase\b|\bi\s+(?:gjennomførings|implementerings|utprøvings)fasen\b", Opts)]
    private static partial Regex AdminExecutionPhasePattern { get; }

    /// <summary>The pattern of <c>admin-preparatory-phase</c>.</summary>
    [GeneratedRegex(@"\bi\s+(?:en\s+|sin\s+)?forberedende\s+fase\b(?<!\b(?:øvrige|resterende|gjenværende)\b[^.;:,]{0,60}\bi\s+(?:en\s+|sin\s+)?forberedende\s+fase)", Opts)]
    private static partial Regex AdminPreparatoryPhasePattern { get; }

    /// <summary>The pattern of <c>admin-under</c>.</summary>
    [GeneratedRegex(@"\bunder\s+(?:utforming|prosjektering|utvidelse|sluttføring|ferdigstillelse|bearbeiding|bearbeidelse|omarbeiding|omarbeidelse|kvalitetssikring|videreutvikling|utbygging|innfasing|utrulling)\b(?<!\b(?:mandat|prosjektplan|plan|anbud|utlysning)(?:et|en|er|ene)?\b[^.;:,]{0,80}\bunder\s+\w+)|\b(?:er|ligger)\s+(?:nå\s+)?til\s+(?:faglig\s+|intern\s+|juridisk\s+)?kvalitetssikring\b", Opts)]
    private static partial Regex AdminUnderPattern { get; }

    /// <summary>The pattern of <c>admin-taking-place</c>.</summary>
    [GeneratedRegex(@"\b(?:skjer|foregår|finner\s+sted)\s+(?:nå\s+|for\s+tiden\s+)?(?:løpende|fortløpende|kontinuerlig|jevnlig|gjennom|i\s+regi\s+av|i\s+(?:nært\s+|tett\s+)?samarbeid\s+med|i\s+(?:\w+\s+)?(?:pilotkommuner|kommuner|fylker|regioner|helseforetak))\b|\b\p{L}{3,}(?<!\butred|\bvurder|\bplanlegg|\bforbered)es\s+for\s+tiden\b|\b[Dd]et\s+(?:gjennomføres|arrangeres|avholdes|tilbys)\b(?=[^.;:]{0,80}?\bi\s+(?:regi\s+av|samtlige|alle)\b)", Opts)]
    private static partial Regex AdminTakingPlacePattern { get; }

    /// <summary>The pattern of <c>admin-in-counted-units</c>.</summary>
    [GeneratedRegex(@"\b(?:operative?|operativt|i\s+drift|på\s+plass|etablert|innført|tatt\s+i\s+bruk)\s+(?:i|ved)\s+\d{1,3}\s+(?:av\s+(?:de\s+)?\d{1,3}\s+)?(?:kommuner|fylker|regioner|helseforetak|sykehus|skoler|stasjoner|fengsler|enheter|bydeler)\b", Opts)]
    private static partial Regex AdminInCountedUnitsPattern { get; }

    /// <summary>The pattern of <c>admin-others-remaining</c>.</summary>
    [GeneratedRegex(@"\b(?:mens|men)\s+(?:de|dei)\s+(?:\w+\s+)?(?:øvrige|resterende|gjenværende)\s+(?:regionene|helseregionene|kommunene|fylkene|helseforetakene|enhetene|stasjonene|sykehusene|skolene)\b", Opts)]
    private static partial Regex AdminOthersRemainingPattern { get; }

    /// <summary>The pattern of <c>admin-consultation</c>.</summary>
    [GeneratedRegex(@"\b(?:lagt\s+ut|sendt|sendes|er|ble|har\s+vært)\s+(?:ut\s+)?(?:til|på)\s+(?:alminnelig|offentlig|åpen|bred|ekstern)\s+høring\b|\blagt\s+ut\s+(?:til|på)\s+høring\b", Opts)]
    private static partial Regex AdminConsultationPattern { get; }

    /// <summary>The pattern of <c>admin-completion-took-place</c>.</summary>
    [GeneratedRegex(@"\b(?:fant\s+sted|skjedde)\b(?<=\b(?:lansering|publisering|utgivelse|ferdigstillelse|ferdigstilling|overlevering|framleggelse|fremleggelse|offentliggjøring|innføring|etablering|opprettelse|utsending|oversendelse|avlevering)(?:en)?\s+av\b[^.;:]{0,100}(?:fant\s+sted|skjedde))", Opts)]
    private static partial Regex AdminCompletionTookPlacePattern { get; }

    /// <summary>The pattern of <c>completion-admin</c>.</summary>
    [GeneratedRegex(@"\b(?:konstituert|konstituerte|utferdiget|utferdigede|avgitt|innlemmet|(?:fram|frem)lagt(?=\s+for\b)|tilgjengeliggjort|tilgjengeliggjorde|(?:har|fikk)\s+(?:fått\s+)?virkning\s+fra)\b", Opts)]
    private static partial Regex CompletionAdminPattern { get; }

    /// <summary>The pattern of <c>admin-requested</c>.</summary>
    [GeneratedRegex(@"\b(?:anmodet\s+om|pålagt|instruert\s+om)\s+å\b|\boppdrag\s+om\s+å\b[^.;:]{0,80}?\b(?:er|ble)\s+gitt\b", Opts)]
    private static partial Regex AdminRequestedPattern { get; }

    /// <summary>The pattern of <c>admin-in-work-plan</c>.</summary>
    [GeneratedRegex(@"\b(?:er\s+(?:nå\s+)?(?:innarbeidet|tatt\s+inn|lagt\s+inn)|inngår)\s+i\s+[^.;:]{0,40}?(?:virksomhetsplan|oppdragsportefølje|tildelingsbrev|oppdragsbrev|oppdragsdokument|arbeidsprogram|aktivitetsplan)\w*", Opts)]
    private static partial Regex AdminInWorkPlanPattern { get; }

    /// <summary>The pattern of <c>admin-intention</c>.</summary>
    [GeneratedRegex(@"\blegges\s+(?:det\s+)?opp\s+til\b|\bforutsettes\s+(?:\w+\s+)?(?:håndtert|utarbeidet|gjennomført|fulgt\s+opp|ivaretatt|vurdert|behandlet|avklart)\b|\bvil\s+bli\s+(?:forelagt|fremmet|framlagt)\b|\b(?:vil|skal)\s+(?:bli\s+)?(?:ta|tatt|tas)\s+stilling\s+til\b", Opts)]
    private static partial Regex AdminIntentionPattern { get; }

    /// <summary>The pattern of <c>nobody-begun</c>.</summary>
    [GeneratedRegex(@"\b(?:ingen|inga)\s+(?:(?!(?:at|om|tvil)\b)\w+\s+){0,3}?(?:har|hadde)\s+(?:(?:ennå|enda|enno|foreløpig|førebels|så\s+langt)\s+)?(?:(?:tatt|teke)\s+fatt\s+på|(?:begynt|byrja|startet|starta)\s+(?:opp\s+)?(?:på|med))\b", Opts)]
    private static partial Regex NobodyBegunPattern { get; }

    /// <summary>The pattern of <c>per-assignment</c>.</summary>
    [GeneratedRegex(@"\bskal\s+(?:etter|ifølge|iflg\.|i\s+tråd\s+med|i\s+samsvar\s+med)\s+(?:\w+\s+)?(?:oppdragsbrevet|tildelingsbrevet|oppdragsdokumentet|oppdraget|bestillingen)\s+\w+", Opts)]
    private static partial Regex PerAssignmentPattern { get; }

    /// <summary>The pattern of <c>nothing-happened</c>.</summary>
    [GeneratedRegex(@"\bhar\s+(?:det\s+)?(?:ennå\s+|foreløpig\s+|fortsatt\s+)?ikke\s+skjedd\s+(?:noe|noen\s+ting|noe\s+som\s+helst)\b", Opts)]
    private static partial Regex NothingHappenedPattern { get; }

    /// <summary>The pattern of <c>resumed</c>.</summary>
    [GeneratedRegex(@"\b(?:tok|har\s+tatt)\s+(?:arbeidet|det|prosjektet|tiltaket)\s+seg\s+opp\s+igjen\b|\b(?:er|ble|har\s+blitt)\s+(?:nå\s+)?(?:tatt\s+opp\s+igjen|gjenopptatt)\b", Opts)]
    private static partial Regex ResumedPattern { get; }

    /// <summary>The pattern of <c>draft-circulating</c>.</summary>
    [GeneratedRegex(@"\butkast\w*\s+(?:\w+\s+){0,2}?(?:sirkulerer|er\s+til\s+gjennomsyn|er\s+ute\s+til\s+innspill)\b", Opts)]
    private static partial Regex DraftCirculatingPattern { get; }

    /// <summary>The pattern of <c>partial-uptake</c>.</summary>
    [GeneratedRegex(@"\b(?:bruker|sender|følger|praktiserer)\s+(?:nå\s+)?(?:halvparten\s+av|(?:to|tre|fire|fem|seks|sju|åtte|ni|\d{1,3})\s+av\s+(?:seks|sju|åtte|ni|ti|elleve|tolv|\d{1,3})\b)|\båpnet\s+de\s+(?:\w+\s+)?første\b", Opts)]
    private static partial Regex PartialUptakePattern { get; }

    /// <summary>The pattern of <c>nationwide</c>.</summary>
    [GeneratedRegex(@"\b(?:har\s+vært|er\s+nå|er\s+blitt|ble)\s+landsdekkende\b|\bdekker\s+(?:\w+\s+){0,4}?alle\s+(?:helseregion|region|fylke|kommune)\w*", Opts)]
    private static partial Regex NationwidePattern { get; }

    /// <summary>The pattern of <c>dated-start</c>.</summary>
    [GeneratedRegex(@"^\s*(?:(?:i|våren|sommeren|høsten|vinteren|tidlig\s+i|sent\s+i)\s+)?(?:\d{1,2}\.\s*)?(?:(?:januar|februar|mars|april|mai|juni|juli|august|september|oktober|november|desember)\s+)?(?:19|20)\d{2}\s+(?:startet|begynte)\s+(?:\w+(?:en|et|ingen)\b)", Opts)]
    private static partial Regex DatedStartPattern { get; }

    // ---- plain-language (klarspråk) wordings

    /// <summary>The pattern of <c>pm-not-cleared</c>.</summary>
    [GeneratedRegex(@"\bikke\s+(?:\w+\s+){0,2}?(?:kommet|kome)\s+ut\s+av\s+backlog\w*|\bikke\s+(?:\w+\s+){0,2}?fått\s+(?:grønt\s+lys|klarsignal|go-signal)\b|\bikke\s+(?:\w+\s+)?(?:satt\s+av|avsatt|funnet)\s+(?:\w+\s+)?(?:ressurser|midler|kapasitet)\s+til\s+(?:oppstart|å\s+starte|å\s+komme\s+i\s+gang)\b", Opts)]
    private static partial Regex PmNotClearedPattern { get; }

    /// <summary>The pattern of <c>pm-parked</c>.</summary>
    [GeneratedRegex(@"\b(?:står|stått|ligger|ligget|er|ble|blitt)\s+(?:\w+\s+)?parkert\b", Opts)]
    private static partial Regex PmParkedPattern { get; }

    /// <summary>The pattern of <c>pm-execution-phase</c>.</summary>
    [GeneratedRegex(@"\b(?:er|står)\s+(?:nå\s+)?(?:inne\s+)?i\s+(?:fase\s+\d\b|(?:analyse|skalerings|leveranse|rapporterings|test|utprøvings|implementerings|utrullings|realiserings)fasen\b|pilotdrift\b)|\ber\s+i\s+produksjon\s+(?:hos|i)\b", Opts)]
    private static partial Regex PmExecutionPhasePattern { get; }

    /// <summary>The pattern of <c>pm-initiation</c>.</summary>
    [GeneratedRegex(@"\bi\s+(?:initierings|konsept|mandat)fasen\b|\bprosjektmandat\w*\s+(?:(?:for|om)\s+[^,.;]{1,60}?\s+)?(?:er\s+under\s+(?:forankring|utarbeidelse)|skal\s+(?:skrives|utarbeides|forankres)|forankres)\b|\bfør\s+prosjektmandatet\s+(?:skrives|utarbeides|forankres|godkjennes)\b", Opts)]
    private static partial Regex PmInitiationPattern { get; }

    /// <summary>The pattern of <c>pm-in-portfolio</c>.</summary>
    [GeneratedRegex(@"\b(?:er|ligger|står)\s+(?:\w+\s+){0,4}?(?:i|på)\s+(?:\w+\s+)?(?:prosjekt)?(?:portefølje(?:n)?|arbeidsplanen|prioriteringslisten)\s+for\s+(?:20\d\d|neste\s+år)\b", Opts)]
    private static partial Regex PmInPortfolioPattern { get; }

    /// <summary>The pattern of <c>pm-delivering</c>.</summary>
    [GeneratedRegex(@"\b(?:kjøres|leveres|tas\s+inn|rulles\s+ut|går\s+ut)\s+(?:\w+\s+){0,3}?(?:løpende|fortløpende|bølgevis|i\s+bølger|region\s+for\s+region)\b|\bkjøres\s+(?:nå\s+)?(?:som|i)\s+(?:\w+\s+){0,3}?(?:arbeidsstrøm|delprosjekt|arbeidspakke|sprint)\w*|\bløper\s+ut\s+(?:20\d\d|året)\b|\bsprint\s+\d+\s+er\s+i\s+gang\b|\bskaleres\s+(?:videre|opp)\b|\bhar\s+god\s+fremdrift\b|\bfølger\s+etter\s+i\s+neste\s+bølge\b|\ber\s+i\s+test\s+hos\b|\bjobbes\s+det\s+(?:nå\s+)?med\b|\bmed\s+(?:rullerende|løpende)\s+(?:opptak|inntak)\b|\btrappes\s+(?:gradvis\s+)?opp\s+(?:gjennom|i\s+løpet\s+av|utover)\b", Opts)]
    private static partial Regex PmDeliveringPattern { get; }

    /// <summary>The pattern of <c>pm-partial-rollout</c>.</summary>
    [GeneratedRegex(@"\b(?:faset\s+inn|i\s+produksjon|nådd|rullet\s+ut)\s+(?:(?:i|hos|til|på)\s+)?(?:\d+|to|tre|fire|fem|seks|sju|syv|åtte|ni|ti|elleve|tolv)\s+av\s+(?:\d+\s+|de\s+)?\w+", Opts)]
    private static partial Regex PmPartialRolloutPattern { get; }

    /// <summary>The pattern of <c>pm-went-live</c>.</summary>
    [GeneratedRegex(@"\b(?:ble|er|har\s+blitt)\s+produksjonssatt\b|\b(?:ble|er|har\s+blitt)\s+satt\s+i\s+produksjon\b|\bhar\s+fått\s+et\s+(?:varig\s+|permanent\s+)?løft\b", Opts)]
    private static partial Regex PmWentLivePattern { get; }

    /// <summary>The pattern of <c>pm-go-live</c>.</summary>
    [GeneratedRegex(@"\bhadde\s+go-live\b|\bgikk\s+live\b|\bhar\s+vært\s+live\b", Opts)]
    private static partial Regex PmGoLivePattern { get; }

    /// <summary>The pattern of <c>pm-closed</c>.</summary>
    [GeneratedRegex(@"\b(?:[Pp]rosjektet|[Tt]iltaket)\s+(?:er|ble)\s+(?:nå\s+)?(?:formelt\s+)?(?:avsluttet|lukket)\b|\b(?:[Ss]lutt)?[Ll]everansen\s+(?:ble|er)\s+(?:\w+\s+)?(?:godkjent|akseptert)\b", Opts)]
    private static partial Regex PmClosedPattern { get; }

    /// <summary>The pattern of <c>pm-imminent</c>.</summary>
    [GeneratedRegex(@"\bpå\s+trappene\b", Opts)]
    private static partial Regex PmImminentPattern { get; }

    /// <summary>The pattern of <c>not-managed-to-start</c>.</summary>
    [GeneratedRegex(@"\bikke\s+(?:(?:ennå|enda|foreløpig|hittil|så\s+langt)\s+)?(?:(?:kunnet|fått|rukket\s+å|klart\s+å|hatt\s+(?:tid|kapasitet|mulighet|anledning|rom)\s+til\s+å)\s+(?:starte|begynne|sette\s+i\s+gang|komme\s+i\s+gang|se\s+på|ta\s+(?:fatt|tak)\s+(?:på|i)|gjøre\s+noe)|fått\s+(?:gjort|til)\s+noe\s+(?:med|på)|gått\s+i\s+gang)\b", Opts)]
    private static partial Regex NotManagedToStartPattern { get; }

    /// <summary>The pattern of <c>nobody-took-up</c>.</summary>
    [GeneratedRegex(@"\b(?:har|hadde)\s+ingen\s+(?:(?:ennå|enda|foreløpig|så\s+langt|hittil)\s+)?(?:tatt\s+(?:fatt\s+på|tak\s+i)|begynt\s+(?:på|med)|startet\s+(?:opp\s+)?(?:på|med)|sett\s+på|gjort\s+noe\s+(?:med|på))|\bingen\s+(?:(?!(?:at|om|tvil)\b)\w+\s+){0,3}?har\s+(?:(?:ennå|enda|foreløpig|så\s+langt)\s+)?(?:tatt\s+tak\s+i|sett\s+på|gjort\s+noe\s+(?:med|på))", Opts)]
    private static partial Regex NobodyTookUpPattern { get; }

    /// <summary>The pattern of <c>on-course</c>.</summary>
    [GeneratedRegex(@"\bgår\s+(?:nå\s+)?(?:som\s+planlagt|etter\s+planen|for\s+fulle\s+hus|jevnt\s+og\s+trutt)\b|\ber\s+(?:nå\s+)?midt\s+i\s+(?:arbeidet|prosessen|\w+ingen)\b|\ber\s+(?:nå\s+)?(?:på\s+god\s+vei|godt\s+underveis)\b", Opts)]
    private static partial Regex OnCoursePattern { get; }

    /// <summary>The pattern of <c>distance-left</c>.</summary>
    [GeneratedRegex(@"\bhar\s+(?:vi\s+|de\s+)?(?:fortsatt|ennå|enda|fremdeles|framleis)\s+(?:et\s+(?:godt\s+|langt\s+)?stykke|en\s+(?:lang\s+|god\s+)?vei|(?:en\s+)?del|mye|noe|litt)\s+(?:igjen|å\s+gå)\b", Opts)]
    private static partial Regex DistanceLeftPattern { get; }

    /// <summary>The pattern of <c>writing-on</c>.</summary>
    [GeneratedRegex(@"\bskriver\s+(?:nå\s+|fortsatt\s+|fremdeles\s+)?på\s+(?!(?:nynorsk|bokmål|norsk|samisk|engelsk|svensk)\b)\w+|\b(?:jobber|arbeider)\s+(?:nå\s+|fortsatt\s+|fremdeles\s+)?på\s+(?:de\s+siste\s+|det\s+|den\s+|et\s+|en\s+)?(?:\w*kapit\w*|\w*utkast\w*|\w*rapport\w*|\w*veileder\w*|\w*forslag\w*|teksten\w*|\w*notat\w*)", Opts)]
    private static partial Regex WritingOnPattern { get; }

    /// <summary>The pattern of <c>on-trial</c>.</summary>
    [GeneratedRegex(@"\bpå\s+prøve(?:basis)?\b", Opts)]
    private static partial Regex OnTrialPattern { get; }

    /// <summary>The pattern of <c>spreading</c>.</summary>
    [GeneratedRegex(@"\b(?:tilbudet|ordningen|modellen|metoden|programmet|kurset|kursene|verktøyet|ressursen|materiellet|arbeidet|tjenesten|teamene|satsingen|kampanjen)\s+(?:\w+\s+)?(?:sprer|brer)\s+seg\b"
        + @"|\b(?:stadig|fortsatt)\s+flere\s+(?:av\s+)?(?:\w+\s+)?(?:kommune|skole|fylke|helseforetak|sykehus|tjeneste|region|legekontor|avdeling|enhet|fengsl|fengsel)\w*\s+(?:\w+\s+)?(?:kommer\s+i\s+gang|tar\s+(?:\w+\s+)?i\s+bruk|starter|tilbyr|bruker|blir\s+med|er\s+med|deltar|slutter\s+seg)\b|\bflere\s+og\s+flere\s+(?:\w+\s+)?(?:kommune|skole|fylke|helseforetak|sykehus|tjeneste|region|legekontor|avdeling|enhet|fengsl|fengsel)\w*\s+(?:\w+\s+)?(?:kommer\s+i\s+gang|tar\s+(?:\w+\s+)?i\s+bruk|starter|tilbyr|bruker|blir\s+med|deltar)\b"
        + @"|\bsprer\s+(?:vi|de)\s+(?:nå\s+)?(?:\w+\s+){0,3}?til\s+(?:flere|nye|alle)\b|\btar\s+(?:vi|de)\s+(?:nå\s+)?(?:\w+\s+){0,2}?videre\s+(?:til|ut\s+i|inn\s+i)\b", Opts)]
    private static partial Regex SpreadingPattern { get; }

    /// <summary>The pattern of <c>helps-services</c>.</summary>
    [GeneratedRegex(@"\bhjelper\s+(?:nå\s+|fortsatt\s+)?(?:vi\s+|de\s+)?(?:\w+\s+){0,3}?(?:kommune\w*|tjeneste\w*|helseforetak\w*|skole\w*|fylke\w*|sykehus\w*|foretak\w*|avdeling\w*)\s+(?:i\s+gang|med)\b|\b(?:gir|holder|tilbyr)\s+(?:nå|fortsatt)\s+(?:\w+\s+){0,3}?(?:opplæring|kurs|veiledning|undervisning)\b", Opts)]
    private static partial Regex HelpsServicesPattern { get; }

    /// <summary>The pattern of <c>active-since</c>.</summary>
    [GeneratedRegex(@"\bhar\s+siden\s+(?:i\s+(?:vår|høst|sommer|vinter|fjor(?:\s+\w+)?)|(?:våren|høsten|sommeren|vinteren|januar|februar|mars|april|mai|juni|juli|august|september|oktober|november|desember)(?:\s+(?:19|20)\d\d)?|(?:19|20)\d\d)\s+(?:\w+\s+){0,2}?(?:samlet|jobbet|arbeidet|holdt\s+på|sett\s+på|undersøkt|utredet|testet|prøvd\s+ut|kurset|veiledet|hjulpet|reist\s+rundt)\b", Opts)]
    private static partial Regex ActiveSincePattern { get; }

    /// <summary>The pattern of <c>set-aside</c>.</summary>
    [GeneratedRegex(@"\b(?:satte|la|har\s+satt|har\s+lagt|ble|er|har\s+blitt|er\s+blitt)\s+(?:\w+\s+){0,2}?(?:til\s+side|bort)\b(?!\s+(?:\d|kr\b|NOK|midler|penger))|\b(?:har\s+stått|står|sto)\s+på\s+stedet\s+hvil\b", Opts)]
    private static partial Regex SetAsidePattern { get; }

    /// <summary>The pattern of <c>counted-units-have</c>.</summary>
    [GeneratedRegex(@"\b(?:to|tre|fire|fem|seks|sju|syv|åtte|ni|ti|elleve|tolv|\d{1,3})(?<!\balle\s+(?:de\s+)?\w+)\s+(?:av\s+(?:\w+\s+)?)?(?:kommune|helseforetak|fylke|region|helseregion|sykehus|fengsel|fengsl|skole|enhet|avdeling|foretak)\w*\s+(?:har|tilbyr|bruker|gir)\s+nå\b|\bhalvparten\s+av\s+(?:de\s+)?(?:\w+\s+)?(?:kommune|skole|fylke|helseforetak|sykehus|tjeneste|region|legekontor|avdeling|enhet|fengsl|fengsel)\w*\s+(?:har|tilbyr|bruker|gir)\b", Opts)]
    private static partial Regex CountedUnitsHavePattern { get; }

    /// <summary>The pattern of <c>published-plain</c>.</summary>
    [GeneratedRegex(@"\b(?:ga|gav)\s+(?:(?:den|det|dem|nå|også)\s+)?ut\b(?!\s+(?:for|av|penger|midler|tilskudd|kroner))|\b(?:har|ble|er|har\s+blitt|er\s+blitt)\s+gitt\s+ut\b|\b(?:la|har\s+lagt)\s+(?:(?:den|det|dem|nå|også)\s+)?ut\b(?=(?:\s+[\w.-]+){0,5}?\s+på\s+(?:nett|nettet|nettsid\w*|[\w.-]+\.no)\b)"
        + @"|\b(?:gikk|kom|har\s+gått|har\s+kommet)\s+(?:\w+\s+)?på\s+luft(?:a|en)\b|\ber\s+(?:nå\s+)?ute\b(?!\s+(?:på|til)\s+høy?ring)|\b(?:er|ble|har\s+blitt)\s+tatt\s+(?:godt|vel|pent)\s+imot\b|\bkom\s+med\s+(?:sin\s+|sitt\s+|en\s+|et\s+|den\s+)?(?:\w*rapport\w*|\w*utredning\w*|anbefaling\w*|\w*veileder\w*|rådene|vurdering\w*)|\b(?:står|sto|stod)\s+(?:nå\s+)?klar[te]?\b(?!\s+til\s+å)(?!(?:\s+\w+){0,3}?\s+(?:neste\s+år|til\s+(?:høsten|våren|sommeren|vinteren)|innen|i\s+løpet\s+av)\b)|\bsjøsatt\w*|\bsjøsatte\b", Opts)]
    private static partial Regex PublishedPlainPattern { get; }

    /// <summary>The pattern of <c>not-quite-there</c>.</summary>
    [GeneratedRegex(@"\bikke\s+(?:(?:helt|ennå|enda|heilt|enno)\s+){0,2}(?:kommet\s+)?i\s+(?:mål|havn)\b|\blar\s+vente\s+på\s+seg\b|\bligger\s+(?:\w+\s+)?etter\s+(?:planen|skjema)\b|\bhenger\s+(?:\w+\s+)?etter\b", Opts)]
    private static partial Regex NotQuiteTherePattern { get; }

    /// <summary>The pattern of <c>finished-with</c>.</summary>
    [GeneratedRegex(@"\bkom\s+i\s+mål\s+med\b|\b(?:er|ble|var|har\s+blitt|er\s+blitt)\s+(?:nå\s+)?(?:helt\s+)?(?:ferdige?|i\s+mål)\s+med(?:\s+å\s+\w+(?:\s+(?:gjennom|på|opp|ut|over))?)?\b|\ber\s+(?:nå\s+)?ferdig\s+(?:skrevet|laget|utviklet|bygd|bygget|testet|oversatt)\b|\b(?:skrevet|skrev|laget|laget|bygd|bygget|oversatt|utviklet|testet)\s+ferdig\b|\b(?:har|hadde)\s+(?:nå\s+)?fått\s+til\b(?!\s+(?:å|noe)\b)", Opts)]
    private static partial Regex FinishedWithPattern { get; }

    /// <summary>The pattern of <c>counted</c>.</summary>
    [GeneratedRegex(@"\b(?:har|hadde|er|ble)\s+(?:\w+\s+)?(?:telt|talt)\s+opp\b|\b(?:telte|talte)\s+opp\b", Opts)]
    private static partial Regex CountedPattern { get; }

    /// <summary>The pattern of <c>existing-since</c>.</summary>
    [GeneratedRegex(@"\bhar\s+(?:vi|de|dere|man|kommunene|alle)\s+hatt\s+(?:\w+\s+)?siden\s+(?:(?:19|20)\d\d|i\s+fjor|\w+\s+(?:19|20)\d\d)\b|\bhar\s+(?:nå\s+)?(?:vært\s+oppe\s+og\s+gå|eksistert|fungert|vært\s+på\s+plass|vært\s+operativ[et]?)\s+(?:\w+\s+){0,2}?siden\b", Opts)]
    private static partial Regex ExistingSincePattern { get; }

    /// <summary>The pattern of <c>got-in-place</c>.</summary>
    [GeneratedRegex(@"\b(?:fikk|har\s+fått)\s+(?!(?:en\s+|et\s+|ei\s+)?\w*gruppe)(?:\w+\s+){1,6}?på\s+plass\b|\b[Aa]lle\s+(?:de\s+)?(?:\w+\s+)?(?:helseregion|region|fylke|kommune|helseforetak|landsdel)\w*\s+har\s+(?:nå\s+)?(?:fått\s+)?(?:et|en|ei|egne?|eget|sitt|sin|sine)\b(?!\s+(?:\w+\s+)?(?:plikt|ansvar|rett|mulighet|behov|utfordring|oppdrag)\w*)", Opts)]
    private static partial Regex GotInPlacePattern { get; }

    /// <summary>The pattern of <c>scheduled-plain</c>.</summary>
    [GeneratedRegex(@"\b(?:begynner|starter|åpner|kommer(?:\s+ut)?|tar\s+fatt\s+på|går\s+i\s+gang\s+med|lanseres|publiseres|sendes\s+ut|settes\s+ned|nedsettes|oppnevnes|møtes\s+(?:for\s+)?første\s+gang|lyses\s+ut|lyser\s+(?:\w+\s+){0,2}?ut|sender\s+(?:vi\s+|de\s+)?(?:\w+\s+){0,2}?ut)\s+(?:\w+\s+){0,3}?(?:etter\s+nyttår|over\s+nyttår|neste\s+år|til\s+(?:høsten|våren|sommeren|vinteren)|i\s+løpet\s+av\s+(?:vinteren|våren|høsten|sommeren|neste\s+år)|i\s+(?:januar|februar|mars|april|mai|juni)|på\s+nytt)\b", Opts)]
    private static partial Regex ScheduledPlainPattern { get; }

    /// <summary>The pattern of <c>plain-assigned</c>.</summary>
    [GeneratedRegex(@"\b(?:har\s+fått|fikk|får)\s+(?:\w+\s+)?ansvar(?:et)?\s+for\s+å\b|\bkommer\s+(?:med\s+)?(?:inn\s+)?i\s+(?:\w+\s+)?(?:oppdragsdokument|tildelingsbrev|oppdragsbrev|tilskuddsbrev)\w*", Opts)]
    private static partial Regex PlainAssignedPattern { get; }

    /// <summary>The pattern of <c>plain-future-step</c>.</summary>
    [GeneratedRegex(@"\b(?:vil|skal)\s+(?:(?:nå|først|etter\s+planen)\s+)?(?:lage|skrive|sette\s+ned|sette\s+sammen|lyse\s+ut|bygge|utforme)\b|\b(?:vil|skal)\s+(?:\w+\s+)?i\s+gang\s+med\b", Opts)]
    private static partial Regex PlainFutureStepPattern { get; }

    /// <summary>The pattern of <c>drawing-board</c>.</summary>
    [GeneratedRegex(@"\b(?:er|ligger)\s+(?:(?:ennå|enda|fortsatt|foreløpig|fremdeles)\s+)?på\s+(?:tegnebrettet|planleggingsstadiet|idéstadiet|idestadiet|skissestadiet)\b", Opts)]
    private static partial Regex DrawingBoardPattern { get; }

    /// <summary>The pattern of <c>done-later</c>.</summary>
    [GeneratedRegex(@"\b(?:blir|regner\s+med\s+å\s+bli|venter\s+å\s+bli)\s+(?:\w+\s+)?ferdige?\b", Opts)]
    private static partial Regex DoneLaterPattern { get; }

    /// <summary>The pattern of <c>busy-since</c>.</summary>
    [GeneratedRegex(@"\bhar\s+(?:\w+\s+)?holdt\s+på\s+(?:med|å|siden|i)\b", Opts)]
    private static partial Regex BusySincePattern { get; }

    /// <summary>The pattern of <c>got-going</c>.</summary>
    [GeneratedRegex(@"\b(?:har|er)\s+(?:nå\s+)?gått\s+i\s+gang\b|\bgikk\s+i\s+gang\b", Opts)]
    private static partial Regex GotGoingPattern { get; }

    /// <summary>The pattern of <c>behind-schedule</c>.</summary>
    [GeneratedRegex(@"\bgår\s+(?:noe\s+|litt\s+|vesentlig\s+|mye\s+)?(?:saktere|langsommere|tregere|seinere|senere)\s+enn\s+(?:forutsatt|planlagt|antatt|ventet|beregnet|først\s+antatt)\b|\bligger\s+(?:noe\s+|litt\s+|noen\s+måneder\s+)?(?:etter|bak)\s+(?:skjema|tidsplanen|planen)\b|\ber\s+(?:noe\s+|litt\s+)?på\s+etterskudd\b", Opts)]
    private static partial Regex BehindSchedulePattern { get; }

    /// <summary>The pattern of <c>depends-on-outcome</c>.</summary>
    [GeneratedRegex(@"\b(?:avhenger|er\s+avhengig)\s+av\s+(?:\w+\s+)?(?:resultat\w*|utfall\w*|erfaring\w*|evaluering\w*|avklaring\w*|konklusjon\w*)\b", Opts)]
    private static partial Regex DependsOnOutcomePattern { get; }

    /// <summary>The pattern of <c>money-to-come</c>.</summary>
    [GeneratedRegex(@"\bfår\s+(?:\w+\s+){0,2}?\d[\d ,]*\s*(?:mill\w*\.?|mrd\.?|milliard\w*|kroner|kr)\s+(?:\w+\s+){0,2}?(?:fra|i|for)\s+(?:19|20)\d\d\b", Opts)]
    private static partial Regex MoneyToComePattern { get; }

    /// <summary>The pattern of <c>funding</c>.</summary>
    [GeneratedRegex(@"\b(?:bevilget|bevilges|avsatt|satt\s+av|innvilget|øremerket)\b", Opts)]
    private static partial Regex FundingPattern { get; }
}
