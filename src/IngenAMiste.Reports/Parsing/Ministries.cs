using System.Text.RegularExpressions;

namespace IngenAMiste.Reports.Parsing;

/// <summary>
/// Reads the "Ansvarlig departement: HOD, BFD, JD og KUD" line that closes a measure. Accepts the plural
/// ("Ansvarlige departementer", "Ansvarlig(e) departement(er)"), the nynorsk labels ("Ansvarleg departement", "Ansvarlege departement(a)"),
/// the main responsibility ("Hovedansvar:", "Hovedansvarlig departement:"), "Ansvarlig fagdepartement:", "Departementsansvar:",
/// "Ansv. dep.:", the short labels "Ansvarlig:", "Ansvar:" and "Departement(er):", lists joined with commas, "og", "&amp;" or slashes, codes beyond the eight of the plan,
/// and full ministry names (mapped to their usual codes).
/// </summary>
internal static partial class Ministries
{
    /// <summary>Full names of ministries (Norwegian) and the codes the reports use for them.</summary>
    private static readonly (string Name, string Code)[] KnownNames =
    [
        ("Helse- og omsorgsdepartementet", "HOD"),
        ("Arbeids- og inkluderingsdepartementet", "AID"),
        ("Arbeids- og sosialdepartementet", "ASD"),
        ("Barne- og familiedepartementet", "BFD"),
        ("Barne-, ungdoms- og familiedepartementet", "BFD"),
        ("Forsvarsdepartementet", "FD"),
        ("Justis- og beredskapsdepartementet", "JD"),
        ("Kultur- og likestillingsdepartementet", "KUD"),
        ("Kulturdepartementet", "KUD"),
        ("Kunnskapsdepartementet", "KD"),
        ("Samferdselsdepartementet", "SD"),
        ("Kommunal- og distriktsdepartementet", "KDD"),
        ("Kommunal- og moderniseringsdepartementet", "KMD"),
        ("Klima- og miljødepartementet", "KLD"),
        ("Nærings- og fiskeridepartementet", "NFD"),
        ("Finansdepartementet", "FIN"),
        ("Utenriksdepartementet", "UD"),
        ("Utanriksdepartementet", "UD"),
        ("Digitaliserings- og forvaltningsdepartementet", "DFD"),
        ("Landbruks- og matdepartementet", "LMD"),
        ("Olje- og energidepartementet", "OED"),
        ("Energidepartementet", "ED"),
    ];

    /// <summary>
    /// The code of the ministry a chapter heading names ("3 Helse- og omsorgsdepartementet", "Kunnskapsdepartementet (KD)"),
    /// or null when the text is not just a (numbered) ministry name. In a report written by each ministry in turn, the chapter
    /// gives the responsible ministry of the measures in it.
    /// </summary>
    public static string? ChapterCode(string text)
    {
        var m = ChapterHeading().Match(text);
        if (!m.Success)
        {
            return null;
        }

        var name = m.Groups["name"].Value.Trim();
        foreach (var (known, code) in KnownNames)
        {
            if (name.Equals(known, StringComparison.OrdinalIgnoreCase))
            {
                return code;
            }
        }

        return m.Groups["code"].Success ? m.Groups["code"].Value : null;
    }

    /// <summary>The codes of the ministries named in <see cref="KnownNames"/>: the codes a heading's parentheses may hold.</summary>
    private static readonly HashSet<string> KnownCodes = new(KnownNames.Select(n => n.Code), StringComparer.Ordinal);

    /// <summary>
    /// The codes of a parenthesised list of ministries that closes a heading or a commitment ("Tiltak 12 (HOD, KD): …",
    /// "… i kommunene. (HOD og KD)"), when every part is a known ministry code; otherwise null (an organisation's
    /// abbreviation such as "(NAV)" or "(RVTS)" is no ministry).
    /// </summary>
    public static IReadOnlyList<string>? KnownCodeList(string inner)
    {
        var parts = Separators().Split(inner.Trim()).Where(part => part.Length > 0).ToList();
        return parts.Count > 0 && parts.All(KnownCodes.Contains) ? parts.Distinct(StringComparer.Ordinal).ToList() : null;
    }

    /// <summary>
    /// A commitment ending in a parenthesised list of ministry codes ("… i kommunene. (HOD, KD)"): the commitment without
    /// it and the codes; otherwise the commitment as it is and null.
    /// </summary>
    public static (string Commitment, IReadOnlyList<string>? Codes) SplitTrailingCodes(string commitment)
    {
        var m = TrailingCodes().Match(commitment);
        return m.Success && KnownCodeList(m.Groups["codes"].Value) is { } codes
            ? (commitment[..m.Index].TrimEnd(), codes)
            : (commitment, null);
    }

    [GeneratedRegex(@"\s*\((?<codes>[A-ZÆØÅ]{1,5}(?:\s*(?:,|/|&|\bog\b)\s*[A-ZÆØÅ]{1,5})*)\)\.?\s*$")]
    private static partial Regex TrailingCodes();

    /// <summary>Matches a ministry line and captures the list after the label.</summary>
    public static Match MatchLine(string text) => Line().Match(text);

    public static bool IsLine(string text) => Line().IsMatch(text);

    /// <summary>The ministry codes in the list part of a ministry line, in order, without duplicates.</summary>
    public static IReadOnlyList<string> ParseList(string list)
    {
        var s = list;
        foreach (var (name, code) in KnownNames)
        {
            s = s.Replace(name, code, StringComparison.OrdinalIgnoreCase);
        }

        var codes = new List<string>();
        foreach (var part in Separators().Split(s))
        {
            var token = part.Trim().Trim('.', ',', ';', ':', '(', ')', '*');
            if (Code().IsMatch(token) && !codes.Contains(token))
            {
                codes.Add(token);
            }
        }

        return codes;
    }

    /// <summary>
    /// Text that is nothing but a list of ministry codes ("HOD", "HOD, BFD", "JD og HOD"), as in a table's responsibility
    /// column: every part between separators is a code (full names are not accepted here; a sentence is not a list).
    /// </summary>
    public static bool IsCodeList(string text)
    {
        var any = false;
        foreach (var part in Separators().Split(text.Trim()))
        {
            var token = part.Trim().Trim('.', ',', ';', '(', ')', '*');
            if (token.Length == 0)
            {
                continue;
            }

            if (!Code().IsMatch(token))
            {
                return false;
            }

            any = true;
        }

        return any;
    }

    // Labels: "Ansvarlig(e)", "Ansvarlege", "Hovedansvarlig", each with an optional "(fag)departement(er)" or "dep.";
    // "Ansv. dep."; "(Hoved|Departements)ansvar:"; "Departement(er):". Running text ("Hovedansvaret for …") has no colon.
    [GeneratedRegex(@"^(?:Hoved)?ansvarl[ie]ge?(?:\(e\))?(?:\s+(?:(?:fag)?departement(?:er|ene|a|\(er\)|\(a\))?|dep\.))?\s*[:.\-–—]\s*(?<list>.*)$|^(?:Hoved)?ansvarl[ie]ge?(?:\(e\))?\s+(?:(?:fag)?departement(?:er|ene|a|\(er\)|\(a\))?|dep\.)\s+(?<list>.*)$|^Ansv\.\s*dep\.\s*:\s*(?<list>.*)$|^(?:Hoved|Departements)?ansvar\s*:\s*(?<list>.*)$|^Departement(?:er|a|\(er\))?\s*:\s*(?<list>.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex Line();

    [GeneratedRegex(@"^(?:(?:Kapittel\s+)?\d{1,2}(?:\.\d{1,2})*\.?\s+)?(?<name>\p{Lu}[\p{L}\-–, ]{2,60}?departementet)(?:\s*\((?<code>[A-ZÆØÅ]{2,5})\))?\s*$")]
    private static partial Regex ChapterHeading();

    [GeneratedRegex(@"\s*(?:,|;|/|&|\+|\bog\b|\band\b|\s)\s*")]
    private static partial Regex Separators();

    [GeneratedRegex(@"^[A-ZÆØÅ][A-ZÆØÅ0-9]{1,5}$")]
    private static partial Regex Code();
}
