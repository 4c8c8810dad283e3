using IngenAMiste.Summary.Options;
using IngenAMiste.Summary.Rendering;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MimeKit;

namespace IngenAMiste.Summary.Sending;

/// <summary>Sends a rendered summary through the SMTP server in <see cref="SmtpOptions"/> with MailKit.</summary>
public sealed class SmtpSummarySender(IOptions<SmtpOptions> smtpOptions, IOptions<RecipientOptions> recipientOptions, ILogger<SmtpSummarySender> logger)
{
    /// <summary>The configured recipients (<c>Summary:Recipients</c>); reading them validates the setting.</summary>
    public IReadOnlyList<MailboxAddress> DefaultRecipients => recipientOptions.Value.Parse();

    /// <summary>The sender's address (<c>Smtp:From</c>); reading it validates the SMTP settings.</summary>
    public MailboxAddress From => RecipientOptions.TryParseAddress(smtpOptions.Value.From!, out var from)
        ? from
        : throw new InvalidOperationException("Smtp:From is not an e-mail address.");

    /// <summary>Builds the message (text and HTML alternatives) and hands it to the SMTP server. Throws if the server does not accept it.</summary>
    public async Task SendAsync(RenderedSummary summary, IReadOnlyList<MailboxAddress> to, string messageId, DateTimeOffset date, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(summary);
        ArgumentNullException.ThrowIfNull(to);
        if (to.Count == 0)
        {
            throw new ArgumentException("At least one recipient is needed.", nameof(to));
        }

        var options = smtpOptions.Value;
        using var message = new MimeMessage();
        message.From.Add(From);
        message.To.AddRange(to);
        message.Subject = summary.Subject;
        message.MessageId = messageId;
        message.Date = date;
        message.Headers.Add("Content-Language", "nb");
        message.Headers.Add("Auto-Submitted", "auto-generated"); // RFC 3834: no auto-replies
        message.Headers.Add("X-Auto-Response-Suppress", "All"); // the same for Exchange/Outlook
        message.Body = new BodyBuilder { TextBody = summary.Text, HtmlBody = summary.Html }.ToMessageBody();

        using var client = new SmtpClient { Timeout = options.TimeoutSeconds * 1000 };
        var security = options.UseStartTls ? SecureSocketOptions.StartTls : SecureSocketOptions.None;
        await client.ConnectAsync(options.Host ?? throw new InvalidOperationException("Smtp:Host is not set."), options.Port, security, cancellationToken);
        if (!string.IsNullOrEmpty(options.Username))
        {
            if (!options.UseStartTls)
            {
                logger.LogWarning("Smtp:UseStartTls is false: the SMTP password for {Username} goes over an unencrypted connection.", options.Username);
            }

            await client.AuthenticateAsync(options.Username, options.Password ?? "", cancellationToken);
        }

        var response = await client.SendAsync(message, cancellationToken);
        await client.DisconnectAsync(quit: true, cancellationToken);
        logger.LogInformation("Summary {MessageId} sent to {Count} recipient(s) via {Host}:{Port}: {Response}", messageId, to.Count, options.Host, options.Port, response);
    }
}
