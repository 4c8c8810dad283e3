namespace IngenAMiste.Reports;

/// <summary>Norwegian month and season names, shared by the metadata reader and the status classifier.</summary>
internal static class NorwegianCalendar
{
    /// <summary>The months in order, lower case (the same in bokmål and nynorsk).</summary>
    public static readonly string[] MonthNames =
        ["januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "desember"];

    /// <summary>The seasons in the definite form used for dating ("høsten 2022").</summary>
    public static readonly string[] SeasonNames = ["våren", "sommeren", "høsten", "vinteren"];

    /// <summary>1–12 for a lower-case month name, 0 for anything else.</summary>
    public static int MonthNumber(string name) => Array.IndexOf(MonthNames, name) + 1;
}
