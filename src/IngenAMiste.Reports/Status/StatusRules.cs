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
/// <para>
/// Each row names its pattern, a <c>[GeneratedRegex]</c> property of the same name in <c>StatusRules.Patterns.cs</c> (in table
/// order): adding a rule is a row here and its pattern there, with unit tests on sentences that must and must not match.
/// </para>
/// </summary>
public static partial class StatusRules
{
    private const RegexOptions Opts = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

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

    /// <summary>
    /// Which rules can match a sentence of <paramref name="narrative"/>: the sentences are pieces of it, so a rule that
    /// matches nowhere in the whole text matches none of them, and one scan of the narrative spares a call per sentence
    /// (most rules match nothing: the calls, not the scanning, were most of the classifier's time). Rules whose pattern
    /// anchors on the start or end of the text (<c>^</c>, <c>$</c>) are always tried on each sentence.
    /// Held exact by a test that compares, for every sentence of every test report, this answer with the sentence's own.
    /// </summary>
    public static bool[] Candidates(string narrative)
    {
        var all = All;
        var result = new bool[all.Count];
        for (var r = 0; r < all.Count; r++)
        {
            result[r] = SentenceAnchored[r] || all[r].Pattern.IsMatch(narrative);
        }

        return result;
    }

    /// <summary>Rules whose pattern uses a start or end anchor outside a character class (judged on the pattern text).</summary>
    internal static bool[] SentenceAnchored => _sentenceAnchored ??= All.Select(r => HasAnchor(r.Pattern.ToString())).ToArray();

    private static bool[]? _sentenceAnchored;

    private static bool HasAnchor(string pattern)
    {
        var inClass = false;
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            if (c == '\\')
            {
                if (i + 1 < pattern.Length && pattern[i + 1] is 'A' or 'z' or 'Z' or 'G' && !inClass)
                {
                    return true;
                }

                i++;
                continue;
            }

            if (inClass)
            {
                inClass = c != ']';
                continue;
            }

            if (c == '[')
            {
                inClass = true;
                // A ']' right after '[' or '[^' is a literal member of the class.
                if (i + 1 < pattern.Length && pattern[i + 1] == '^')
                {
                    i++;
                }

                if (i + 1 < pattern.Length && pattern[i + 1] == ']')
                {
                    i++;
                }

                continue;
            }

            if (c is '^' or '$')
            {
                return true;
            }
        }

        return false;
    }

    public static IReadOnlyList<StatusRule> All { get; } =
    [
        // ---- not started (explicit; wins over everything, also over money allocated)
        new("not-started", MeasureStatus.NotStarted, 5,
            NotStartedPattern,
            "not (yet) begun / started / set in motion") { DropWhenNegated = false, FutureAware = false, IgnoreInRelativeClause = true, IsState = true },
        new("no-work-started", MeasureStatus.NotStarted, 5,
            NoWorkStartedPattern,
            "no work has been started / done on the measure") { DropWhenNegated = false, FutureAware = false, IsState = true },

        // "Arbeidet er utsatt", "Tiltaket er lagt på is / stilt i bero / ikke prioritert": the work as a whole is put off, so
        // it has not begun (README: not_started, like "foreløpig ikke påbegynt"). Weaker than an explicit "ikke påbegynt"
        // (band 3, not 5): it competes in its band, so substantive work reported elsewhere ("er igangsatt", a delivery) wins.
        // A part or a next step put off ("Installasjonen i X er utsatt", "Evalueringen er utsatt") is no such statement.
        new("postponed", MeasureStatus.NotStarted, 3,
            PostponedPattern,
            "the work as a whole is postponed, shelved or not prioritised: not begun") { DropWhenNegated = false, FutureAware = false, IsState = true },

        // ---- planned, explicit state (band 3)
        new("being-planned", MeasureStatus.Planned, 3,
            BeingPlannedPattern,
            "being planned / investigated") { IsState = true },
        new("planning-phase", MeasureStatus.Planned, 3,
            PlanningPhasePattern,
            "in an investigation / planning / start-up phase, about to start") { IsState = true },
        // Preparing is planning: "Forberedelsene er i gang", "under forberedelse" (band 3, an explicit state of the work).
        new("preparations", MeasureStatus.Planned, 3,
            PreparationsPattern,
            "preparations under way (preparation is planning)") { IsState = true },
        // Preparatory work begun is still planning: the planning itself, an investigation, a pre-project, or law-drafting
        // before any proposal has been sent on consultation ("Departementet har startet et lovarbeid", "Lovarbeidet er
        // igangsatt"): no substantive execution yet. A consultation held (band 2.5) or a law in force (completion) goes further.
        new("began-planning", MeasureStatus.Planned, 3,
            BeganPlanningPattern,
            "has begun the planning or other preparatory work"),

        // ---- in progress, explicit state (band 3)
        new("ongoing", MeasureStatus.InProgress, 3,
            OngoingPattern,
            "is ongoing / under way") { IsState = true, AgentOptional = true, IgnoreInRelativeClause = true },
        new("nearly-done", MeasureStatus.InProgress, 3,
            NearlyDonePattern,
            "in its final phase / nearly finished / on track") { IsState = true },
        new("started", MeasureStatus.InProgress, 3,
            StartedPattern,
            "has been started / set in motion") { IgnoreInRelativeClause = true, IsState = true },
        new("under-way", MeasureStatus.InProgress, 3,
            UnderWayPattern,
            "being established / developed / revised / tested") { IgnoreInRelativeClause = true, IsState = true },
        new("working-on", MeasureStatus.InProgress, 3,
            WorkingOnPattern,
            "is working on", RuleKind.Activity),
        // "Arbeidet fortsetter", "Arbeidet med kursene videreføres", "direktoratet fortsetter arbeidet": the measure's own work
        // goes on, so the measure is in progress even after a delivered sub-product (the classifier lets it outrank a
        // completion). Not a thing that is continued ("Ordningen videreføres": a delivered scheme goes on) and not the work of a
        // next step after the delivery ("arbeidet med implementeringen fortsetter": a follow-up, see FollowUp in the classifier).
        new("work-continues", MeasureStatus.InProgress, 3,
            WorkContinuesPattern,
            "the measure's own work continues") { FutureAware = false, IsState = true },
        // "RVTSene gir fortsatt veiledning til kommuner": support to the services that goes on is the support rule's activity,
        // not a continued scheme (placed before "continues", which would otherwise take the span).
        new("still-supports", MeasureStatus.InProgress, 3,
            StillSupportsPattern,
            "still gives support or guidance to the services", RuleKind.Activity),
        new("continues", MeasureStatus.InProgress, 3,
            ContinuesPattern,
            "continues") { IsState = true },
        new("support", MeasureStatus.InProgress, 3,
            SupportPattern,
            "gives ongoing support or guidance to the services", RuleKind.Activity),
        new("pilot", MeasureStatus.InProgress, 3,
            PilotPattern,
            "a pilot / trial is running"),
        new("remaining", MeasureStatus.InProgress, 3,
            RemainingPattern,
            "part of the work remains or is delayed (also: a step done, 'men ennå ikke publisert')") { DropWhenNegated = false, FutureAware = false, IsState = true },
        new("followed-up-through", MeasureStatus.InProgress, 3,
            FollowedUpThroughPattern,
            "is being followed up through concrete work"),

        // ---- consultation, follow-up plan (band 2.5)
        new("consultation", MeasureStatus.InProgress, 2.5,
            ConsultationPattern,
            "has been on public consultation"),
        new("followed-up-by-plan", MeasureStatus.InProgress, 2.5,
            FollowedUpByPlanPattern,
            "is to be followed up by an action plan (the strategy is in place)") { FutureAware = false },

        // ---- planned, indirect (band 2)
        new("assignment", MeasureStatus.Planned, 2,
            AssignmentPattern,
            "assigned (in an allocation or assignment letter)") { FutureAware = false },
        new("assessment", MeasureStatus.Planned, 2,
            AssessmentPattern,
            "will be / is being assessed") { FutureAware = false, AgentOptional = true },
        new("seen-in-context", MeasureStatus.Planned, 2,
            SeenInContextPattern,
            "is to be seen in connection with other work") { FutureAware = false },
        new("future-step", MeasureStatus.Planned, 2,
            FutureStepPattern,
            "a concrete step is planned for later") { FutureAware = false, AgentOptional = true },
        // A delivery scheduled for a later date in the present tense ("Kampanjen lanseres i mars 2025", "Kurset starter høsten
        // 2025"): like "vil bli lansert", planned.
        new("scheduled", MeasureStatus.Planned, 2,
            ScheduledPattern,
            "a delivery scheduled for a later date (present tense with a date)") { FutureAware = false, AgentOptional = true },
        new("funds-to-be-used", MeasureStatus.Planned, 2,
            FundsToBeUsedPattern,
            "the money is to be used for …") { FutureAware = false },
        // Waiting for something before the work starts ("avventer resultatene", "venter på", "ikke tatt stilling til"): the work
        // is still intended and nothing is reported done, so planned (not an explicit "not begun").
        new("awaiting", MeasureStatus.Planned, 2,
            AwaitingPattern,
            "waiting for something (a decision, other results) before starting") { DropWhenNegated = false, FutureAware = false, AgentOptional = true },
        new("intention", MeasureStatus.Planned, 2,
            IntentionPattern,
            "an intention or decision, not yet carried out") { FutureAware = false },
        new("plan-content", MeasureStatus.Planned, 2,
            PlanContentPattern,
            "listed as a measure in a (regional) plan") { FutureAware = false, KeepFoundPhrase = true },

        // ---- in progress, indirect (band 2)
        new("present-activity", MeasureStatus.InProgress, 2,
            PresentActivityPattern,
            "an activity in the present tense", RuleKind.Activity),
        new("kept-up-to-date", MeasureStatus.InProgress, 2,
            KeptUpToDatePattern,
            "is kept up to date (maintenance goes on)"),
        new("considering-changes", MeasureStatus.InProgress, 2,
            ConsideringChangesPattern,
            "is considering concrete changes", RuleKind.Activity) { AgentOptional = true },
        // "Utredningen forberedes", "Direktoratet forbereder kampanjen": planned, in the band of indirect signals, so that the
        // next stage of a running measure being prepared ("neste etappe forberedes") does not outweigh what already ran.
        new("preparing", MeasureStatus.Planned, 2,
            PreparingPattern,
            "being prepared (preparation is planning)"),
        new("funded-activity", MeasureStatus.InProgress, 2,
            FundedActivityPattern,
            "has funded a piece of the work") { FutureAware = false },

        // ---- the report itself calls the measure done
        // Weight 4.1: the report's own verdict on the measure is the evidence before any other completion in the band.
        new("declared-done", MeasureStatus.Completed, 4.1,
            DeclaredDonePattern,
            "the measure is declared carried out") { FutureAware = false },

        // ---- completion verbs, judged against the commitment (band 4 when the measure's own deliverable)
        new("completion", MeasureStatus.Completed, 4,
            CompletionPattern,
            "a completion verb", RuleKind.Completion) { IgnoreInRelativeClause = true },

        // ---- later-report wordings (issue #3: other words for the same statuses)
        // "Tiltaket har så langt ikke blitt fulgt opp", "Oppdraget er hittil ikke fulgt opp": the measure itself not followed up
        // at all, with a time adverbial between the auxiliary and the negation (the no-work-started rule takes one plain word).
        new("not-followed-up", MeasureStatus.NotStarted, 5,
            NotFollowedUpPattern,
            "the measure has so far not been followed up at all: not begun") { DropWhenNegated = false, FutureAware = false },
        // "Implementeringen har så vidt begynt", "Arbeidet er nettopp startet": begun, if only just.
        new("barely-begun", MeasureStatus.InProgress, 3,
            BarelyBegunPattern,
            "has just begun") { IsState = true },
        // "RVTSene holder kurs om …", "Senteret arrangerer samlinger for …": a recurring activity held now (present tense).
        new("holds-courses", MeasureStatus.InProgress, 2,
            HoldsCoursesPattern,
            "holds courses / seminars (an ongoing activity)", RuleKind.Activity),
        // "Utbredelsen øker fortsatt", "Tilbudet bygges stadig ut": the spread the measure asks for is still growing.
        new("still-growing", MeasureStatus.InProgress, 3,
            StillGrowingPattern,
            "is still growing / spreading") { IsState = true },
        // "Utrullingen er kommet halvveis", "er halvveis gjennomført": half done.
        new("halfway", MeasureStatus.InProgress, 3,
            HalfwayPattern,
            "half done") { IsState = true },
        // "Helseforetakene vurderer nå resultatene": the results of a trial are being assessed (band 2.5: above the trial's
        // finished sub-step, below a delivered deliverable, whose later assessment is a follow-up).
        new("assessing-results", MeasureStatus.InProgress, 2.5,
            AssessingResultsPattern,
            "the results or experiences are being assessed"),
        // "Instituttet la i mars 2023 fram rapporten": the separable "la … fram" (presented) with a time adverbial inside it.
        new("presented", MeasureStatus.Completed, 4,
            PresentedPattern,
            "presented (la … fram)", RuleKind.Completion) { IgnoreInRelativeClause = true },

        // ---- fourth-report wordings (issue #3, measured blind on arsrapport-2023-2024)
        // "Ingen av helseforetakene har begynt på arbeidet ennå": a negating subject ("ingen av …") several words before the verb.
        new("none-has-begun", MeasureStatus.NotStarted, 5,
            NoneHasBegunPattern,
            "none of those who should do the work has begun it") { DropWhenNegated = false, FutureAware = false, IsState = true },
        // "Det er foreløpig ikke tatt initiativ til arbeidet": nobody has even initiated the work.
        new("no-initiative", MeasureStatus.NotStarted, 5,
            NoInitiativePattern,
            "no initiative taken: not begun") { DropWhenNegated = false, FutureAware = false, IsState = true },
        // "Tiltaket er lukket", "Oppdraget kan nå lukkes": the report closes the measure.
        new("declared-closed", MeasureStatus.Completed, 4.1,
            DeclaredClosedPattern,
            "the measure is declared closed") { FutureAware = false },
        // "Pilotens andre fase går nå for fullt", "er kommet godt i gang": under way.
        new("in-full-swing", MeasureStatus.InProgress, 3,
            InFullSwingPattern,
            "is in full swing / well under way") { IsState = true },
        // "Helsenorge bygger nå en felles inngang", "SSB analyserer nå svarene": a present-tense verb with "nå" says the work is
        // going on now (the explicit band, unlike a bare present tense).
        new("doing-now", MeasureStatus.InProgress, 3,
            DoingNowPattern,
            "is doing the work now"),
        // "Direktoratet startet i februar 2024 et læringsnettverk": something set up and started in the simple past, with a time
        // adverbial between the verb and its object ("startet en utredning" stays planning: began-planning takes that span).
        new("started-something", MeasureStatus.InProgress, 3,
            StartedSomethingPattern,
            "started something (simple past with a time)") { IgnoreInRelativeClause = true },
        // "Oppfølgingsteam bygges ut i flere kommuner", "Ordningen bygges nå opp": being built up (like "under oppbygging").
        new("being-built", MeasureStatus.InProgress, 3,
            BeingBuiltPattern,
            "is being built up / out") { IsState = true },
        // "Oversendingen testes ut ved to sykehus": a trial running (like "prøves ut").
        new("being-tested", MeasureStatus.InProgress, 3,
            BeingTestedPattern,
            "is being tried out"),
        // "Programmet tas nå gradvis i bruk": being taken into use (implementation under way; a bare "tas i bruk" may be future).
        new("being-adopted", MeasureStatus.InProgress, 3,
            BeingAdoptedPattern,
            "is gradually being taken into use") { IsState = true },
        // "Videreutviklingen har stoppet opp": work that began and stalled is neither finished nor not begun (below the
        // explicit band, so it does not outrank a delivery).
        new("stalled", MeasureStatus.InProgress, 2.5,
            StalledPattern,
            "the work has stalled (begun, not finished)") { IsState = true, DropWhenNegated = false },
        // "Det holdes nå regionale kurs": courses held now, in the passive.
        new("courses-held", MeasureStatus.InProgress, 2,
            CoursesHeldPattern,
            "courses are being held (an ongoing activity)", RuleKind.Activity),
        // "Oppdraget er gitt til Helsedirektoratet", "Et kunnskapsgrunnlag er bestilt fra NSSF": assigned or commissioned.
        new("assigned-to", MeasureStatus.Planned, 2,
            AssignedToPattern,
            "assigned / commissioned") { FutureAware = false },
        // "En arbeidsgruppe oppnevnes i løpet av høsten 2024": a step scheduled in the present tense.
        new("scheduled-group", MeasureStatus.Planned, 2,
            ScheduledGroupPattern,
            "a step scheduled for a later date (present tense with a date)") { FutureAware = false, AgentOptional = true },
        // Completion verbs of later reports: presented, rolled out, in use / in operation since, in force since.
        new("completion-later", MeasureStatus.Completed, 4,
            CompletionLaterPattern,
            "a completion verb (later-report wording)", RuleKind.Completion) { IgnoreInRelativeClause = true },

        // ---- fifth-report wordings (issue #3, measured blind on arsrapport-2024-2025)
        // "Vurderingen har ikke vært gjenstand for arbeid", "Utredningen har det ikke vært kapasitet til": nothing done, so not
        // begun ("Det foreligger ingen planer om …" stays without a signal: it may be the outcome of an assessment).
        new("no-work-or-capacity", MeasureStatus.NotStarted, 5,
            NoWorkOrCapacityPattern,
            "no work on it, no capacity for it: not begun") { DropWhenNegated = false, FutureAware = false, IsState = true },
        // "… har av kapasitetshensyn heller ikke i år blitt prioritert", "ble ikke gjennomført i perioden": the measure's work
        // was again not taken up (band 3 like "postponed": substantive work reported elsewhere wins).
        new("again-not-prioritised", MeasureStatus.NotStarted, 3,
            AgainNotPrioritisedPattern,
            "again not prioritised / not carried out in the period: not begun") { DropWhenNegated = false, FutureAware = false, IsState = true },
        // "Tiltaket anses ivaretatt", "tiltaket er dermed gjennomført", "Tiltaket er ferdigbehandlet", "betraktes som innfridd",
        // "Tiltaket er ivaretatt gjennom …": the report's own verdict that the measure is done.
        new("declared-done-later", MeasureStatus.Completed, 4.1,
            DeclaredDoneLaterPattern,
            "the measure is declared carried out / taken care of") { FutureAware = false },
        // "Ingen videre rapportering", "rapporteres ikke lenger under denne planen": the measure is closed in the reporting
        // (above "followed up through …": what goes on is ordinary policy, no longer the measure).
        new("no-longer-reported", MeasureStatus.Completed, 4.3,
            NoLongerReportedPattern,
            "the measure is no longer reported on (closed)") { DropWhenNegated = false, FutureAware = false },
        // "Tilbudet er nå landsdekkende", "Det finnes nå et nettverk i hver helseregion", "er en del av den faste
        // kursporteføljen", "er budsjettert som fast post": in place everywhere or made permanent.
        new("in-place-everywhere", MeasureStatus.Completed, 4,
            InPlaceEverywherePattern,
            "in place everywhere / made a permanent part") { FutureAware = false },
        // Completion verbs of the fifth report: handed over to ordinary management, put into production, formalised, reported
        // to the ministry, published ("kom ut i", "ligger ute", "ble frigitt", "ble sluttrapportert").
        new("completion-fifth", MeasureStatus.Completed, 4,
            CompletionFifthPattern,
            "a completion verb (fifth-report wording)", RuleKind.Completion) { IgnoreInRelativeClause = true },
        // "Arbeidet med modulen forventes sluttført i 2026", "Ferdigstillelse av den siste versjonen forventes i 2026": the
        // measure's own work is still to be finished (above a finished part; not the evaluation or follow-up of a delivery).
        new("expected-finished", MeasureStatus.InProgress, 4.5,
            ExpectedFinishedPattern,
            "the deliverable is expected to be finished later (work remains)") { FutureAware = false, IsState = true },
        // "Forsøket løper i ni kommuner", "Tre prosjekter drives videre", "Programmet er under pilotering", "Opplæringen skjer
        // løpende", "Det gjennomføres nå gjennomganger", "Anbefalinger utarbeides nå": work going on now.
        new("running-now", MeasureStatus.InProgress, 3,
            RunningNowPattern,
            "work going on now") { IsState = true, AgentOptional = true },
        // "Spørsmålet videreføres i ny handlingsplan": carried over to the next plan (the "continues" rules leave this span).
        new("carried-to-next-plan", MeasureStatus.Planned, 2,
            CarriedToNextPlanPattern,
            "carried over to the next action plan (nothing more reported)") { FutureAware = false },
        // "Tilskuddet iverksettes fra 1. januar 2026", "Spørsmålet tas opp når høringsnotatet foreligger": scheduled for later.
        new("scheduled-later", MeasureStatus.Planned, 2,
            ScheduledLaterPattern,
            "scheduled to start later") { FutureAware = false, AgentOptional = true },

        // ---- directorate-report wordings (issue #3, measured blind on statusrapport-2022)
        // "Det har ikke vært gjort noe arbeid med tiltaket", "Direktoratet har ikke hatt ressurser til å ta fatt på det": nothing done.
        new("no-work-or-resources", MeasureStatus.NotStarted, 5,
            NoWorkOrResourcesPattern,
            "no work done, no resources for it: not begun") { DropWhenNegated = false, FutureAware = false, IsState = true },
        // "Det er ennå ikke laget noe materiell": nothing made yet.
        new("nothing-made-yet", MeasureStatus.NotStarted, 5,
            NothingMadeYetPattern,
            "nothing made yet: not begun") { DropWhenNegated = false, FutureAware = false, IsState = true },
        // "Tiltaket står foreløpig på vent", "Spørsmålet er lagt på is": the measure as a whole is on hold / shelved (band 3 like
        // "postponed").
        new("on-hold", MeasureStatus.NotStarted, 3,
            OnHoldPattern,
            "the measure as a whole is on hold: not begun") { DropWhenNegated = false, FutureAware = false, IsState = true },
        // "Vurderingen har ikke latt seg gjennomføre i 2022": it could not be carried out (band 3 like "postponed": substantive
        // work reported elsewhere wins).
        new("could-not-be-done", MeasureStatus.NotStarted, 3,
            CouldNotBeDonePattern,
            "could not be carried out: not begun") { DropWhenNegated = false, FutureAware = false, IsState = true },
        // "Samarbeidet er fortsatt på idéstadiet", "Arbeidet er på planleggingsstadiet": an idea or a plan, no execution.
        new("idea-stage", MeasureStatus.Planned, 3,
            IdeaStagePattern,
            "at the idea / planning stage") { IsState = true },
        // The report's graded verdict that the measure is done in part: "er delvis gjennomført", "er i hovedsak på plass", "er langt
        // på vei gjennomført", "har kommet et godt stykke på vei", "har i liten grad kommet i gang" (above a finished part, 4.5).
        new("partly-done", MeasureStatus.InProgress, 4.5,
            PartlyDonePattern,
            "done in part (a graded verdict)") { FutureAware = false, IsState = true },
        // "Utrullingen har vært i gang siden januar", "Revisjonen er inne i sin andre fase", "tas i bruk i stadig flere kommuner".
        new("under-way-since", MeasureStatus.InProgress, 3,
            UnderWaySincePattern,
            "under way since / in a later phase / spreading") { IsState = true },
        // Completions: "så dagens lys", "ble offentliggjort", "har vært tilgjengelig siden".
        new("completion-directorate", MeasureStatus.Completed, 4,
            CompletionDirectoratePattern,
            "a completion verb (directorate-report wording)", RuleKind.Completion) { IgnoreInRelativeClause = true },
        // "Videreføringen er sikret gjennom en fast bevilgning": made permanent.
        new("secured-permanently", MeasureStatus.Completed, 4,
            SecuredPermanentlyPattern,
            "secured by permanent funding") { FutureAware = false },

        // ---- short-form wordings (issue #3, measured blind on kortrapport-2023)
        // "Ingen oppstart ennå", "Ingen framdrift", "Null aktivitet i perioden", "Uten framdrift så langt", "Nedprioritert i
        // 2023", "Lagt til side inntil videre": elliptic statements that nothing has been done (band 3 like "postponed":
        // substantive work reported elsewhere wins).
        new("short-nothing-done", MeasureStatus.NotStarted, 3,
            ShortNothingDonePattern,
            "nothing done / put aside (short form): not begun") { DropWhenNegated = false, FutureAware = false, IsState = true },
        // "Kompetansepakken rulles ut i fylkene", "Tjenesten utvides gradvis", "Programmet er midtveis": under way.
        new("short-under-way", MeasureStatus.InProgress, 3,
            ShortUnderWayPattern,
            "being rolled out / gradually extended / half-way") { IsState = true },
        // "Utredningen forelå i januar 2023", "Kurset ble tilbudt første gang i mars": delivered.
        new("completion-short", MeasureStatus.Completed, 4,
            CompletionShortPattern,
            "a completion verb (short-form wording)", RuleKind.Completion) { IgnoreInRelativeClause = true },
        // "Verktøyet er i bruk ved alle sentralene", "Modulen er obligatorisk fra 2023": in place everywhere / made mandatory.
        new("in-use-everywhere", MeasureStatus.Completed, 4,
            InUseEverywherePattern,
            "in use everywhere / mandatory since a year") { FutureAware = false },

        // ---- nynorsk wordings (issue #3, measured blind on nynorsk-2023). Nynorsk forms of the statuses above, as new entries
        // so that the bokmål entries stay as they are; the shared alternations (Ikke, NotYet, Ble, Blir, Now) keep them short.
        // "Tiltaket er førebels ikkje følgt opp", "Oppdraget har så langt ikkje vorte følgd opp": the measure not followed up.
        new("nn-not-followed-up", MeasureStatus.NotStarted, 5,
            NnNotFollowedUpPattern,
            "the measure has not been followed up at all (nynorsk): not begun") { DropWhenNegated = false, FutureAware = false, IsState = true },
        // "Det er enno ikkje gjort noko arbeid", "Det har ikkje vore aktivitet": nothing done.
        new("nn-no-work", MeasureStatus.NotStarted, 5,
            NnNoWorkPattern,
            "no work done (nynorsk): not begun") { DropWhenNegated = false, FutureAware = false, IsState = true },
        // "Oppstarten av vidareutviklinga vart utsett", "Saka er lagd på is", "Arbeidet er sett på vent": the work as a whole put
        // off (band 3 like "postponed").
        new("nn-postponed", MeasureStatus.NotStarted, 3,
            NnPostponedPattern,
            "the work as a whole is postponed or shelved (nynorsk): not begun") { DropWhenNegated = false, FutureAware = false, IsState = true },
        // "er under utgreiing", "skal greiast ut", "vert greidd ut", "er i planlegginga": being investigated or planned.
        new("nn-being-planned", MeasureStatus.Planned, 3,
            NnBeingPlannedPattern,
            "being investigated / planned (nynorsk)") { IsState = true, AgentOptional = true, FutureAware = false },
        // "Helsedirektoratet fekk i oppdrag …", "er teke inn i tildelingsbrevet", "er lagt inn i oppdragsdokumentet": assigned.
        new("nn-assignment", MeasureStatus.Planned, 2,
            NnAssignmentPattern,
            "assigned (nynorsk: fekk i oppdrag, teke inn i tildelingsbrevet)") { FutureAware = false },
        // "vil bli vurdert(e)", "skal vurderast", "vert vurdert": an assessment to come (also bokmål "vil bli vurdert").
        new("nn-assessment", MeasureStatus.Planned, 2,
            NnAssessmentPattern,
            "will be / is being assessed (nynorsk and passive)") { FutureAware = false, AgentOptional = true },
        // "er planlagd til 2024", "planlegg ei satsing", "tek sikte på", "skal etablerast": a step planned or intended for later.
        new("nn-planned-step", MeasureStatus.Planned, 2,
            NnPlannedStepPattern,
            "a step planned or intended for later (nynorsk)") { FutureAware = false, AgentOptional = true },
        // "Direktoratet har sett i gang ei utgreiing", "Førearbeidet er starta": preparatory work begun is still planning (like
        // "began-planning"; before "nn-started", which leaves the span to it).
        new("nn-began-planning", MeasureStatus.Planned, 3,
            NnBeganPlanningPattern,
            "has begun the planning or other preparatory work (nynorsk)"),
        // "er sett i gang", "vart sett i verk", "har starta opp", "er påbyrja": begun (the planning itself begun stays planned).
        new("nn-started", MeasureStatus.InProgress, 3,
            NnStartedPattern,
            "has been started / set in motion (nynorsk)") { IgnoreInRelativeClause = true, IsState = true },
        // "held på med", "går føre seg", "er no i gang", "er godt i gang": under way.
        new("nn-ongoing", MeasureStatus.InProgress, 3,
            NnOngoingPattern,
            "is ongoing / under way (nynorsk)") { IsState = true, AgentOptional = true, IgnoreInRelativeClause = true },
        // "Arbeidet med piloten held fram", "arbeidet går vidare": the measure's own work continues (like "work-continues").
        new("nn-work-continues", MeasureStatus.InProgress, 3,
            NnWorkContinuesPattern,
            "the measure's own work continues (nynorsk)") { FutureAware = false, IsState = true },
        // "Direktoratet held fram med å rettleie kommunane", "held fram med kursa": continues (not the measure's own work as such).
        new("nn-continues", MeasureStatus.InProgress, 3,
            NnContinuesPattern,
            "continues (nynorsk)") { IsState = true },
        // "Utkastet har vore på høyring", "vart sendt på høyring": a public consultation held (like "consultation").
        new("nn-consultation", MeasureStatus.InProgress, 2.5,
            NnConsultationPattern,
            "has been on public consultation (nynorsk)"),
        // "partane arbeider no med …", "det vert arbeidd med …": working on something (an activity).
        new("nn-working-on", MeasureStatus.InProgress, 3,
            NnWorkingOnPattern,
            "is working on (nynorsk)", RuleKind.Activity),
        // "Helsenorge byggjer no opp …", "FHI analyserer no svara": a present-tense verb with "no" (like "doing-now").
        new("nn-doing-now", MeasureStatus.InProgress, 3,
            NnDoingNowPattern,
            "is doing the work now (nynorsk)"),
        // "Talet på kommunar aukar framleis", "tilbodet vert bygd ut vidare": still growing.
        new("nn-still-growing", MeasureStatus.InProgress, 3,
            NnStillGrowingPattern,
            "is still growing / spreading (nynorsk)") { IsState = true },
        // "Det vert no halde regionale kurs", "Det vert arrangert samlingar": courses held now (passive).
        new("nn-courses-held", MeasureStatus.InProgress, 2,
            NnCoursesHeldPattern,
            "courses are being held (nynorsk)", RuleKind.Activity),
        // Present-tense activities in nynorsk forms ("byggjer ut", "utviklar", "deltek", "prøver ut", "vert utvikla").
        new("nn-present-activity", MeasureStatus.InProgress, 2,
            NnPresentActivityPattern,
            "an activity in the present tense (nynorsk)", RuleKind.Activity),
        // Completion verbs in nynorsk forms, judged against the commitment like "completion": oppretta, utarbeidd, vedteken,
        // gav ut / gitt ut, teke i bruk, tok til å gjelde, har vore i drift sidan, vidareført, styrkt, avslutta, utvikla, laga.
        new("nn-completion", MeasureStatus.Completed, 4,
            NnCompletionPattern,
            "a completion verb (nynorsk)", RuleKind.Completion) { IgnoreInRelativeClause = true },
        // "Tiltaket er no gjennomført", "Tiltaket vert rekna som fullført": the report's own verdict.
        new("nn-declared-done", MeasureStatus.Completed, 4.1,
            NnDeclaredDonePattern,
            "the measure is declared carried out (nynorsk)") { FutureAware = false },
        // "Tiltaket ligg førebels på vent", "Arbeidet står på vent": on hold as a whole (like "on-hold").
        new("nn-on-hold", MeasureStatus.NotStarted, 3,
            NnOnHoldPattern,
            "on hold / not carried out in the period (nynorsk): not begun") { DropWhenNegated = false, FutureAware = false, IsState = true },
        // "er komen godt i gang", "går no for fullt", "vert no teke i bruk", "testast ut", "har stoppa opp": under way.
        new("nn-under-way", MeasureStatus.InProgress, 3,
            NnUnderWayPattern,
            "under way, in trial, being taken into use, stalled (nynorsk)") { IsState = true },
        // "Direktoratet avventar resultata", "Saka vert førebudd", "er under førebuing": waiting or preparing (planned).
        new("nn-awaiting-preparing", MeasureStatus.Planned, 2,
            NnAwaitingPreparingPattern,
            "waiting for something or being prepared (nynorsk)") { FutureAware = false, AgentOptional = true },
        // "Rapporten ligg føre", "vart sett i drift", "trådde i kraft", "vart ferdig", "er no tilgjengeleg": delivered.
        new("nn-completion-state", MeasureStatus.Completed, 4,
            NnCompletionStatePattern,
            "a completion verb of state (nynorsk)", RuleKind.Completion) { IgnoreInRelativeClause = true },
        // Money allocated, nynorsk: sett av, løyvd/løyvde, øyremerkt (weak, like "funding").
        new("nn-funding", MeasureStatus.Planned, 1,
            NnFundingPattern,
            "money allocated (nynorsk; no execution by itself)") { FutureAware = false },
        // ---- table-report wordings (issue #3, measured blind on tabellrapport-2024: terse cells of a follow-up table)
        // "Ikke prioritert innenfor gjeldende ramme", "Utsatt på ubestemt tid", "ingen arbeid startet": elliptic cells saying
        // the measure was not taken up (band 3 like "postponed"; the bare "ingen arbeid startet" is explicit, band 5).
        new("table-not-taken-up", MeasureStatus.NotStarted, 3,
            TableNotTakenUpPattern,
            "not prioritised / put off (a cell without a subject): not begun") { DropWhenNegated = false, FutureAware = false, IsState = true },
        new("table-no-work-started", MeasureStatus.NotStarted, 5,
            TableNoWorkStartedPattern,
            "no work started (elliptic)") { DropWhenNegated = false, FutureAware = false, IsState = true },
        // "Revideringen nærmer seg slutten", "Kartleggingen er under analyse", "Løsningen testes ved to institutter", "Piloten
        // kjøres i tre helseregioner", "Notatene sendes helseforetakene fortløpende": work under way.
        new("table-under-way", MeasureStatus.InProgress, 3,
            TableUnderWayPattern,
            "being finished / analysed / tested / run / done continuously") { IsState = true },
        // "Videreføres i ordinær drift": made part of ordinary operation (not "continues": the measure's work is over).
        new("table-ordinary-operation", MeasureStatus.Completed, 4,
            TableOrdinaryOperationPattern,
            "carried on in ordinary operation (made permanent)") { FutureAware = false },
        // "Avklart gjennom rundskriv", "Samarbeidsmodellen er avtalt", "Tilskuddsrammen hevet med 8 mill. kroner",
        // "Oppsummeringene brukt som grunnlag for …": completions judged against the commitment like the others. Not an
        // agreement made ("har avtalt en utredning": the study is still to come) and not a condition ("til X er avklart").
        new("completion-table", MeasureStatus.Completed, 4,
            CompletionTablePattern,
            "a completion verb (table-report wording)", RuleKind.Completion) { IgnoreInRelativeClause = true },
        // "Oppdrag gitt til Bufdir i tildelingsbrev 2024", "Utredningen er bestilt", "De regionale helseforetakene er bedt om å
        // vurdere dette", "Planlagt som tema i …": assigned, commissioned, asked for, planned.
        new("table-assigned", MeasureStatus.Planned, 2,
            TableAssignedPattern,
            "assigned / commissioned / asked for / planned (table cell)") { FutureAware = false },

        // ---- final-report wordings (issue #3, measured blind on sluttrapport-2025: the account at the end of the plan period)
        // "… ble arbeidet med verktøyet aldri startet", "Samordningen ble aldri utredet", "er det ikke tatt noen skritt i
        // registerarbeidet", "vurderingen er derfor ikke innledet": explicitly never begun (band 5, wins over money allocated).
        new("final-never-begun", MeasureStatus.NotStarted, 5,
            FinalNeverBegunPattern,
            "never started / no step taken / not initiated: not begun") { DropWhenNegated = false, FutureAware = false, IsState = true },
        // "Det ble ikke funnet rom for utredningen", "Spørsmålet har ikke vært vurdert i perioden": not taken up in the period
        // (band 3 like "postponed": substantive work reported elsewhere wins).
        new("final-not-taken-up", MeasureStatus.NotStarted, 3,
            FinalNotTakenUpPattern,
            "no room found for it / not assessed in the period: not begun") { DropWhenNegated = false, FutureAware = false, IsState = true },
        // "Målet for utbredelse er nådd", "Udir anser målet som nådd": the measure's target reached (the report's verdict).
        new("final-target-reached", MeasureStatus.Completed, 4.1,
            FinalTargetReachedPattern,
            "the target is reached") { FutureAware = false },
        // "har vært fast praksis siden 2022", "er blitt en fast del av kvalitetsarbeidet", "er innarbeidet i skolehelsetjenestens
        // faste tilbud", "er i daglig bruk ved alle …": made standing practice, part of the ordinary service.
        new("final-standing-practice", MeasureStatus.Completed, 4,
            FinalStandingPracticePattern,
            "standing practice / a permanent part / in daily use") { FutureAware = false },
        // Completion verbs of the final account, judged against the commitment: "ble gitt ut", "ble fornyet", "ble nedfelt i en
        // avtale", "munnet ut i en rapport", "endte med et eget avsnitt", "var klart i 2022", "kom i 2022", "har vært styrende
        // for … siden 2023".
        new("completion-final", MeasureStatus.Completed, 4,
            CompletionFinalPattern,
            "a completion verb (final-report wording)", RuleKind.Completion) { IgnoreInRelativeClause = true },
        // "de konkrete tiltakene forhandles fortsatt", "resten får fortsatt støtte fra RVTS-ene", "er underveis", "Opplæringen
        // holder fram i 2026", "er under testing", "er på testrunde", "mottar nå rapporter fra fire av sju institutter": under way.
        new("final-still-under-way", MeasureStatus.InProgress, 3,
            FinalStillUnderWayPattern,
            "still being done / under way / in test / now partly in place") { IsState = true },
        // "sørsamisk versjon er hos oversetter": the deliverable's last part is being made (above a finished part, band 4.5).
        new("final-with-the-maker", MeasureStatus.InProgress, 4.5,
            FinalWithTheMakerPattern,
            "a part of the deliverable is with the translator / printer") { FutureAware = false, IsState = true },
        // "Spørsmålet er sendt til de regionale helseforetakene for vurdering": handed over to be assessed, so the assessment is
        // still to come (the completion verb "sendt" leaves such a span).
        new("final-sent-for-assessment", MeasureStatus.Planned, 2,
            FinalSentForAssessmentPattern,
            "sent to someone for assessment / comments (assigned)") { FutureAware = false },
        // "Alle kommuner har fra 2024 digital kontakt med …", "Samtlige helseforetak har nå et team": in place everywhere.
        new("final-everyone-has", MeasureStatus.Completed, 4,
            FinalEveryoneHasPattern,
            "everyone (all municipalities, all trusts …) now has it") { FutureAware = false },

        // ---- word-processor report wordings (issue #3, measured blind on ordbehandler-2024)
        // "Gjennomgangene har fortsatt i første halvår": the work has continued through a period (not the adverb "fortsatt").
        new("has-continued", MeasureStatus.InProgress, 3,
            HasContinuedPattern,
            "has continued through a period") { IsState = true },
        // "Forumet har vært operativt siden 2021": a body or service up and running since a date.
        new("operative", MeasureStatus.Completed, 4,
            OperativePattern,
            "operative / up and running since a date") { IgnoreInRelativeClause = true, FutureAware = false },
        // "Kampanjeserien er omtrent midtveis": a verdict on the whole, above a finished part (band 4.5, like "delvis gjennomført").
        new("midway-verdict", MeasureStatus.InProgress, 4.5,
            MidwayVerdictPattern,
            "the work as a whole is about halfway") { IsState = true, FutureAware = false },
        // "Rapporten ble overrakt statsråden": handed over (judged against the commitment).
        new("handed-over", MeasureStatus.Completed, 4,
            HandedOverPattern,
            "handed over", RuleKind.Completion) { IgnoreInRelativeClause = true },
        // "Medietilsynet slapp informasjonspakken i januar": released (not "slapp unna", "slapp opp").
        new("released", MeasureStatus.Completed, 4,
            ReleasedPattern,
            "released", RuleKind.Completion) { IgnoreInRelativeClause = true },
        // "Modellen utprøves ved fire enheter", "er under testing i tre kommuner": in trial.
        new("in-trial", MeasureStatus.InProgress, 3,
            InTrialPattern,
            "in trial / being tested") { IsState = true },
        // "Kartleggingen går sin gang": proceeding.
        new("going-its-way", MeasureStatus.InProgress, 3,
            GoingItsWayPattern,
            "is proceeding") { IsState = true },
        // "Nettverket har hatt tre samlinger": meetings held (an activity under way).
        new("meetings-held", MeasureStatus.InProgress, 2,
            MeetingsHeldPattern,
            "meetings / gatherings have been held"),
        // "Det er ikke satt i verk noe arbeid": not set in motion.
        new("not-set-in-motion", MeasureStatus.NotStarted, 5,
            NotSetInMotionPattern,
            "not set in motion") { DropWhenNegated = false, FutureAware = false, IsState = true },
        // "Vurderingen er aldri blitt startet": never begun.
        new("never-started", MeasureStatus.NotStarted, 5,
            NeverStartedPattern,
            "never begun") { DropWhenNegated = false, FutureAware = false, IsState = true },
        // "Spørsmålet er ikke tatt opp til vurdering ennå": not yet taken up for consideration.
        new("not-taken-up", MeasureStatus.NotStarted, 5,
            NotTakenUpPattern,
            "not taken up for consideration") { DropWhenNegated = false, FutureAware = false, IsState = true },
        // "Ingen vurdering av en ekspertgruppe eller en coroner-ordning er påbegynt": no such work begun (a longer subject than
        // "none-has-begun" reads).
        new("none-begun", MeasureStatus.NotStarted, 5,
            NoneBegunPattern,
            "no work of the kind has begun") { DropWhenNegated = false, FutureAware = false, IsState = true },
        // "FHI tester en ny rutine", "Vivat utvider kurstilbudet", "Kommunene rekrutterer koordinatorer": activities in the present tense.
        new("present-activity-wp", MeasureStatus.InProgress, 2,
            PresentActivityWpPattern,
            "an activity in the present tense", RuleKind.Activity),
        // "to prosjekter, som begge er i oppstart": starting up.
        new("starting-up", MeasureStatus.InProgress, 3,
            StartingUpPattern,
            "is starting up") { IsState = true },
        // "FoU-oppdraget er avrundet med en sluttrapport": wound up (judged against the commitment).
        new("wound-up", MeasureStatus.Completed, 4,
            WoundUpPattern,
            "wound up / concluded", RuleKind.Completion) { IgnoreInRelativeClause = true },
        // "Det er nå kompetansenettverk i alle fire helseregioner": in place everywhere.
        new("exists-everywhere", MeasureStatus.Completed, 4,
            ExistsEverywherePattern,
            "now exists in every region / county") { FutureAware = false },
        // "Tilskuddsordningen fikk et påslag på 2 millioner kroner": got an increase (judged against the commitment).
        new("got-increase", MeasureStatus.Completed, 4,
            GotIncreasePattern,
            "got an increase") { IgnoreInRelativeClause = true },
        // "Tiltaket regnes dermed som avsluttet": the report's own verdict, with a connective.
        new("declared-done-thus", MeasureStatus.Completed, 4.1,
            DeclaredDoneThusPattern,
            "the measure is thereby declared carried out") { FutureAware = false },
        // "… med oppstart etter sommeren": a start scheduled.
        new("start-scheduled", MeasureStatus.Planned, 2,
            StartScheduledPattern,
            "a start is scheduled") { FutureAware = false, AgentOptional = true },
        // "vil bli konkretisert der", "vil bli nærmere avklart": to be specified later.
        new("to-be-specified", MeasureStatus.Planned, 2,
            ToBeSpecifiedPattern,
            "is to be specified / clarified later") { FutureAware = false, AgentOptional = true },
        // "Et seminar er satt opp til november 2024": scheduled.
        new("set-up-for", MeasureStatus.Planned, 2,
            SetUpForPattern,
            "is scheduled for a later date") { FutureAware = false },
        // "Modellen skal drøftes i et møte i september": to be discussed.
        new("to-be-discussed", MeasureStatus.Planned, 2,
            ToBeDiscussedPattern,
            "is to be discussed") { FutureAware = false, AgentOptional = true },
        // "Gruppen utformer for tiden en veileder": doing it at present.
        new("for-the-time-being", MeasureStatus.InProgress, 3,
            ForTheTimeBeingPattern,
            "is doing the work at present"),
        // "Verktøy tas inn på helsenorge.no fortløpende", "kursene holdes fortløpende": continuously (not upkeep such as
        // "oppdateres fortløpende", and not above a completion: band 3, no state).
        new("continuously", MeasureStatus.InProgress, 3,
            ContinuouslyPattern,
            "is done continuously"),
        // "Tiltaket er overført til arbeidet med pasientforløp": the measure itself moved into another work stream, where it is
        // still to be done — not a delivery (outranks the "er overført til" completion, which is about a deliverable moved).
        new("measure-transferred", MeasureStatus.Planned, 4.2,
            MeasureTransferredPattern,
            "the measure is transferred into other work") { FutureAware = false },
        // "Veilederen fikk et eget kapittel om selvmord": a content addition delivered.
        new("got-content", MeasureStatus.Completed, 4,
            GotContentPattern,
            "got a chapter / section of its own") { IgnoreInRelativeClause = true },

        // ---- jointly-reported report wordings (issue #3, measured blind on samlerapport-2023)
        // "Oversikten har vært tilgjengelig for alle siden 2021": available (delivered) since a year.
        new("available-since", MeasureStatus.Completed, 4,
            AvailableSincePattern,
            "available since a year") { IgnoreInRelativeClause = true, FutureAware = false },
        // "Piloten er inne i sitt andre år": running in a later year or phase.
        new("in-its-nth-year", MeasureStatus.InProgress, 3,
            InItsNthYearPattern,
            "is in its second (third …) year / phase") { IsState = true },
        // "Forumet og samarbeidet fungerer som faste ordninger": established and running as permanent arrangements.
        new("works-as-permanent", MeasureStatus.Completed, 4,
            WorksAsPermanentPattern,
            "works as a permanent arrangement") { FutureAware = false },
        // "Nettressursen spres gjennom direktoratets nettverk": dissemination under way.
        new("being-spread", MeasureStatus.InProgress, 3,
            BeingSpreadPattern,
            "is being spread / disseminated") { IsState = true },
        // "Rundskrivet om taushetsplikt kom i januar 2023": a document issued.
        new("came-out-in", MeasureStatus.Completed, 4,
            CameOutInPattern,
            "a document came out in a month / year") { IgnoreInRelativeClause = true, FutureAware = false },
        // "Ingen av de to tiltakene har kommet ut av startblokkene ennå": none of them begun.
        new("none-out-of-the-blocks", MeasureStatus.NotStarted, 5,
            NoneOutOfTheBlocksPattern,
            "none of the measures has got going") { DropWhenNegated = false, FutureAware = false, IsState = true },
        // "Materiellet skrives om i disse månedene": being rewritten.
        new("being-rewritten", MeasureStatus.InProgress, 3,
            BeingRewrittenPattern,
            "is being rewritten / reworked") { IsState = true },
        // "Tilbudet bygges videre ut": expansion under way.
        new("being-built-further", MeasureStatus.InProgress, 3,
            BeingBuiltFurtherPattern,
            "is being built further out") { IsState = true },
        // "Retningslinjen ble lagt ut i april": published (judged against the commitment).
        new("was-posted", MeasureStatus.Completed, 4,
            WasPostedPattern,
            "was posted / published", RuleKind.Completion) { IgnoreInRelativeClause = true },
        // "Direktoratet har ikke rukket å begynne på tiltaket": not begun.
        new("not-had-time", MeasureStatus.NotStarted, 5,
            NotHadTimePattern,
            "has not had time to begin") { DropWhenNegated = false, FutureAware = false, IsState = true },
        // "Veilederen har fått et avsnitt om selvmord": a content addition delivered (perfect tense of got-content).
        new("has-got-content", MeasureStatus.Completed, 4,
            HasGotContentPattern,
            "has got a chapter / section on the subject") { IgnoreInRelativeClause = true },
        // "Kommunene får veiledning om oppfølging": guidance being given.
        new("receives-guidance", MeasureStatus.InProgress, 2,
            ReceivesGuidancePattern,
            "receives guidance / training"),
        // "Gruppen gjennomgår nå regelverket": work in the present tense with "nå".
        new("reviewing-now", MeasureStatus.InProgress, 3,
            ReviewingNowPattern,
            "is reviewing / mapping / drafting now"),
        // "Oppsummeringene blir nå fulgt opp i prosjekter": follow-up under way, not a completion.
        new("being-followed-up-now", MeasureStatus.InProgress, 4.2,
            BeingFollowedUpNowPattern,
            "is being followed up (present passive)") { IsState = true },
        // "Tilbudet er under oppskalering": being scaled up.
        new("being-scaled-up", MeasureStatus.InProgress, 3,
            BeingScaledUpPattern,
            "is being scaled up") { IsState = true },
        // "Materiellet tilpasses nå norske forhold": adaptation under way.
        new("being-adapted-now", MeasureStatus.InProgress, 3,
            BeingAdaptedNowPattern,
            "is being adapted / translated now") { IsState = true },
        // "Et kurs er under bestilling": being commissioned.
        new("being-ordered", MeasureStatus.Planned, 3,
            BeingOrderedPattern,
            "is being ordered / commissioned") { IsState = true },
        // "Tiltakene er lagt inn i direktoratets oppdragsportefølje": assigned.
        new("entered-in-portfolio", MeasureStatus.Planned, 2,
            EnteredInPortfolioPattern,
            "entered in an assignment portfolio / letter") { FutureAware = false, AgentOptional = true },
        // "Direktoratet har fått tiltakene samlet i tildelingsbrevet": assigned.
        new("got-in-letter", MeasureStatus.Planned, 2,
            GotInLetterPattern,
            "has got it in the allocation letter") { FutureAware = false },
        // "Revisjonen er satt på dagsordenen for 2024": scheduled.
        new("on-the-agenda", MeasureStatus.Planned, 2,
            OnTheAgendaPattern,
            "put on the agenda") { FutureAware = false, AgentOptional = true },
        // "Revisjonen er forberedt": preparation done, the work itself not begun.
        new("prepared", MeasureStatus.Planned, 2,
            PreparedPattern,
            "has been prepared (the work itself to come)") { FutureAware = false },
        // "Et opplegg skal utformes i 2024": to be designed.
        new("to-be-designed", MeasureStatus.Planned, 2,
            ToBeDesignedPattern,
            "is to be designed") { FutureAware = false, AgentOptional = true },

        // ---- administrative-prose wordings (issue #3, measured blind on a report in formal ministry prose: nominalisations,
        // s-/bli-passives, hedges, assignments, negations far from their verb)
        // "Det har i perioden, av ressurshensyn, ikke vært rom for å prioritere oppstart", "har så langt ikke funnet det
        // hensiktsmessig å starte arbeidet", "Det har ikke, i påvente av avtale, vært mulig å påbegynne": the start itself was
        // not possible or not chosen, with the negation several words before its verb (band 5, explicit).
        new("admin-start-not-possible", MeasureStatus.NotStarted, 5,
            AdminStartNotPossiblePattern,
            "it has not been possible / found right to start the work: not begun") { DropWhenNegated = false, FutureAware = false, IsState = true },
        // "Noe arbeid med tiltaket er ennå ikke kommet i stand": no work has come about.
        new("admin-no-work-came-about", MeasureStatus.NotStarted, 5,
            AdminNoWorkCameAboutPattern,
            "no work has come about: not begun") { DropWhenNegated = false, FutureAware = false, IsState = true },
        // "Implementeringsarbeidet er innledet", "Utarbeidelsen … er iverksatt", "Arbeidet ble satt i verk i mai": begun (the
        // auxiliary form of the start verbs the "started" row does not take).
        new("admin-started", MeasureStatus.InProgress, 3,
            AdminStartedPattern,
            "has been initiated / set in motion") { IgnoreInRelativeClause = true, IsState = true },
        // "Oppstarten av gjennomgangen fant sted i juni", "Igangsettingen av arbeidet skjedde i 2022": a nominalised start.
        new("admin-start-took-place", MeasureStatus.InProgress, 3,
            AdminStartTookPlacePattern,
            "the start (a nominalisation) took place") { IsState = true },
        // "Piloten befinner seg i gjennomføringsfasen", "er nå i sin avsluttende fase", "i en tidlig fase": a phase of execution.
        new("admin-execution-phase", MeasureStatus.InProgress, 3,
            AdminExecutionPhasePattern,
            "in a phase of execution (early, running, final)") { IsState = true },
        // "de øvrige regionene befinner seg i en forberedende fase": preparing (planning).
        new("admin-preparatory-phase", MeasureStatus.Planned, 3,
            AdminPreparatoryPhasePattern,
            "in a preparatory phase (planning)") { IsState = true },
        // "er under utforming / prosjektering / utvidelse / sluttføring / kvalitetssikring", "er nå til faglig kvalitetssikring".
        new("admin-under", MeasureStatus.InProgress, 3,
            AdminUnderPattern,
            "being designed / engineered / extended / finished / quality-assured") { IgnoreInRelativeClause = true, IsState = true },
        // "Distribusjonen finner sted løpende", "Understøttelsen skjer gjennom regionale samlinger", "Utprøving foregår i fem
        // kommuner", "Rutinene omarbeides for tiden": a nominalised activity taking place now, or an s-passive "for tiden".
        new("admin-taking-place", MeasureStatus.InProgress, 3,
            AdminTakingPlacePattern,
            "an activity takes place now (nominalised or s-passive)") { IsState = true },
        // "De kommunale teamene er nå operative i 31 kommuner", "er etablert ved 12 helseforetak": in place in a counted part
        // (band 2, like a completion judged partial: an explicit state of the work elsewhere is the better evidence).
        new("admin-in-counted-units", MeasureStatus.InProgress, 2,
            AdminInCountedUnitsPattern,
            "in place in a counted number of units (part of the scope)") { IsState = true },
        // "…, mens de to øvrige regionene venter": the rest of the units still to come, so the work is done in only a part of the
        // scope (band 3, like "remaining": what was done there is not the whole deliverable).
        new("admin-others-remaining", MeasureStatus.InProgress, 3,
            AdminOthersRemainingPattern,
            "the other units are still to come (part of the scope done)") { FutureAware = false },
        // "er lagt ut til alminnelig høring", "ble sendt på offentlig høring": a public consultation.
        new("admin-consultation", MeasureStatus.InProgress, 2.5,
            AdminConsultationPattern,
            "put out on public consultation"),
        // "Lanseringen av oversikten skjedde i desember", "Publiseringen av resultatene fant sted i juni": a nominalised
        // completion (judged against the commitment like a completion verb).
        new("admin-completion-took-place", MeasureStatus.Completed, 4,
            AdminCompletionTookPlacePattern,
            "a completion (a nominalisation) took place", RuleKind.Completion),
        // Completion verbs of administrative prose: konstituert, utferdiget, avgitt, framlagt for, tilgjengeliggjort, "har
        // virkning fra".
        new("completion-admin", MeasureStatus.Completed, 4,
            CompletionAdminPattern,
            "a completion verb (administrative wording)", RuleKind.Completion) { IgnoreInRelativeClause = true },
        // "Helsedirektoratet er anmodet om å …", "er i oppdragsdokumentet pålagt å …", "Et oppdrag om å utrede … er gitt":
        // asked or ordered to do it (assigned, planned).
        new("admin-requested", MeasureStatus.Planned, 2,
            AdminRequestedPattern,
            "requested / ordered to do it (assigned)") { FutureAware = false },
        // "er innarbeidet i virksomhetsplanen for 2023", "inngår i direktoratets oppdragsportefølje for 2023": put into a work
        // plan or assignment letter (planned; the completion row leaves such a span).
        new("admin-in-work-plan", MeasureStatus.Planned, 2,
            AdminInWorkPlanPattern,
            "put into a work plan / assignment letter (assigned)") { FutureAware = false, AgentOptional = true },
        // "Det legges opp til at …", "forutsettes håndtert i …", "vil bli forelagt …", "Det vil bli tatt stilling til …":
        // hedged intentions (planned).
        new("admin-intention", MeasureStatus.Planned, 2,
            AdminIntentionPattern,
            "an intention in administrative wording (legges opp til, forutsettes, vil bli forelagt)") { FutureAware = false, AgentOptional = true },

        // ---- weak (band 1)
        // ---- ministry-report wordings (issue #3, measured blind on departementsrapport-2024: chapters by ministry, a status
        // field per measure; the narrative decides where the field is missing)
        // "Ingen har tatt fatt på arbeidet med …", "Ingen av foretakene har ennå begynt på dette": nobody has begun (band 5).
        new("nobody-begun", MeasureStatus.NotStarted, 5,
            NobodyBegunPattern,
            "nobody has taken up / begun the work: not begun") { DropWhenNegated = false, FutureAware = false, IsState = true },
        // "Helsedirektoratet skal etter oppdragsbrevet utrede …", "skal ifølge tildelingsbrevet levere": work to do under an
        // assignment (planned, like "got-in-letter").
        new("per-assignment", MeasureStatus.Planned, 2,
            PerAssignmentPattern,
            "is to do it under an assignment letter: assigned") { FutureAware = false },
        // ---- history-report wordings (issue #3, measured blind on historikk-2024)
        // "Det har ikke skjedd noe med tiltaket siden 2020": nothing has happened, so not begun (band 5).
        new("nothing-happened", MeasureStatus.NotStarted, 5,
            NothingHappenedPattern,
            "nothing has happened: not begun") { DropWhenNegated = false, FutureAware = false, IsState = true },
        // "Våren 2024 tok arbeidet seg opp igjen", "Arbeidet er gjenopptatt": work resumed after a stop (explicit progress).
        new("resumed", MeasureStatus.InProgress, 3,
            ResumedPattern,
            "the work has been resumed") { IsState = true },
        // "Et revidert utkast sirkulerer nå blant brukerorganisasjonene": a draft out for comments (work under way).
        new("draft-circulating", MeasureStatus.InProgress, 3,
            DraftCirculatingPattern,
            "a draft is circulating for comments") { IsState = true },
        // "Halvparten av regionene bruker …", "sender tre av seks enheter …", "åpnet de to første sengepostene": taken up by a
        // part of the scope (under way, not finished).
        new("partial-uptake", MeasureStatus.InProgress, 3,
            PartialUptakePattern,
            "taken up by a part of the scope") { IsState = true },
        // "Tjenesten har vært landsdekkende siden januar 2024", "dekker … alle helseregioner": in place across the whole country.
        new("nationwide", MeasureStatus.Completed, 4,
            NationwidePattern,
            "in place nationwide") { IsState = true },
        // "Høsten 2022 startet skrivingen": a dated start told with the time first (a step in a narrative through the years).
        new("dated-start", MeasureStatus.InProgress, 3,
            DatedStartPattern,
            "the work started at a date (told with the time first)") { IsState = true },
        // ---- project-management (programme-office) wordings (issue #3, measured blind on a report in portfolio jargon): phases and
        // milestones, IT and delivery loanwords (go-live, produksjonssatt, sprint, backlog), portfolio states (parkert, i
        // porteføljen for 2025, prosjektmandat under forankring). Traffic-light fields ("Status: Grønn (i rute)") are skipped by
        // the classifier (a colour is a health signal, not a stage).
        // Not cleared to start: "har ikke kommet ut av backloggen", "har ikke fått grønt lys / klarsignal", "det er ikke satt av
        // ressurser til oppstart" (band 5, like "ikke påbegynt").
        new("pm-not-cleared", MeasureStatus.NotStarted, 5,
            PmNotClearedPattern,
            "not cleared to start: still in the backlog, no green light, no resources for start-up") { DropWhenNegated = false, FutureAware = false, IsState = true },
        // "Tiltaket står parkert", "har ligget parkert siden 2022": parked in the portfolio (band 3, like "lagt på is").
        new("pm-parked", MeasureStatus.NotStarted, 3,
            PmParkedPattern,
            "parked in the portfolio: not begun") { DropWhenNegated = false, FutureAware = false, IsState = true },
        // "Prosjektet er nå i analysefasen", "er i fase 2", "er i leveransefasen", "i pilotdrift": an execution phase (not the
        // initiation/concept phase, below).
        new("pm-execution-phase", MeasureStatus.InProgress, 3,
            PmExecutionPhasePattern,
            "in an execution phase of the project (analysis, delivery, test, rollout, pilot operation)") { IsState = true },
        // "Arbeidet er i initieringsfasen", "Prosjektmandatet … er under forankring", "før prosjektmandatet skrives": not yet a
        // mandated project (planned).
        new("pm-initiation", MeasureStatus.Planned, 3,
            PmInitiationPattern,
            "in the initiation phase or before the project mandate: being planned") { IsState = true },
        // "er i porteføljen for 2025", "står i arbeidsplanen for 2025", "står som nummer to på prioriteringslisten for 2025":
        // scheduled in a portfolio or work plan for a coming year (planned).
        new("pm-in-portfolio", MeasureStatus.Planned, 3,
            PmInPortfolioPattern,
            "in the portfolio, work plan or priority list for a year: planned") { IsState = true },
        // Continuous or staged delivery: "kjøres løpende", "går ut bølgevis", "tas inn i en løpende releaseplan", "løper ut 2025",
        // "sprint 7 er i gang", "skaleres videre", "har god fremdrift", "følger etter i neste bølge", "er i test hos", "jobbes det
        // med", "kjøres som tre arbeidsstrømmer", "med rullerende opptak", "trappes opp gjennom 2024".
        new("pm-delivering", MeasureStatus.InProgress, 3,
            PmDeliveringPattern,
            "delivered continuously or in stages, still running") { IsState = true, IgnoreInRelativeClause = true },
        // "er faset inn i tre av fem regioner", "har så langt nådd åtte av seksten sykehus", "er i produksjon hos to av fire":
        // rolled out to a counted part of the units.
        new("pm-partial-rollout", MeasureStatus.InProgress, 3,
            PmPartialRolloutPattern,
            "rolled out to a counted part of the units") { IsState = true },
        // Delivery loanwords: "ble produksjonssatt", "ble satt i produksjon", "har fått et varig løft" (judged against the
        // commitment).
        new("pm-went-live", MeasureStatus.Completed, 4,
            PmWentLivePattern,
            "put into production / lifted permanently", RuleKind.Completion),
        // "hadde go-live i mars", "gikk live", "har vært live siden": an active intransitive whose subject is the product; the
        // theme analysis reads passives and perfects, so this is a phrase (a launch is the delivery of what goes live).
        new("pm-go-live", MeasureStatus.Completed, 4,
            PmGoLivePattern,
            "went live (launched)"),
        // "Prosjektet er formelt avsluttet", "Tiltaket er lukket", "Sluttleveransen ble godkjent": the project itself closed or
        // its final delivery accepted.
        new("pm-closed", MeasureStatus.Completed, 4,
            PmClosedPattern,
            "the project or measure is closed / its final delivery accepted"),

        // "Forslag til modell på trappene", "Oppstarten står på trappene": imminent, not yet begun (an indirect signal, band 2).
        new("pm-imminent", MeasureStatus.Planned, 2,
            PmImminentPattern,
            "imminent (on the doorstep): about to start") { IsState = true },

        // ---- plain-language (klarspråk) wordings (issue #3, measured blind on klarsprak-2023): active voice with "vi" and
        // concrete subjects, everyday and particle verbs instead of the formal vocabulary, dates in plain words.
        // Not managed to begin: a negated modal or "fått/rukket/hatt tid til" before a start verb ("har vi av ulike grunner ikke
        // kunnet starte på", "har ikke hatt tid til å se på", "har ikke fått gjort noe med"), band 5 like "ikke påbegynt".
        new("not-managed-to-start", MeasureStatus.NotStarted, 5,
            NotManagedToStartPattern,
            "has not been able / had time to begin: not begun") { DropWhenNegated = false, FutureAware = false, IsState = true },
        // "har ingen tatt tak i ennå", "Ingen har sett på saken": nobody (inverted or not) has taken the work up (band 5).
        new("nobody-took-up", MeasureStatus.NotStarted, 5,
            NobodyTookUpPattern,
            "nobody has taken the work up: not begun") { DropWhenNegated = false, FutureAware = false, IsState = true },
        // "Piloten går som planlagt", "Vi er midt i arbeidet med …", "er på god vei", "kursene går for fulle hus": on course.
        new("on-course", MeasureStatus.InProgress, 3,
            OnCoursePattern,
            "is on course / in the middle of the work") { IsState = true },
        // "Vi har fortsatt et stykke igjen", "har ennå en lang vei å gå": some of the way remains.
        new("distance-left", MeasureStatus.InProgress, 3,
            DistanceLeftPattern,
            "part of the way remains") { IsState = true, DropWhenNegated = false, FutureAware = false },
        // "Helsedirektoratet skriver på de siste kapitlene", "jobber på utkastet": writing on the deliverable now.
        new("writing-on", MeasureStatus.InProgress, 3,
            WritingOnPattern,
            "is writing / working on a text") { AgentOptional = true },
        // "bruker et utkast til kriterier på prøve", "ordningen er på prøve": in trial.
        new("on-trial", MeasureStatus.InProgress, 3,
            OnTrialPattern,
            "in trial (på prøve)") { IsState = true },
        // "Tilbudet sprer seg stadig", "Stadig flere kommuner kommer i gang med …", "Nå sprer vi dem til flere skoler",
        // "Nå tar vi kampanjen videre til Vestlandet": spreading to more units.
        new("spreading", MeasureStatus.InProgress, 3,
            SpreadingPattern,
            "is spreading / taken on to more units") { IsState = true },
        // "RVTS-ene hjelper kommunene i gang", "Nå hjelper vi helseforetakene med …", "gir nå avdelingene opplæring": help
        // given to the services now.
        new("helps-services", MeasureStatus.InProgress, 3,
            HelpsServicesPattern,
            "helps / trains the services now", RuleKind.Activity),
        // "har siden i vår samlet kunnskap om …", "har siden 2022 jobbet med …": an activity going on since a time.
        new("active-since", MeasureStatus.InProgress, 3,
            ActiveSincePattern,
            "an activity going on since a time"),
        // "i fjor høst satte vi den til side", "ble lagt bort": begun work put aside (stalled, like "har stoppet opp").
        new("set-aside", MeasureStatus.InProgress, 2.5,
            SetAsidePattern,
            "the work was put aside (stalled, not finished)") { IsState = true },
        // "Tre helseforetak har nå brukerstyrt seng", "280 kommuner har nå en plan": a counted part of the units has it now (not
        // "alle de fire …"); an indirect signal (band 2): a measure's own statement of work under way goes before it.
        new("counted-units-have", MeasureStatus.InProgress, 2,
            CountedUnitsHavePattern,
            "a counted part of the units has it now") { IsState = true },
        // Particle verbs of publishing and delivering: "ga ut", "er gitt ut", "la … ut på nett", "gikk på lufta", "kom med
        // sluttrapporten", "står klart", "ble sjøsatt" (judged against the commitment).
        new("published-plain", MeasureStatus.Completed, 4,
            PublishedPlainPattern,
            "published / delivered (particle verb)", RuleKind.Completion) { IgnoreInRelativeClause = true },
        // "NSSF og FHI er ikke helt i mål med modellen", "er ennå ikke i havn": a negated arrival (work remains).
        new("not-quite-there", MeasureStatus.InProgress, 3,
            NotQuiteTherePattern,
            "not yet at the goal (i mål / i havn)") { IsState = true, DropWhenNegated = false, FutureAware = false },
        // "Vi er ferdige med å gå gjennom veilederen", "er ferdig skrevet", "er i mål med revisjonen": finished (judged against
        // the commitment).
        new("finished-with", MeasureStatus.Completed, 4,
            FinishedWithPattern,
            "is finished with", RuleKind.Completion) { IgnoreInRelativeClause = true },
        // "Statens vegvesen har telt opp og vurdert alle høybruer": counted (judged against the commitment).
        new("counted", MeasureStatus.Completed, 4,
            CountedPattern,
            "counted up", RuleKind.Completion) { IgnoreInRelativeClause = true },
        // "Alkoholstrategien har vi hatt siden 2021", "har vært oppe og gå siden 2021", "har eksistert siden": in existence since.
        new("existing-since", MeasureStatus.Completed, 4,
            ExistingSincePattern,
            "has existed / been up and running since a year") { IgnoreInRelativeClause = true, FutureAware = false },
        // "Vi fikk regelen på plass 1. mars", "Alle de fire helseregionene har nå et kompetansenettverk": in place.
        new("got-in-place", MeasureStatus.Completed, 4,
            GotInPlacePattern,
            "got it in place / every unit now has one") { FutureAware = false },
        // Present tense with a future time in plain words: "Det arbeidet begynner etter nyttår", "En arbeidsgruppe settes ned i
        // januar", "Gruppen møtes første gang i januar", "Vi lyser det ut på nytt i mars".
        new("scheduled-plain", MeasureStatus.Planned, 2,
            ScheduledPlainPattern,
            "a start scheduled for a later time (present tense, plain-word date)") { FutureAware = false, AgentOptional = true },
        // "Bufdir har fått ansvaret for å lage kurset", "Dette kommer med i oppdragsdokumentet for 2024": assigned.
        new("plain-assigned", MeasureStatus.Planned, 2,
            PlainAssignedPattern,
            "assigned (plain wording)") { FutureAware = false },
        // "Helsedirektoratet skal lage et opplegg", "Vi skal sette ned en ekspertgruppe": an everyday verb after a modal.
        new("plain-future-step", MeasureStatus.Planned, 2,
            PlainFutureStepPattern,
            "a concrete step is planned for later (everyday verb)") { FutureAware = false, AgentOptional = true },
        // "Kampanjen er ennå på tegnebrettet", "på planleggingsstadiet": being planned.
        new("drawing-board", MeasureStatus.Planned, 3,
            DrawingBoardPattern,
            "on the drawing board (being planned)") { IsState = true },
        // "Vi blir ferdige i vår", "regner med å bli ferdig før sommeren": to be finished later, so work remains (in progress).
        new("done-later", MeasureStatus.InProgress, 3,
            DoneLaterPattern,
            "will be finished later (work remains)") { IsState = true, FutureAware = false },
        // "Helsedirektoratet har holdt på med veilederen siden 2021", "har lenge holdt på å skrive": busy with it.
        new("busy-since", MeasureStatus.InProgress, 3,
            BusySincePattern,
            "has been busy with the work") { IsState = true },
        // "Vi har gått i gang med veilederen", "Skrivingen gikk i gang i mai": got going.
        new("got-going", MeasureStatus.InProgress, 3,
            GotGoingPattern,
            "has got going") { IsState = true, IgnoreInRelativeClause = true },
        // Activity-section wording of results reports (pace of the work against its plan): "Implementeringen går saktere enn
        // forutsatt", "arbeidet ligger noe etter skjema", "prosjektet er på etterskudd": begun, behind its schedule.
        new("behind-schedule", MeasureStatus.InProgress, 3,
            BehindSchedulePattern,
            "the work is behind its schedule (begun, not finished)") { IsState = true, FutureAware = false },
        // "Avhenger av resultatene fra utprøvingen", "er avhengig av en avklaring": waits for the outcome of another step (band 2).
        new("depends-on-outcome", MeasureStatus.Planned, 2,
            DependsOnOutcomePattern,
            "depends on the outcome of another step: not begun, waiting") { FutureAware = false },
        // "Tilskuddsordningen får 5 mill. kroner mer fra 2024": money to come (weak, like "funding").
        new("money-to-come", MeasureStatus.Planned, 1,
            MoneyToComePattern,
            "money allocated for a later year") { FutureAware = false },
        new("funding", MeasureStatus.Planned, 1,
            FundingPattern,
            "money allocated (no execution by itself)") { FutureAware = false },
    ];
}
