using IngenAMiste.Storage;
using IngenAMiste.Web;
using IngenAMiste.Summary;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace IngenAMiste.Functions;

/// <summary>Everything the worker needs, registered in one place so tests can build the same container.</summary>
public static class FunctionsServices
{
    public static IServiceCollection Add(IServiceCollection services, IConfiguration configuration)
    {
        services.AddReportIngestion(configuration);
        services.AddProgressApi(configuration);
        services.AddProgressSummary(configuration);
        return services;
    }
}
