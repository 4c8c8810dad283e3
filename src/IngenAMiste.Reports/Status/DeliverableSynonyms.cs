using System.Text.RegularExpressions;

namespace IngenAMiste.Reports.Status;

/// <summary>
/// One kind of deliverable the plan's measures ask for, with the Norwegian nouns that name it and the commitment wordings
/// that ask for it without naming it.
/// </summary>
/// <param name="Id">Short English name of the kind.</param>
/// <param name="Gloss">What the kind is, with the main Norwegian words translated.</param>
/// <param name="Names">Nouns and noun phrases (on folded text: lower case, words separated by one space) that name a thing of this kind.</param>
/// <param name="AskedBy">Commitment wordings that ask for a thing of this kind without naming it ("tydeliggjøre hvilke regler" asks for guidance).</param>
public sealed record DeliverableKind(string Id, string Gloss, Regex Names, Regex? AskedBy = null);

/// <summary>
/// The deliverable synonym table: groups of Norwegian nouns that name the same kind of deliverable, so that "Ressurskartet
/// ble publisert" is recognised as the "visuelle oversikt" a measure asks for, and "Kunnskapsoppsummeringen ble ferdigstilt"
/// as its "vurdering av eksisterende forskning". Used by <see cref="ThemeAnalyzer"/> when it judges whether the thing a
/// completion verb completed is the measure's own deliverable: a thing of a kind the commitment asks for is the deliverable
/// (subject to the scope checks). The table only adds: a thing of another kind is judged as before (shared content words
/// with the commitment; an instrument such as a group, a course or a web page, or a planning document, is a sub-step).
/// <para>
/// A report's noun phrase has the kind of the longest name that covers its head noun ("en systematisk oversikt over forskningen"
/// is a knowledge summary, not an overview; "et utkast til veileder" is a draft, not a guide: the name must cover the head).
/// On equal length the kind listed first wins. A commitment asks for every kind named in its main part or asked for by its
/// wording. Patterns run on folded text (<see cref="TextNormalizer.Fold"/>), so "e-læringskurs" is "e læringskurs".
/// </para>
/// </summary>
public static partial class DeliverableSynonyms
{
    private const RegexOptions Opts = RegexOptions.CultureInvariant;

    /// <summary>A commitment that asks for information to a public ("styrke informasjon til foreldre", "gi informasjon om …").</summary>
    private const string InformationAsk = @"(?:styrke\w*|gi|gir|gis|øke\w*|bedre|spre|formidle|tilby) (?:\w+ ){0,2}?informasjon(?:en)?|informasjon(?:en)? (?:til|om|rettet mot) \w+";

    public static IReadOnlyList<DeliverableKind> All { get; } =
    [
        new("knowledge-summary",
            "a summary or review of research: kunnskapsoppsummering, forskningsoppsummering, litteraturgjennomgang, systematisk oversikt, vurdering/gjennomgang av (eksisterende) forskning",
            KnowledgeSummaryNames),
        new("overview",
            "an overview or map: oversikt, kart, ressurskart, oversiktskart, visuell framstilling",
            OverviewNames),
        new("guidance",
            "guidance for the services: veileder, veiledning, retningslinje, faglige råd, anbefalinger, rundskriv, håndbok; asked for by a commitment to clarify rules (tydeliggjøre hvilke regler)",
            GuidanceNames,
            GuidanceAskedBy),
        new("training",
            "training and teaching: opplæring, opplæringsmodul, kurs, kursopplegg, e-læring, undervisning, kompetansepakke, webinar; asked for by a commitment to strengthen or secure competence (styrke/ha kompetanse)",
            TrainingNames,
            TrainingAskedBy),
        new("strategy",
            "a policy document: strategi, handlingsplan, opptrappingsplan, tiltaksplan, delplan; a bare 'plan' in the commitment asks for it",
            StrategyNames,
            StrategyAskedBy),
        new("campaign",
            "a campaign: kampanje, informasjonskampanje, folkeopplysningskampanje; asked for by a commitment to give information",
            CampaignNames,
            CampaignAskedBy),
        new("website",
            "a web resource: nettside, temaside, nettsted, nettportal, veiviser, nettressurs, informasjonsside, veiledningsside; asked for by a commitment to give information",
            WebsiteNames,
            CampaignAskedBy),
        new("information-material",
            "information material: informasjonsmateriell, brosjyre, film, plakat, hefte, faktaark; asked for by a commitment to give information",
            InformationMaterialNames,
            CampaignAskedBy),
        new("network",
            "a network or meeting place: nettverk, forum, samarbeidsforum, samarbeidsarena, arena",
            NetworkNames),
        new("expert-group",
            "a group of experts: ekspertgruppe, arbeidsgruppe, faggruppe, utvalg, ekspertutvalg, komité",
            ExpertGroupNames),
        new("pilot",
            "a trial: pilot, pilotprosjekt, utprøving, prøveprosjekt, forsøksordning",
            PilotNames),
        new("grant-scheme",
            "a grant scheme: tilskuddsordning, støtteordning, tilskudd",
            GrantSchemeNames),
        new("routines",
            "routines in the services: rutiner, prosedyrer, pasientforløp, pakkeforløp, oppfølgingsløp",
            RoutinesNames),
        new("regulation",
            "a rule with legal force: forskrift, regelverk, lovendring, lovbestemmelse, endring i loven, helselovgivningen; asked for by a commitment to restrict, forbid, allow or require something (begrense, forby, tillate, pålegge, lovfeste, utvide plikten)",
            RegulationNames,
            RegulationAskedBy),
        new("register",
            "a register or database: register, kvalitetsregister, database",
            RegisterNames),
        new("study",
            "a study and its report: rapport, sluttrapport, utredning, undersøkelse, levekårsundersøkelse, studie, FoU-oppdrag, forskningsprosjekt; asked for by a commitment to assess or investigate (vurdere, utrede, evaluere): its report delivers it",
            StudyNames,
            StudyAskedBy),
        new("criteria",
            "criteria or a standard: kriterier, standard, minstestandard, klassifiseringssystem",
            CriteriaNames),
        new("tool",
            "a tool: verktøy, beslutningsstøtteverktøy, beslutningsstøttesystem, mestringsverktøy, app (not any 'system': a journal system is no decision support)",
            ToolNames),
        new("agreement",
            "an agreement or model of cooperation: avtale, samarbeidsavtale, samarbeidsmodell",
            AgreementNames),
    ];

    /// <summary>
    /// The act a commitment's verb asks for, as the nouns a report uses for it ("Revisjonen ble sluttført" for "revidere",
    /// "Etableringen er fullført" for "etablere"): a report's head noun that starts with one of them names the measure's own act.
    /// Verbs of wish and purpose (sikre, bidra, øke, styrke …) are left out: their nouns name no deliverable.
    /// </summary>
    public static IReadOnlyDictionary<string, string[]> ActNouns { get; } = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["revidere"] = ["revisjon", "revidering"],
        ["etablere"] = ["etablering"],
        ["opprette"] = ["opprettelse", "oppretting"],
        ["utvikle"] = ["utvikling"],
        ["videreutvikle"] = ["videreutvikling"],
        ["utarbeide"] = ["utarbeidelse", "utarbeiding"],
        ["oversette"] = ["oversettelse", "oversetting"],
        ["gjennomgå"] = ["gjennomgang"],
        ["gjennomføre"] = ["gjennomføring"],
        ["kartlegge"] = ["kartlegging"],
        ["utrede"] = ["utredning"],
        ["vurdere"] = ["vurdering"],
        ["evaluere"] = ["evaluering"],
        ["implementere"] = ["implementering"],
        ["innføre"] = ["innføring"],
        ["lansere"] = ["lansering"],
        ["oppdatere"] = ["oppdatering"],
        ["endre"] = ["endring"],
        ["tilpasse"] = ["tilpasning", "tilpassing"],
        ["samordne"] = ["samordning"],
        ["begrense"] = ["begrensning"],
        ["obdusere"] = ["obduksjon"],
    };

    /// <summary>
    /// The kind of a report's noun phrase: the longest name in <paramref name="folded"/> that covers the head word at
    /// [<paramref name="headStart"/>, <paramref name="headEnd"/>) and starts at or after <paramref name="phraseStart"/>
    /// (adjectives before the head may be part of the name: "systematisk oversikt").
    /// </summary>
    public static (DeliverableKind Kind, string Name)? KindOf(string folded, int phraseStart, int headStart, int headEnd)
    {
        (DeliverableKind Kind, string Name)? best = null;
        foreach (var kind in All)
        {
            if (!kind.Names.IsMatch(folded))
            {
                continue;
            }

            foreach (Match m in kind.Names.Matches(folded))
            {
                if (m.Index < phraseStart || m.Index > headStart || m.Index + m.Length < headEnd)
                {
                    continue;
                }

                if (best is null || m.Length > best.Value.Name.Length)
                {
                    best = (kind, m.Value);
                }
            }
        }

        return best;
    }

    /// <summary>The kind of a noun phrase with the given (folded) head word (see <see cref="KindOf(string,int,int,int)"/>).</summary>
    public static (DeliverableKind Kind, string Name)? KindOf(string nounPhrase, string head)
    {
        var folded = TextNormalizer.Fold(nounPhrase);
        var at = WholeWordIndex(folded, head);
        return at >= 0 ? KindOf(folded, 0, at, at + head.Length) : null;
    }

    /// <summary>
    /// Where <paramref name="word"/> first stands in <paramref name="text"/> as a whole word (no word character, as regex
    /// <c>\w</c> has it, right before or after), or -1. A plain search: this runs for every completion verb's object.
    /// </summary>
    private static int WholeWordIndex(string text, string word)
    {
        if (word.Length == 0)
        {
            return -1;
        }

        for (var i = text.IndexOf(word, StringComparison.Ordinal); i >= 0; i = text.IndexOf(word, i + 1, StringComparison.Ordinal))
        {
            var end = i + word.Length;
            if ((i == 0 || !IsWordChar(text[i - 1])) && (end == text.Length || !IsWordChar(text[end])))
            {
                return i;
            }
        }

        return -1;
    }

    private static bool IsWordChar(char c) => char.GetUnicodeCategory(c) is
        System.Globalization.UnicodeCategory.UppercaseLetter or System.Globalization.UnicodeCategory.LowercaseLetter
        or System.Globalization.UnicodeCategory.TitlecaseLetter or System.Globalization.UnicodeCategory.ModifierLetter
        or System.Globalization.UnicodeCategory.OtherLetter or System.Globalization.UnicodeCategory.NonSpacingMark
        or System.Globalization.UnicodeCategory.DecimalDigitNumber or System.Globalization.UnicodeCategory.ConnectorPunctuation;

    /// <summary>
    /// The kinds a commitment (its main part, folded) asks for, with the words that ask: the kinds named in it (longest name
    /// first where names overlap) and the kinds its wording asks for.
    /// </summary>
    public static IReadOnlyList<(DeliverableKind Kind, string Words)> AskedFor(string foldedCommitment)
    {
        var named = new List<(DeliverableKind Kind, Match Match)>();
        foreach (var kind in All)
        {
            if (!kind.Names.IsMatch(foldedCommitment))
            {
                continue;
            }

            foreach (Match m in kind.Names.Matches(foldedCommitment))
            {
                named.Add((kind, m));
            }
        }

        // Where names overlap, the longest holds ("vurdering av eksisterende publisert forskning" is no "oversikt").
        var kept = named
            .Where(n => !named.Any(o => o.Match.Length > n.Match.Length && o.Match.Index <= n.Match.Index && o.Match.Index + o.Match.Length >= n.Match.Index + n.Match.Length))
            .Select(n => (n.Kind, n.Match.Value))
            .ToList();
        foreach (var kind in All)
        {
            if (kind.AskedBy?.Match(foldedCommitment) is { Success: true } ask)
            {
                kept.Add((kind, ask.Value));
            }
        }

        return kept;
    }
}
