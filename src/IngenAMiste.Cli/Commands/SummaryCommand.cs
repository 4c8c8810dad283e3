using System.CommandLine;
using IngenAMiste.Cli.Hosting;
using IngenAMiste.Summary;
using IngenAMiste.Summary.Options;
using Microsoft.Extensions.Options;
using MimeKit;
using Spectre.Console;

namespace IngenAMiste.Cli.Commands;

/// <summary>
/// <c>ingen summary</c>: the progress summary that would be sent now, as text. <c>--send</c> sends the current period's
/// summary to <c>Summary:Recipients</c> exactly as the timer function does (once per period); <c>--send --to ADDR</c>
/// sends an extra copy to ADDR only, which claims no period.
/// </summary>
public static class SummaryCommand
{
    public const string Name = "summary";

    public const string Description = "Vis statusoversikten som ville blitt sendt nå (tekst), eller send den med --send.";

    public static Command Create()
    {
        var send = new Option<bool>("--send") { Description = "Send oversikten: til Summary:Recipients for denne perioden (som tidsfunksjonen, én gang per periode), eller med --to som en ekstra kopi." };
        var to = new Option<string[]>("--to")
        {
            Description = "Send en ekstra kopi bare til disse adressene (krever --send). Regnes ikke som periodens oversikt.",
            AllowMultipleArgumentsPerToken = true,
        };
        var html = new Option<FileInfo?>("--html") { Description = "Skriv også HTML-versjonen til denne filen (for å se hvordan e-posten ser ut)." };
        var command = new Command(Name, Description) { send, to, html };
        command.Validators.Add(result =>
        {
            if (result.GetValue(to) is { Length: > 0 } && !result.GetValue(send))
            {
                result.AddError("--to krever --send.");
            }
        });
        command.SetAction(async (result, cancellationToken) =>
        {
            IReadOnlyList<MailboxAddress>? recipients = null;
            if (result.GetValue(to) is { Length: > 0 } addresses)
            {
                recipients = RecipientOptions.ParseList(string.Join(',', addresses), out var error);
                if (recipients is null)
                {
                    await Console.Error.WriteLineAsync($"Ugyldig adresse i --to: {error}");
                    return 2;
                }
            }

            await using var services = await CliServices.StartAsync(result.GetValue(CommonOptions.Storage), result.GetValue(CommonOptions.Verbose), cancellationToken);
            var summaries = services.Get<ProgressSummaryService>();
            try
            {
                if (!result.GetValue(send))
                {
                    var (_, rendered) = await summaries.PreviewAsync(cancellationToken);
                    await WriteHtmlAsync(result.GetValue(html), rendered.Html, cancellationToken);
                    await Console.Out.WriteLineAsync("Emne: " + rendered.Subject);
                    await Console.Out.WriteLineAsync();
                    await Console.Out.WriteAsync(rendered.Text);
                    return 0;
                }

                var run = recipients is null
                    ? await summaries.RunScheduledAsync(isPastDue: false, cancellationToken)
                    : await summaries.SendAdHocAsync(recipients, cancellationToken);
                AnsiConsole.MarkupLine(run.Outcome switch
                {
                    SummaryRunOutcome.Sent => $"[green]Sendt[/] til {Markup.Escape(string.Join(", ", run.Recipients ?? []))}: {Markup.Escape(run.Subject ?? "")}",
                    SummaryRunOutcome.AlreadySent => $"[yellow]Allerede sendt[/] for perioden {Markup.Escape(run.Period)} ({Markup.Escape(run.Subject ?? "")}); ingenting sendt nå.",
                    SummaryRunOutcome.ClaimedElsewhere => $"[yellow]En annen kjøring sender allerede[/] oversikten for perioden {Markup.Escape(run.Period)}; ingenting sendt nå.",
                    SummaryRunOutcome.Skipped => $"[grey]Ingenting nytt[/] i perioden {Markup.Escape(run.Period)}, og Summary:SendWhenUnchanged er false: ikke sendt.",
                    _ => $"[grey]Perioden {Markup.Escape(run.Period)} er allerede hoppet over[/] (ingenting nytt); ingenting sendt nå.",
                });
                return 0;
            }
            catch (OptionsValidationException e)
            {
                await Console.Error.WriteLineAsync("Innstillingene for e-post er ikke i orden:");
                foreach (var failure in e.Failures)
                {
                    await Console.Error.WriteLineAsync("  " + failure);
                }

                return 2;
            }
            catch (Exception e) when (e is MailKit.Net.Smtp.SmtpCommandException or MailKit.Net.Smtp.SmtpProtocolException or MailKit.Security.AuthenticationException
                                          or MailKit.Security.SslHandshakeException or System.Net.Sockets.SocketException or IOException or TimeoutException)
            {
                await Console.Error.WriteLineAsync($"Sendingen feilet ({e.GetType().Name}): {e.Message}");
                return 1;
            }
        });
        return command;
    }

    private static async Task WriteHtmlAsync(FileInfo? file, string html, CancellationToken cancellationToken)
    {
        if (file is null)
        {
            return;
        }

        await File.WriteAllTextAsync(file.FullName, html, cancellationToken);
        await Console.Error.WriteLineAsync($"HTML skrevet til {file.FullName}");
    }
}
