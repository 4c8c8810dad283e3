using System.CommandLine;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using IngenAMiste.Reports;
using IngenAMiste.Reports.Model;

namespace IngenAMiste.Cli.Commands;

/// <summary><c>ingen parse FILE [--catalog ANNUAL_REPORT.pdf]</c>: the parse as JSON, without touching storage.</summary>
public static class ParseCommand
{
    public const string Name = "parse";

    /// <summary>
    /// <see cref="ReportJson.Options"/> with source-generated metadata instead of reflection: the same JSON
    /// (naming, escaping, indentation), but it also runs in the native AOT build, and starts faster.
    /// </summary>
    private static readonly JsonTypeInfo<ParsedReport> ReportTypeInfo = CreateTypeInfo();

    public static Command Create()
    {
        var file = new Argument<FileInfo>("file") { Description = "PDF-fil som skal leses." }.AcceptExistingOnly();
        var catalog = new Option<FileInfo>("--catalog") { Description = "En årsrapport (PDF) hvis tiltak brukes til å kjenne igjen omtaler i andre dokumenter." }.AcceptExistingOnly();
        var command = new Command(Name, "Les en rapport (PDF) og skriv resultatet som JSON, uten å lagre noe.") { file, catalog };
        command.SetAction(async (result, cancellationToken) =>
        {
            var parser = new ReportParser();
            MeasureCatalog? measures = null;
            var catalogFile = result.GetValue(catalog);
            if (catalogFile is not null)
            {
                await using var catalogStream = catalogFile.OpenRead();
                measures = MeasureCatalog.FromReport(parser.Parse(catalogStream, null, cancellationToken));
            }

            await using var stream = result.GetRequiredValue(file).OpenRead();
            try
            {
                var report = parser.Parse(stream, measures, cancellationToken);
                await result.InvocationConfiguration.Output.WriteLineAsync(Serialize(report));
                return 0;
            }
            catch (ReportRejectedException e)
            {
                await result.InvocationConfiguration.Error.WriteLineAsync($"Kan ikke lese filen ({e.Reason}): {e.Message}");
                return 2;
            }
        });
        return command;
    }

    /// <summary>The parse as JSON, exactly as <see cref="ReportJson.Serialize"/> writes it.</summary>
    public static string Serialize(ParsedReport report) => JsonSerializer.Serialize(report, ReportTypeInfo);

    private static JsonTypeInfo<ParsedReport> CreateTypeInfo()
    {
        var options = new JsonSerializerOptions(ReportJson.Options) { TypeInfoResolver = ParseJsonContext.Default };
        options.MakeReadOnly();
        return (JsonTypeInfo<ParsedReport>)options.GetTypeInfo(typeof(ParsedReport));
    }
}

/// <summary>Compile-time JSON metadata for <see cref="ParsedReport"/>; the options come from <see cref="ReportJson.Options"/>.</summary>
[JsonSerializable(typeof(ParsedReport))]
internal sealed partial class ParseJsonContext : JsonSerializerContext;
