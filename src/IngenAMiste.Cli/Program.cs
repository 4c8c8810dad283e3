using System.Text;
using IngenAMiste.Cli.Commands;

Console.OutputEncoding = Encoding.UTF8;

return await CliApp.CreateRoot().Parse(args).InvokeAsync();
