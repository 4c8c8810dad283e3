using System.ComponentModel.DataAnnotations;

namespace IngenAMiste.Summary.Options;

/// <summary>
/// The SMTP server the summary is sent through. Section <c>Smtp</c> (app settings <c>Smtp__…</c>). The password is a
/// secret: keep it in Key Vault (a Key Vault reference in the app setting) or in local.settings.json, never in a committed file.
/// </summary>
public sealed class SmtpOptions : IValidatableObject
{
    public const string SectionName = "Smtp";

    public string? Host { get; set; }

    public int Port { get; set; } = 587;

    /// <summary>Upgrade the connection with STARTTLS, and fail if the server does not offer it. Turn off only for a local test server.</summary>
    public bool UseStartTls { get; set; } = true;

    /// <summary>User name for SMTP AUTH; none means no authentication.</summary>
    public string? Username { get; set; }

    /// <summary>Password for SMTP AUTH (for Azure Communication Services: the Entra application's client secret).</summary>
    public string? Password { get; set; }

    /// <summary>The sender, e.g. <c>Ingen å miste &lt;DoNotReply@example.azurecomm.net&gt;</c>.</summary>
    public string? From { get; set; }

    /// <summary>Seconds to wait for the server on connect and each command.</summary>
    public int TimeoutSeconds { get; set; } = 60;

    /// <summary>Every check in one place, so that all problems are reported together (attributes would hide these until they pass).</summary>
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (string.IsNullOrWhiteSpace(Host))
        {
            yield return new ValidationResult("Smtp:Host is required: the SMTP server, e.g. 'smtp.azurecomm.net'.", [nameof(Host)]);
        }

        if (Port is < 1 or > 65535)
        {
            yield return new ValidationResult($"Smtp:Port must be a port number (1-65535), not {Port}; 587 for STARTTLS.", [nameof(Port)]);
        }

        if (TimeoutSeconds is < 1 or > 600)
        {
            yield return new ValidationResult($"Smtp:TimeoutSeconds must be between 1 and 600, not {TimeoutSeconds}.", [nameof(TimeoutSeconds)]);
        }

        if (string.IsNullOrWhiteSpace(From))
        {
            yield return new ValidationResult("Smtp:From is required: the sender address, e.g. 'Ingen å miste <DoNotReply@your-domain>'.", [nameof(From)]);
        }
        else if (!RecipientOptions.TryParseAddress(From, out _))
        {
            yield return new ValidationResult($"Smtp:From '{From}' is not an e-mail address.", [nameof(From)]);
        }

        if (!string.IsNullOrEmpty(Username) && string.IsNullOrEmpty(Password))
        {
            yield return new ValidationResult("Smtp:Password is required when Smtp:Username is set (keep it in Key Vault or local.settings.json).", [nameof(Password)]);
        }

        if (string.IsNullOrEmpty(Username) && !string.IsNullOrEmpty(Password))
        {
            yield return new ValidationResult("Smtp:Username is required when Smtp:Password is set.", [nameof(Username)]);
        }
    }
}
