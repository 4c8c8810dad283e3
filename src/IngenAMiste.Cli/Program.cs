using System.CommandLine;
using System.Text;
using IngenAMiste.Cli.Commands;

Console.OutputEncoding = Encoding.UTF8;

var root = new RootCommand("ingen – leser årsrapportene for handlingsplanen «Ingen å miste» (PDF) inn i tabeller, lokalt eller mot Azure.")
{
    CommonOptions.Storage,
    CommonOptions.Verbose,
    ParseCommand.Create(),
    IngestCommand.Create(),
    ProgressCommand.Create(),
    SummaryCommand.Create(),
    DemoCommand.Create(),
    ServeCommand.Create(),
    UploadCommand.Create(),
    ReprocessCommand.Create(),
};

return await root.Parse(args).InvokeAsync();
