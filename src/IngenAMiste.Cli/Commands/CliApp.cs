using System.CommandLine;
using System.Runtime.CompilerServices;

namespace IngenAMiste.Cli.Commands;

/// <summary>
/// The command tree of <c>ingen</c>. The native AOT build (<c>-p:PublishAot=true</c>) holds only <c>parse</c>: the
/// storage, API and e-mail commands rely on reflection (JSON without source generation, options validation by data
/// annotations, Azure table entity mapping, CsvHelper class maps), which native AOT does not support. There the other
/// commands are kept by name and say which build to use; the compiler drops their code, so it neither warns nor grows.
/// </summary>
public static class CliApp
{
    public const string Description = "ingen – leser årsrapportene for handlingsplanen «Ingen å miste» (PDF) inn i tabeller, lokalt eller mot Azure.";

    /// <summary>True in the JIT and ReadyToRun builds; false (and a compile-time constant) in the native AOT build.</summary>
    public static bool HasAllCommands => RuntimeFeature.IsDynamicCodeSupported;

    // The feature switch itself (not HasAllCommands) so that the AOT compiler removes the branch it cannot take.
    public static RootCommand CreateRoot() => RuntimeFeature.IsDynamicCodeSupported ? CreateFull() : CreateParseOnly();

    public static RootCommand CreateFull() => new(Description)
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

    /// <summary>The native build's tree: <c>parse</c>, and the other commands as placeholders that explain.</summary>
    public static RootCommand CreateParseOnly() => new(Description)
    {
        CommonOptions.Storage,
        CommonOptions.Verbose,
        ParseCommand.Create(),
        Unavailable(IngestCommand.Name, IngestCommand.Description),
        Unavailable(ProgressCommand.Name, ProgressCommand.Description),
        Unavailable(SummaryCommand.Name, SummaryCommand.Description),
        Unavailable(DemoCommand.Name, DemoCommand.Description),
        Unavailable(ServeCommand.Name, ServeCommand.Description),
        Unavailable(UploadCommand.Name, UploadCommand.Description),
        Unavailable(ReprocessCommand.Name, ReprocessCommand.Description),
    };

    /// <summary>Exit code of a placeholder command.</summary>
    public const int UnavailableExitCode = 3;

    private static Command Unavailable(string name, string description)
    {
        var command = new Command(name, description + " (Ikke i den native utgaven.)") { TreatUnmatchedTokensAsErrors = false };
        command.SetAction(async (result, _) =>
        {
            await result.InvocationConfiguration.Error.WriteLineAsync(
                $"«ingen {name}» finnes ikke i den native (AOT) utgaven av ingen, som bare leser rapporter («ingen parse»). " +
                "Bruk den vanlige utgaven (dotnet publish uten PublishAot, eller dotnet run).");
            return UnavailableExitCode;
        });
        return command;
    }
}
