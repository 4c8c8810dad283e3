using IngenAMiste.Reports;
using IngenAMiste.Storage.Ingestion;
using IngenAMiste.Storage.Progress;
using IngenAMiste.Storage.Tables;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace IngenAMiste.Storage;

public static class ServiceCollectionExtensions
{
    /// <summary>
    /// Registers storage, the report parser and the ingestion service: the services both the Functions worker
    /// and the <c>ingen</c> CLI run. <paramref name="connection"/> overrides the <c>ReportStorage</c> setting.
    /// </summary>
    public static IServiceCollection AddReportIngestion(this IServiceCollection services, IConfiguration configuration, StorageConnection? connection = null)
    {
        services.AddOptions<StorageOptions>().Bind(configuration.GetSection(StorageOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<IngestOptions>().Bind(configuration.GetSection(IngestOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();

        if (connection is not null)
        {
            services.AddSingleton(connection);
        }
        else
        {
            services.TryAddSingleton(_ => StorageConnection.FromConfiguration(configuration));
        }

        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<ReportTables>();
        services.AddSingleton<ReportStore>();
        services.AddSingleton<ProgressQueries>();
        services.AddSingleton(sp => new ReportParser(new ReportParserOptions { MaxPages = sp.GetRequiredService<IOptions<IngestOptions>>().Value.MaxPages }));
        services.AddSingleton<IngestionService>();
        services.AddSingleton<ReportUploader>();
        services.AddSingleton<ReportsWatcher>();
        return services;
    }
}
