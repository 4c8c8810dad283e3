using IngenAMiste.Reports.Model;

namespace IngenAMiste.Reports;

/// <summary>
/// The one place where the plan's Norwegian words meet the code's English names.
/// <list type="table">
/// <item><term>Handlingsplan</term><description>action plan ("Ingen å miste", 2020–2025)</description></item>
/// <item><term>Mål</term><description>goal (<see cref="Goal"/>)</description></item>
/// <item><term>Tiltak</term><description>measure (<see cref="Measure"/>)</description></item>
/// <item><term>Ansvarlig departement</term><description>responsible ministry (<see cref="Measure.Ministries"/>)</description></item>
/// <item><term>Årsrapport</term><description>annual report (<see cref="DocumentKinds.AnnualReport"/>)</description></item>
/// <item><term>Bevilget</term><description>allocated (<see cref="Funding"/>)</description></item>
/// </list>
/// The UI, e-mail and dashboard speak Norwegian (bokmål) with the labels below.
/// </summary>
public static class Glossary
{
    public const string Goal = "Mål";
    public const string Measure = "Tiltak";
    public const string Measures = "Tiltak";
    public const string Ministry = "Ansvarlig departement";

    /// <summary>The Norwegian label of a status, as shown to users.</summary>
    public static string Norwegian(MeasureStatus status) => status switch
    {
        MeasureStatus.NotStarted => "Ikke påbegynt",
        MeasureStatus.Planned => "Planlagt",
        MeasureStatus.InProgress => "Pågår",
        MeasureStatus.Completed => "Fullført",
        _ => status.ToString(),
    };

    /// <summary>The Norwegian label of a status code (not_started, planned, in_progress, completed).</summary>
    public static string NorwegianStatus(string code) => Norwegian(ReportJson.ParseStatus(code));

    /// <summary>Statuses in the order users read them: from not begun to done.</summary>
    public static IReadOnlyList<MeasureStatus> StatusOrder { get; } =
        [MeasureStatus.NotStarted, MeasureStatus.Planned, MeasureStatus.InProgress, MeasureStatus.Completed];

    /// <summary>Ministry codes and their names.</summary>
    public static IReadOnlyDictionary<string, string> Ministries { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["HOD"] = "Helse- og omsorgsdepartementet",
        ["ASD"] = "Arbeids- og sosialdepartementet",
        ["BFD"] = "Barne- og familiedepartementet",
        ["FD"] = "Forsvarsdepartementet",
        ["JD"] = "Justis- og beredskapsdepartementet",
        ["KUD"] = "Kulturdepartementet",
        ["KD"] = "Kunnskapsdepartementet",
        ["SD"] = "Samferdselsdepartementet",
        ["KDD"] = "Kommunal- og distriktsdepartementet",
        ["NFD"] = "Nærings- og fiskeridepartementet",
        ["FIN"] = "Finansdepartementet",
        ["UD"] = "Utenriksdepartementet",
        ["KLD"] = "Klima- og miljødepartementet",
        ["LMD"] = "Landbruks- og matdepartementet",
        ["OED"] = "Olje- og energidepartementet",
        ["DFD"] = "Digitaliseringsdepartementet",
    };
}
