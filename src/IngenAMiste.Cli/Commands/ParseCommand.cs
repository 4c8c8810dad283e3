using System.CommandLine;
using IngenAMiste.Reports;

namespace IngenAMiste.Cli.Commands;

/// <summary><c>ingen parse FILE [--catalog ANNUAL_REPORT.pdf]</c>: the parse as JSON, without touching storage.</summary>
public static class ParseCommand
{
    public static Command Create()
    {
        var file = new Argument<FileInfo>("file") { Description = "PDF-fil som skal leses." }.AcceptExistingOnly();
        var catalog = new Option<FileInfo>("--catalog") { Description = "En årsrapport (PDF) hvis tiltak brukes til å kjenne igjen omtaler i andre dokumenter." }.AcceptExistingOnly();
        var command = new Command("parse", "Les en rapport (PDF) og skriv resultatet som JSON, uten å lagre noe.") { file, catalog };
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
                await Console.Out.WriteLineAsync(ReportJson.Serialize(report));
                return 0;
            }
            catch (ReportRejectedException e)
            {
                await Console.Error.WriteLineAsync($"Kan ikke lese filen ({e.Reason}): {e.Message}");
                return 2;
            }
        });
        return command;
    }
}
