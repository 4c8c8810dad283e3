using System.ComponentModel.DataAnnotations;
using IngenAMiste.Summary.Scheduling;

namespace IngenAMiste.Summary.Options;

/// <summary>When and what the progress summary covers. Section <c>Summary</c> (app settings <c>Summary__…</c>).</summary>
public sealed class SummaryOptions : IValidatableObject
{
    public const string SectionName = "Summary";

    /// <summary>Weekly, Monday 07:00 UTC.</summary>
    public const string DefaultSchedule = "0 0 7 * * 1";

    /// <summary>
    /// Six-field NCRONTAB expression (second minute hour day month day-of-week, UTC), the same setting the timer trigger
    /// reads through <c>%Summary:Schedule%</c>. Each occurrence is one summary period.
    /// </summary>
    public string Schedule { get; set; } = DefaultSchedule;

    /// <summary>Link to the dashboard at the foot of every summary; none when empty.</summary>
    public string? DashboardUrl { get; set; }

    /// <summary>Whether a period with nothing new (no status change, report or failed upload) still gets a summary.</summary>
    public bool SendWhenUnchanged { get; set; } = true;

    /// <summary>A claim to send a period that is older than this and still not finished is taken to have crashed and may be taken over.</summary>
    public TimeSpan ClaimTimeout { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Every check in one place, so that all problems are reported together.</summary>
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (string.IsNullOrWhiteSpace(Schedule))
        {
            yield return new ValidationResult("Summary:Schedule is required: a six-field NCRONTAB expression in UTC, e.g. '0 0 7 * * 1' (Mondays 07:00).", [nameof(Schedule)]);
        }
        else if (!SummarySchedule.TryParse(Schedule, out _))
        {
            yield return new ValidationResult(
                $"Summary:Schedule '{Schedule}' is not a six-field NCRONTAB expression (second minute hour day month day-of-week, UTC), e.g. '0 0 7 * * 1'.",
                [nameof(Schedule)]);
        }

        if (!string.IsNullOrWhiteSpace(DashboardUrl)
            && (!Uri.TryCreate(DashboardUrl, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp)))
        {
            yield return new ValidationResult($"Summary:DashboardUrl must be an absolute http(s) URL, not '{DashboardUrl}'.", [nameof(DashboardUrl)]);
        }

        if (ClaimTimeout < TimeSpan.FromMinutes(1) || ClaimTimeout > TimeSpan.FromDays(1))
        {
            yield return new ValidationResult($"Summary:ClaimTimeout must be between 00:01:00 and 1.00:00:00, not {ClaimTimeout}.", [nameof(ClaimTimeout)]);
        }
    }
}
