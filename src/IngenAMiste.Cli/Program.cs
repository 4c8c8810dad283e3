using System.Text;
using IngenAMiste.Cli.Commands;
using IngenAMiste.Reports.Extraction;

// The first PDF a process opens waits for PdfPig to load its font metrics: start that on another core now.
PdfTextExtractor.WarmUp();

Console.OutputEncoding = Encoding.UTF8;

return await CliApp.CreateRoot().Parse(args).InvokeAsync();
