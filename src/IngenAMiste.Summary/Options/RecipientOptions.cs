using System.ComponentModel.DataAnnotations;
using MimeKit;

namespace IngenAMiste.Summary.Options;

/// <summary>
/// Who receives the scheduled summary: <c>Summary:Recipients</c>, comma-separated. Bound from the <c>Summary</c> section
/// like <see cref="SummaryOptions"/>, but a class of its own so that previewing a summary does not need it.
/// </summary>
public sealed class RecipientOptions : IValidatableObject
{
    public const string SectionName = "Summary";

    public string? Recipients { get; set; }

    /// <summary>The recipients, parsed; throws if the setting is invalid (validation reports it first).</summary>
    public IReadOnlyList<MailboxAddress> Parse() => ParseList(Recipients, out var error) ?? throw new InvalidOperationException(error);

    /// <summary>Parses a comma- or semicolon-separated list of addresses; null with an error naming the bad one.</summary>
    public static IReadOnlyList<MailboxAddress>? ParseList(string? list, out string? error)
    {
        var result = new List<MailboxAddress>();
        foreach (var part in (list ?? "").Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!TryParseAddress(part, out var mailbox))
            {
                error = $"'{part}' is not an e-mail address.";
                return null;
            }

            result.Add(mailbox);
        }

        if (result.Count == 0)
        {
            error = "No e-mail address given.";
            return null;
        }

        error = null;
        return result;
    }

    public static bool TryParseAddress(string text, out MailboxAddress mailbox)
    {
        if (MailboxAddress.TryParse(text, out var parsed) && parsed.Address.IndexOf('@', StringComparison.Ordinal) > 0
            && !parsed.Address.EndsWith('@'))
        {
            mailbox = parsed;
            return true;
        }

        mailbox = null!;
        return false;
    }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (string.IsNullOrWhiteSpace(Recipients))
        {
            yield return new ValidationResult("Summary:Recipients is required: the addresses that receive the summary, comma-separated (e.g. 'a@example.no, b@example.no').", [nameof(Recipients)]);
        }
        else if (ParseList(Recipients, out var error) is null)
        {
            yield return new ValidationResult($"Summary:Recipients: {error} Give addresses separated by commas.", [nameof(Recipients)]);
        }
    }
}
