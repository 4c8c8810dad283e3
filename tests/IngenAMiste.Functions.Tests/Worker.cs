using System.Reflection;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace IngenAMiste.Functions.Tests;

/// <summary>The worker's services, wired by <see cref="FunctionsServices.Add"/> exactly as Program.cs does, on a plain host (no Functions host).</summary>
internal static class Worker
{
    /// <summary>Identity-based connection, as the app runs in Azure.</summary>
    public static readonly IReadOnlyDictionary<string, string?> IdentitySettings = new Dictionary<string, string?>
    {
        ["ReportStorage__blobServiceUri"] = "https://example.blob.core.windows.net",
        ["ReportStorage__tableServiceUri"] = "https://example.table.core.windows.net",
        ["ReportStorage__queueServiceUri"] = "https://example.queue.core.windows.net",
        ["ReportStorage__credential"] = "managedidentity",
        ["ReportStorage__clientId"] = "6f1c2a4e-8d3b-4c5a-9e7f-0a1b2c3d4e5f",
        ["Summary__Recipients"] = "forum@example.no, hod@example.no",
        ["Smtp__Host"] = "smtp.azurecomm.net",
        ["Smtp__From"] = "Ingen å miste <DoNotReply@example.no>",
    };

    /// <summary>Connection-string style, as local development runs.</summary>
    public static readonly IReadOnlyDictionary<string, string?> ConnectionStringSettings = new Dictionary<string, string?>
    {
        ["ReportStorage"] = "UseDevelopmentStorage=true",
        ["Summary__Recipients"] = "forum@example.no, hod@example.no",
        ["Smtp__Host"] = "smtp.azurecomm.net",
        ["Smtp__From"] = "Ingen å miste <DoNotReply@example.no>",
    };

    public static IReadOnlyDictionary<string, string?> Style(string style) => style switch
    {
        "identity" => IdentitySettings,
        "connection-string" => ConnectionStringSettings,
        _ => throw new ArgumentOutOfRangeException(nameof(style), style, null),
    };

    /// <summary>Builds the host with <c>ValidateOnBuild</c>; settings use the app-setting form (<c>Section__Key</c>).</summary>
    public static IHost Build(IEnumerable<KeyValuePair<string, string?>> settings)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            DisableDefaults = true,
            EnvironmentName = Environments.Production,
        });
        builder.Configuration.AddInMemoryCollection(settings.Select(s => KeyValuePair.Create(s.Key.Replace("__", ConfigurationPath.KeyDelimiter, StringComparison.Ordinal), s.Value)));
        builder.Services.AddLogging();
        FunctionsServices.Add(builder.Services, builder.Configuration);
        builder.ConfigureContainer(new DefaultServiceProviderFactory(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true }));
        return builder.Build();
    }

    /// <summary>The same registrations, without building, to inspect them.</summary>
    public static IServiceCollection Services()
    {
        var services = new ServiceCollection();
        FunctionsServices.Add(services, new ConfigurationBuilder().AddInMemoryCollection(ConnectionStringSettings).Build());
        return services;
    }

    /// <summary>The app's options types: every <c>T</c> that the wiring configures with <c>IConfigureOptions&lt;T&gt;</c>.</summary>
    public static IReadOnlyList<Type> OptionsTypes() =>
        Services()
            .Where(d => d.ServiceType.IsGenericType && d.ServiceType.GetGenericTypeDefinition() == typeof(IConfigureOptions<>))
            .Select(d => d.ServiceType.GetGenericArguments()[0])
            .Where(t => t.Assembly.GetName().Name!.StartsWith("IngenAMiste.", StringComparison.Ordinal))
            .Distinct()
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .ToList();

    /// <summary>Function classes: public types in the Functions assembly with a method carrying <c>[Function]</c>.</summary>
    public static IReadOnlyList<Type> FunctionClasses() =>
        typeof(FunctionsServices).Assembly.GetExportedTypes()
            .Where(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static).Any(m => m.GetCustomAttribute<FunctionAttribute>() is not null))
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .ToList();
}
