using System.Text;
using IngenAMiste.Cli.Commands;
using IngenAMiste.Reports;

// The first parse in a process waits for PdfPig's one-time font set-up: start it on the other core now.
ReportParser.WarmUp();

Console.OutputEncoding = Encoding.UTF8;

return await CliApp.CreateRoot().Parse(args).InvokeAsync();
