using System.Net;
using System.Text.Json;
using IngenAMiste.Cli.Commands;
using IngenAMiste.Integration.Tests.Infrastructure;
using IngenAMiste.Reports;
using IngenAMiste.Reports.Model;

namespace IngenAMiste.Integration.Tests;

/// <summary>The admin endpoint that removes a report: the plan's state falls back to the remaining report.</summary>
[Collection(SharedAzurite.Name)]
public sealed class DeleteReportTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Deleting_the_newer_report_brings_back_the_older_statuses_and_keeps_the_blob()
    {
        await using var app = await ServedApp.StartAsync(azurite);
        var files = new[] { TestFiles.AnnualReport2020, TestFiles.Sample("arsrapport-2021-2022.pdf") }.Select(f => new FileInfo(f)).ToArray();
        var results = await IngestCommand.IngestFilesAsync(app.Services, files, CancellationToken.None);
        var newer = results[1].ReportId!;
        ParsedReport older;
        await using (var s = File.OpenRead(TestFiles.AnnualReport2020))
        {
            older = new ReportParser().Parse(s);
        }

        using var deleted = await app.Client.DeleteAsync($"api/manage/reports/{newer}");
        Assert.Equal(HttpStatusCode.OK, deleted.StatusCode);

        var progress = JsonDocument.Parse(await app.Client.GetStringAsync("api/progress")).RootElement;
        Assert.Equal("2020-2021", progress.GetProperty("report").GetProperty("reportPeriod").GetString());
        Assert.Equal(older.Measures.Count(m => m.Status == MeasureStatus.Completed), progress.GetProperty("counts").GetProperty("completed").GetInt32());
        Assert.Equal(older.Measures.Count(m => m.Status == MeasureStatus.InProgress), progress.GetProperty("counts").GetProperty("inProgress").GetInt32());
        Assert.Equal(["2020-2021"], progress.GetProperty("periods").EnumerateArray().Select(p => p.GetProperty("period").GetString() ?? ""));

        var measure = JsonDocument.Parse(await app.Client.GetStringAsync("api/measures/2")).RootElement;
        Assert.Equal(1, measure.GetProperty("timeline").GetArrayLength());
        var reports = JsonDocument.Parse(await app.Client.GetStringAsync("api/reports")).RootElement;
        Assert.Equal(1, reports.GetProperty("reports").GetArrayLength());
        Assert.Equal(2, reports.GetProperty("ingestions").GetArrayLength());

        // The uploaded blob is never deleted.
        var tables = app.Services.Get<IngenAMiste.Storage.Tables.ReportTables>();
        Assert.True(await tables.ReportsContainer.GetBlobClient(results[1].BlobName).ExistsAsync());

        using var again = await app.Client.DeleteAsync($"api/manage/reports/{newer}");
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
        using var bad = await app.Client.DeleteAsync("api/manage/reports/%27%20or%20true%20or%20%27");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
    }
}
