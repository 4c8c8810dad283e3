using IngenAMiste.Summary.Options;
using IngenAMiste.Summary.Sending;
using IngenAMiste.Summary.Tables;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace IngenAMiste.Summary;

public static class ServiceCollectionExtensions
{
    /// <summary>
    /// Registers the progress summary. Call after <c>AddReportIngestion</c> (it reads the same tables). The settings
    /// (<c>Summary:*</c>, <c>Smtp:*</c>) are validated when a host starts; where no host starts (the CLI), when first used.
    /// </summary>
    public static IServiceCollection AddProgressSummary(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SummaryOptions>().Bind(configuration.GetSection(SummaryOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<RecipientOptions>().Bind(configuration.GetSection(SummaryOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<SmtpOptions>().Bind(configuration.GetSection(SmtpOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<SummaryTables>();
        services.AddSingleton<SummaryBuilder>();
        services.AddSingleton<SmtpSummarySender>();
        services.AddSingleton<ProgressSummaryService>();
        return services;
    }
}
