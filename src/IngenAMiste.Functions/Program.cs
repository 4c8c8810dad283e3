using IngenAMiste.Functions;
using IngenAMiste.Reports;
using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.Hosting;

// The first report a worker reads waits for one-time set-up (PdfPig's font metrics, the classifier's tables): start it now.
ReportParser.WarmUp();

var builder = FunctionsApplication.CreateBuilder(args);
builder.ConfigureFunctionsWebApplication();
FunctionsServices.Add(builder.Services, builder.Configuration);
builder.Build().Run();
