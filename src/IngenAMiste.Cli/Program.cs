using System.Text;
using IngenAMiste.Cli.Commands;
using IngenAMiste.Reports;

// The first parse in a process waits for one-time set-up (PdfPig's font metrics, the classifier's tables): start it on the other cores now.
ReportParser.WarmUp();

Console.OutputEncoding = Encoding.UTF8;

return await CliApp.CreateRoot().Parse(args).InvokeAsync();
