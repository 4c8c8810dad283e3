using System.CommandLine;

namespace IngenAMiste.Cli.Commands;

/// <summary>Options several commands share.</summary>
public static class CommonOptions
{
    public static Option<string?> Storage { get; } = new("--storage")
    {
        Description = "Lagringskonto: en tilkoblingsstreng, eller en blob-URL (https://KONTO.blob.core.windows.net) for innlogging med Microsoft Entra ID. Standard: innstillingen ReportStorage, ellers innebygd Azurite.",
        Recursive = true,
    };

    public static Option<bool> Verbose { get; } = new("--verbose", "-v")
    {
        Description = "Vis logg fra tjenestene.",
        Recursive = true,
    };
}
