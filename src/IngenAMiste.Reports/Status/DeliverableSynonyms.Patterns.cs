using System.Text.RegularExpressions;

namespace IngenAMiste.Reports.Status;

/// <summary>
/// The names and asking wordings of each kind in <see cref="All"/>, in table order, as whole words of folded text
/// (<c>(?&lt;!\w)(?:…)(?!\w)</c> around the listed alternatives). Compiled when the library is built (regex source
/// generator), as for <see cref="StatusRules"/>.
/// </summary>
public static partial class DeliverableSynonyms
{
    /// <summary>Start and end of a whole word (or words) of folded text.</summary>
    private const string WordStart = @"(?<!\w)(?:", WordEnd = @")(?!\w)";

    /// <summary>Names of the kind <c>knowledge-summary</c>.</summary>
    [GeneratedRegex(WordStart + @"\w*kunnskapsoppsummering\w*|\w*forskningsoppsummering\w*|kunnskapsoversikt\w*|kunnskapsgjennomgang\w*|kunnskapsstatus\w*|litteraturgjennomgang\w*|litteraturstudie\w*"
        + @"|systematisk\w* (?:oversikt|gjennomgang|litteraturstudie)\w*"
        + @"|(?:vurdering|gjennomgang|oppsummering|sammenstilling|oversikt)\w* (?:av|over) (?:\w+ ){0,3}?(?:forskning|forskningen|litteraturen|studier|forskningslitteraturen)" + WordEnd, Opts)]
    private static partial Regex KnowledgeSummaryNames { get; }

    /// <summary>Names of the kind <c>overview</c>.</summary>
    [GeneratedRegex(WordStart + @"\w*oversikt(?:en|er|ene|a)?|\w*kart(?:et|a|ene|er)?|visuell\w* (?:fremstilling|framstilling)\w*" + WordEnd, Opts)]
    private static partial Regex OverviewNames { get; }

    /// <summary>Names of the kind <c>guidance</c>.</summary>
    [GeneratedRegex(WordStart + @"\w*veileder(?:en|e|ne)?|\w*veiledning(?:en|er|ene)?|\w*rettleiar(?:en|ar|ane)?|\w*rettleiing(?:a|ar|ane)?|rettleiande materiell\w*|veiledende materiell\w*|veiledningsmateriell\w*|\w*retningslinje(?:n|r|ne|a)?|(?:faglige?|nasjonale?) (?:faglige? )?råd(?:ene)?"
        + @"|\w*anbefaling(?:en|er|ene)?|rundskriv\w*|håndbok(?:en)?|håndbøker(?:ne)?" + WordEnd, Opts)]
    private static partial Regex GuidanceNames { get; }

    /// <summary>Commitment wordings that ask for the kind <c>guidance</c> without naming it.</summary>
    [GeneratedRegex(WordStart + @"(?:tydeliggjør|klargjør|avklar)\w* (?:hvilke |hva slags |de |reglene )?(?:regler|regelverk\w*|reglene)" + WordEnd, Opts)]
    private static partial Regex GuidanceAskedBy { get; }

    /// <summary>Names of the kind <c>training</c>.</summary>
    [GeneratedRegex(WordStart + @"\w*opplæring(?:en|er|a|ar)?|opplærings\w+|\w*kurs(?:et|ene)?|kurs\w+|e læring\w*|\w*undervisning(?:en|er)?|undervisnings\w+|kompetansepakke\w*|kompetanseprogram\w*|kompetansehevingsprogram\w*|webinar\w*|videreutdanning\w*" + WordEnd, Opts)]
    private static partial Regex TrainingNames { get; }

    /// <summary>Commitment wordings that ask for the kind <c>training</c> without naming it.</summary>
    [GeneratedRegex(WordStart + @"(?:styrke\w*|øke\w*|heve\w*|bygge\w*|har|ha|innehar|inneha) (?:\w+ ){0,2}?kompetanse(?:n)?" + WordEnd, Opts)]
    private static partial Regex TrainingAskedBy { get; }

    /// <summary>Names of the kind <c>strategy</c>.</summary>
    [GeneratedRegex(WordStart + @"\w*strategi(?:en|er|ene)?|(?:handlings|tiltaks|opptrappings|del)plan(?:en|er|ene)?" + WordEnd, Opts)]
    private static partial Regex StrategyNames { get; }

    /// <summary>Commitment wordings that ask for the kind <c>strategy</c> without naming it.</summary>
    [GeneratedRegex(WordStart + @"(?:plan|planer)" + WordEnd, Opts)]
    private static partial Regex StrategyAskedBy { get; }

    /// <summary>Names of the kind <c>campaign</c>.</summary>
    [GeneratedRegex(WordStart + @"\w*kampanje(?:n|r|ne)?" + WordEnd, Opts)]
    private static partial Regex CampaignNames { get; }

    /// <summary>Commitment wordings that ask for the kind <c>campaign</c> without naming it.</summary>
    [GeneratedRegex(WordStart + InformationAsk + WordEnd, Opts)]
    private static partial Regex CampaignAskedBy { get; }

    /// <summary>Names of the kind <c>website</c>.</summary>
    [GeneratedRegex(WordStart + @"\w*nettside(?:n|r|ne)?|\w+side(?:n|r|ne)?|nettsted\w*|\w*portal(?:en|er|ene)?|\w*veiviser(?:en|e|ne)?|\w*nettressurs(?:en|er|ene)?|digital\w* (?:ressurs|plattform)\w*" + WordEnd, Opts)]
    private static partial Regex WebsiteNames { get; }

    /// <summary>Names of the kind <c>information-material</c>.</summary>
    [GeneratedRegex(WordStart + @"informasjonsmateriell\w*|brosjyre\w*|\w*film(?:en|er|ene)?|plakat\w*|hefte(?:t|r|ne)?|faktaark\w*" + WordEnd, Opts)]
    private static partial Regex InformationMaterialNames { get; }

    /// <summary>Names of the kind <c>network</c>.</summary>
    [GeneratedRegex(WordStart + @"\w*nettverk(?:et|ene)?|\w*forum(?:et|ene)?|\w*arena(?:en|er|ene)?" + WordEnd, Opts)]
    private static partial Regex NetworkNames { get; }

    /// <summary>Names of the kind <c>expert-group</c>.</summary>
    [GeneratedRegex(WordStart + @"\w*ekspertgruppe\w*|\w*arbeidsgruppe\w*|\w*faggruppe\w*|\w*utvalg(?:et|ene)?|\w*komite(?:en|er|ene)?" + WordEnd, Opts)]
    private static partial Regex ExpertGroupNames { get; }

    /// <summary>Names of the kind <c>pilot</c>.</summary>
    [GeneratedRegex(WordStart + @"pilot\w*|\w*prøveprosjekt\w*|utprøving\w*|forsøksordning\w*|forsøksprosjekt\w*" + WordEnd, Opts)]
    private static partial Regex PilotNames { get; }

    /// <summary>Names of the kind <c>grant-scheme</c>.</summary>
    [GeneratedRegex(WordStart + @"\w*tilskuddsordning(?:en|er|ene)?|\w*støtteordning(?:en|er|ene)?|tilskudd(?:et|ene)?|tilskuddsmidl\w*" + WordEnd, Opts)]
    private static partial Regex GrantSchemeNames { get; }

    /// <summary>Names of the kind <c>routines</c>.</summary>
    [GeneratedRegex(WordStart + @"\w*rutine(?:n|r|ne)?|\w*prosedyre(?:n|r|ne)?|\w*forløp(?:et|ene)?|\w+sløp(?:et|ene)?" + WordEnd, Opts)]
    private static partial Regex RoutinesNames { get; }

    /// <summary>Names of the kind <c>regulation</c>.</summary>
    [GeneratedRegex(WordStart + @"\w*forskrift(?:en|er|ene)?|\w*forskriftsendring\w*|\w*regelverk(?:et|ene)?|lovendring\w*|\w*lovgivning(?:en)?|lovbestemmelse\w*|\w*lov(?:en|er|ene)?"
        + @"|endring\w* (?:i|av) (?:\w+ ){0,3}?\w*(?:lov|loven|forskrift|forskriften|regelverket)" + WordEnd, Opts)]
    private static partial Regex RegulationNames { get; }

    /// <summary>Commitment wordings that ask for the kind <c>regulation</c> without naming it.</summary>
    [GeneratedRegex(WordStart + @"(?:begrense|forby|tillate|pålegge|lovfeste|regulere|hjemle)\w*|utvide\w* (?:\w+ )?plikt\w*" + WordEnd, Opts)]
    private static partial Regex RegulationAskedBy { get; }

    /// <summary>Names of the kind <c>register</c>.</summary>
    [GeneratedRegex(WordStart + @"\w*register(?:et|ene)?|\w*database(?:n|r|ne)?" + WordEnd, Opts)]
    private static partial Regex RegisterNames { get; }

    /// <summary>Names of the kind <c>study</c>.</summary>
    [GeneratedRegex(WordStart + @"(?:slutt|del)?rapport(?:en|er|ene)?|utredning(?:en|er|ene)?|\w*undersøkelse(?:n|r|ne)?|studie(?:n|r|ne)?|fou oppdrag\w*|forskningsoppdrag\w*|forskningsprosjekt\w*" + WordEnd, Opts)]
    private static partial Regex StudyNames { get; }

    /// <summary>Commitment wordings that ask for the kind <c>study</c> without naming it.</summary>
    [GeneratedRegex(WordStart + @"vurdere|vurderer|utrede|evaluere" + WordEnd, Opts)]
    private static partial Regex StudyAskedBy { get; }

    /// <summary>Names of the kind <c>criteria</c>.</summary>
    [GeneratedRegex(WordStart + @"\w*kriteri(?:er|ene|et|um)|\w*standard(?:en|er|ene)?|klassifiseringssystem\w*" + WordEnd, Opts)]
    private static partial Regex CriteriaNames { get; }

    /// <summary>Names of the kind <c>tool</c>.</summary>
    [GeneratedRegex(WordStart + @"\w*verktøy(?:et|ene)?|\w*støttesystem(?:et|er|ene)?|app(?:en|er|ene)?|applikasjon\w*" + WordEnd, Opts)]
    private static partial Regex ToolNames { get; }

    /// <summary>Names of the kind <c>agreement</c>.</summary>
    [GeneratedRegex(WordStart + @"\w*avtale(?:n|r|ne)?|samarbeidsmodell\w*" + WordEnd, Opts)]
    private static partial Regex AgreementNames { get; }
}
