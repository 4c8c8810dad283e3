using System.ComponentModel.DataAnnotations;

namespace IngenAMiste.Storage;

/// <summary>Where things are kept. Section <c>Storage</c>; the account itself comes from the <c>ReportStorage</c> connection.</summary>
public sealed class StorageOptions
{
    public const string SectionName = "Storage";

    /// <summary>Name of the connection (setting or section) that points at the storage account.</summary>
    public const string ConnectionName = "ReportStorage";

    /// <summary>The blob container staff upload reports to. The blob trigger's path names it too.</summary>
    public const string ReportsContainer = "reports";

    /// <summary>The blob container that holds each report's full parse as JSON.</summary>
    [Required, RegularExpression("^[a-z0-9](?:[a-z0-9]|-(?=[a-z0-9])){2,62}$", ErrorMessage = "Storage:ParsedContainer must be a valid blob container name (3-63 lower-case letters, digits, single hyphens).")]
    public string ParsedContainer { get; set; } = "parsed";

    /// <summary>Prefix for every table name, so several environments (or test runs) can share one account.</summary>
    [RegularExpression("^([A-Za-z][A-Za-z0-9]{0,30})?$", ErrorMessage = "Storage:TablePrefix must be empty or start with a letter and hold only letters and digits (at most 31).")]
    public string TablePrefix { get; set; } = "";
}
