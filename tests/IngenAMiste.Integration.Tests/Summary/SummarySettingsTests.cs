using System.Reflection;
using System.Text.RegularExpressions;
using IngenAMiste.Functions;
using IngenAMiste.Summary;
using IngenAMiste.Summary.Options;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace IngenAMiste.Integration.Tests.Summary;

/// <summary>The worker refuses to start with summary settings that cannot work, and says which setting is wrong.</summary>
public sealed class SummarySettingsTests
{
    /// <summary>Starts a host with the worker's registrations; returns every option validation failure it stops with.</summary>
    private static async Task<string> StartWorkerAsync(Dictionary<string, string?> settings)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ReportStorage"] = "UseDevelopmentStorage=true", // never contacted: the host stops at validation
        });
        builder.Configuration.AddInMemoryCollection(settings);
        FunctionsServices.Add(builder.Services, builder.Configuration);
        using var host = builder.Build();
        var error = await Assert.ThrowsAnyAsync<Exception>(() => host.StartAsync());
        var failures = (error is AggregateException all ? all.Flatten().InnerExceptions : [error])
            .Select(e => Assert.IsType<OptionsValidationException>(e))
            .SelectMany(e => e.Failures)
            .ToArray();
        Assert.NotEmpty(failures);
        return string.Join("\n", failures);
    }

    [Fact]
    public async Task Missing_smtp_and_recipient_settings_stop_the_worker_at_start_naming_each_setting()
    {
        var messages = await StartWorkerAsync([]);

        Assert.Contains("Smtp:Host is required", messages, StringComparison.Ordinal);
        Assert.Contains("Smtp:From is required", messages, StringComparison.Ordinal);
        Assert.Contains("Summary:Recipients is required", messages, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Malformed_settings_are_named_with_their_value()
    {
        var messages = await StartWorkerAsync(new Dictionary<string, string?>
        {
            ["Smtp:Host"] = "smtp.azurecomm.net",
            ["Smtp:Port"] = "70000",
            ["Smtp:From"] = "ikke en adresse",
            ["Smtp:Username"] = "acs.app.tenant",
            ["Summary:Recipients"] = "a@example.no, feil",
            ["Summary:Schedule"] = "hver mandag",
            ["Summary:DashboardUrl"] = "javascript:alert(1)",
            ["Summary:ClaimTimeout"] = "00:00:05",
        });

        Assert.Contains("Smtp:Port must be a port number (1-65535), not 70000", messages, StringComparison.Ordinal);
        Assert.Contains("Smtp:From 'ikke en adresse' is not an e-mail address", messages, StringComparison.Ordinal);
        Assert.Contains("Smtp:Password is required when Smtp:Username is set", messages, StringComparison.Ordinal);
        Assert.Contains("Summary:Recipients: 'feil' is not an e-mail address", messages, StringComparison.Ordinal);
        Assert.Contains("Summary:Schedule 'hver mandag' is not a six-field NCRONTAB expression", messages, StringComparison.Ordinal);
        Assert.Contains("Summary:DashboardUrl must be an absolute http(s) URL, not 'javascript:alert(1)'", messages, StringComparison.Ordinal);
        Assert.Contains("Summary:ClaimTimeout must be between 00:01:00 and 1.00:00:00", messages, StringComparison.Ordinal);
    }

    [Fact]
    public void Defaults_are_weekly_on_monday_morning_starttls_on_587_and_send_when_unchanged()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ReportStorage"] = "UseDevelopmentStorage=true",
            ["Smtp:Host"] = "smtp.azurecomm.net",
            ["Smtp:From"] = "DoNotReply@example.no",
            ["Summary:Recipients"] = "a@example.no;b@example.no",
        }).Build();
        using var provider = FunctionsServices.Add(new ServiceCollection().AddLogging(), configuration).BuildServiceProvider();

        var summary = provider.GetRequiredService<IOptions<SummaryOptions>>().Value;
        var smtp = provider.GetRequiredService<IOptions<SmtpOptions>>().Value;
        Assert.Equal("0 0 7 * * 1", summary.Schedule);
        Assert.True(summary.SendWhenUnchanged);
        Assert.Equal(TimeSpan.FromMinutes(10), summary.ClaimTimeout);
        Assert.Equal(587, smtp.Port);
        Assert.True(smtp.UseStartTls);
        Assert.Equal(["a@example.no", "b@example.no"], provider.GetRequiredService<IOptions<RecipientOptions>>().Value.Parse().Select(r => r.Address));
        Assert.Equal("0 0 7 * * 1", provider.GetRequiredService<ProgressSummaryService>().Schedule.Expression);
    }

    /// <summary>
    /// The timer's <c>%name%</c> must resolve the way the Functions host resolves it: its name resolver returns
    /// <c>configuration[name]</c>, and the host's configuration reads app settings from environment variables, where
    /// <c>Summary__Schedule</c> becomes <c>Summary:Schedule</c>.
    /// </summary>
    [Fact]
    public void The_timer_schedule_expression_resolves_from_the_app_setting_Summary__Schedule_as_the_host_resolves_it()
    {
        var trigger = typeof(SendProgressSummary).GetMethod(nameof(SendProgressSummary.Run))!.GetParameters()
            .Select(p => p.GetCustomAttribute<TimerTriggerAttribute>()).Single(a => a is not null)!;
        var name = Regex.Match(trigger.Schedule, "^%([^%]+)%$").Groups[1].Value;
        var prefix = $"INGENTEST{Guid.NewGuid():N}_";
        Environment.SetEnvironmentVariable(prefix + "Summary__Schedule", "0 0 7 * * 1");
        try
        {
            var hostConfiguration = new ConfigurationBuilder().AddEnvironmentVariables(prefix).Build();

            Assert.Equal("Summary:Schedule", name);
            Assert.Equal("0 0 7 * * 1", hostConfiguration[name]);
            Assert.Null(hostConfiguration["Summary__Schedule"]); // why the expression is not %Summary__Schedule%
        }
        finally
        {
            Environment.SetEnvironmentVariable(prefix + "Summary__Schedule", null);
        }
    }
}
