using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace IngenAMiste.Functions.Tests;

/// <summary>The worker's container builds, its options validate at start, and every function class can be created.</summary>
public sealed class StartupTests
{
    [Theory]
    [InlineData("identity")]
    [InlineData("connection-string")]
    public async Task Worker_starts_and_every_function_resolves(string style)
    {
        using var host = Worker.Build(Worker.Style(style));
        await host.StartAsync(CancellationToken.None);
        try
        {
            var optionsTypes = Worker.OptionsTypes();
            Assert.NotEmpty(optionsTypes);
            foreach (var type in optionsTypes)
            {
                var options = host.Services.GetRequiredService(typeof(IOptions<>).MakeGenericType(type));
                Assert.NotNull(options.GetType().GetProperty(nameof(IOptions<object>.Value))!.GetValue(options));
            }

            var functions = Worker.FunctionClasses();
            Assert.Equal(
                FunctionContract.Functions.Select(f => f.Name).Order(StringComparer.Ordinal),
                functions.Select(t => t.Name).Order(StringComparer.Ordinal));
            foreach (var type in functions)
            {
                Assert.NotNull(ActivatorUtilities.CreateInstance(host.Services, type));
            }
        }
        finally
        {
            await host.StopAsync(CancellationToken.None);
        }
    }

    [Theory]
    [InlineData("Ingest__MaxPages", "0", "Ingest:MaxPages")]
    [InlineData("Ingest__MaxBytes", "0", "Ingest:MaxBytes")]
    [InlineData("Ingest__Timeout", "00:00:00", "Ingest:Timeout")]
    [InlineData("Storage__TablePrefix", "1bad", "Storage:TablePrefix")]
    [InlineData("Storage__ParsedContainer", "Bad_Name", "Storage:ParsedContainer")]
    [InlineData("Api__CacheSeconds", "-1", "Api:CacheSeconds")]
    public async Task A_bad_setting_fails_at_start_naming_the_setting(string setting, string value, string named)
    {
        var settings = new Dictionary<string, string?>(Worker.IdentitySettings) { [setting] = value };
        using var host = Worker.Build(settings);

        var error = await Assert.ThrowsAnyAsync<Exception>(() => host.StartAsync(CancellationToken.None));

        var messages = string.Join(" | ", Flatten(error).Select(e => e.Message));
        Assert.Contains(Flatten(error), e => e is OptionsValidationException);
        Assert.Contains(named, messages, StringComparison.Ordinal);
    }

    [Fact]
    public void Storage_not_configured_fails_naming_the_connection_setting()
    {
        using var host = Worker.Build([]);
        var error = Assert.ThrowsAny<Exception>(() => host.Services.GetRequiredService<IngenAMiste.Storage.StorageConnection>());
        Assert.Contains("ReportStorage", string.Join(" | ", Flatten(error).Select(e => e.Message)), StringComparison.Ordinal);
    }

    private static IEnumerable<Exception> Flatten(Exception error)
    {
        yield return error;
        var inner = error is AggregateException aggregate ? aggregate.InnerExceptions : (IEnumerable<Exception>)(error.InnerException is null ? [] : [error.InnerException]);
        foreach (var e in inner.SelectMany(Flatten))
        {
            yield return e;
        }
    }
}
