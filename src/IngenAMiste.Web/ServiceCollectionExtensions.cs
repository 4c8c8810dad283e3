using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace IngenAMiste.Web;

public static class ServiceCollectionExtensions
{
    /// <summary>Registers the API handlers (storage and ingestion must be registered too: <c>AddReportIngestion</c>).</summary>
    public static IServiceCollection AddProgressApi(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ApiOptions>().Bind(configuration.GetSection(ApiOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<ProgressApi>();
        return services;
    }
}
