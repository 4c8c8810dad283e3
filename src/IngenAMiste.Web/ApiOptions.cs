using System.ComponentModel.DataAnnotations;

namespace IngenAMiste.Web;

/// <summary>Section <c>Api</c>.</summary>
public sealed class ApiOptions
{
    public const string SectionName = "Api";

    /// <summary>
    /// How long a computed <c>/api/progress</c> response is reused before storage is read again. Reports arrive
    /// a few times a year, so a few seconds of staleness buys static-file speed. 0 turns it off.
    /// </summary>
    [Range(0, 3600, ErrorMessage = "Api:CacheSeconds must be between 0 and 3600.")]
    public int CacheSeconds { get; set; } = 5;
}
