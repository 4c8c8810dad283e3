using System.Globalization;
using IngenAMiste.Reports;

namespace IngenAMiste.Storage.Ingestion;

/// <summary>A reason a person can act on, in English (logs, API) and Norwegian (dashboard, e-mail).</summary>
public sealed record Reason(string Code, string English, string Norwegian);

/// <summary>The words for every way an upload can be turned away.</summary>
public static class RejectionMessages
{
    public static Reason For(ReportRejectedException rejection)
    {
        ArgumentNullException.ThrowIfNull(rejection);
        var pages = rejection.PageCount;
        return rejection.Reason switch
        {
            RejectionReason.Empty => new("Empty",
                "The file is empty (0 bytes). Upload the report again.",
                "Filen er tom (0 byte). Last opp rapporten på nytt."),
            RejectionReason.NotPdf => new("NotPdf",
                "The file is not a PDF (it may be another format renamed to .pdf). Save or export the report as PDF and upload that.",
                "Filen er ikke en PDF (den kan være et annet format med endelsen .pdf). Lagre eller eksporter rapporten som PDF og last opp den."),
            RejectionReason.Damaged => new("Damaged",
                $"The PDF is damaged or incomplete and cannot be read ({rejection.Message}). Upload an intact copy.",
                "PDF-filen er skadet eller ufullstendig og kan ikke leses. Last opp en hel kopi av rapporten."),
            RejectionReason.PasswordProtected => new("PasswordProtected",
                "The file is password protected. Upload a version without a password.",
                "Filen er passordbeskyttet – last opp en versjon uten passord."),
            RejectionReason.NoTextLayer => new("NoTextLayer",
                $"No text layer: the {PageText(pages, "page", "pages")} are images (scanned). Upload the original PDF from the publisher, or run text recognition (OCR) first.",
                $"Filen har ikke noe tekstlag: alle sidene ({pages?.ToString(CultureInfo.InvariantCulture) ?? "?"}) er bilder (skannet). Last opp original-PDF-en fra utgiveren, eller kjør tekstgjenkjenning (OCR) først."),
            RejectionReason.TooManyPages => new("TooManyPages",
                $"The document has {PageText(pages, "page", "pages")}, more than the limit (Ingest:MaxPages). Upload the report on its own, or raise the limit.",
                $"Dokumentet har {PageText(pages, "side", "sider")}, flere enn grensen (Ingest:MaxPages). Last opp rapporten alene, eller øk grensen."),
            RejectionReason.TimedOut => new("TimedOut",
                "Reading the document took longer than the limit (Ingest:Timeout). Check that the file is the report itself; an administrator can raise the limit and re-process it.",
                "Det tok for lang tid å lese dokumentet (Ingest:Timeout). Sjekk at filen er selve rapporten; en administrator kan øke grensen og behandle den på nytt."),
            _ => new(rejection.Reason.ToString(), rejection.Message, rejection.Message),
        };
    }

    public static Reason TooLarge(long size, long limit) => new("TooLarge",
        $"The file is {Megabytes(size)} MB, larger than the limit of {Megabytes(limit)} MB (Ingest:MaxBytes). Upload a smaller file, or raise the limit.",
        $"Filen er {Megabytes(size)} MB, større enn grensen på {Megabytes(limit)} MB (Ingest:MaxBytes). Last opp en mindre fil, eller øk grensen.");

    public static Reason Duplicate(string reportId, string firstBlob) => new("Duplicate",
        $"Same content as report {reportId[..12]} (first uploaded as '{firstBlob}'): nothing new was stored.",
        $"Samme innhold som rapport {reportId[..12]} (først lastet opp som «{firstBlob}»): ingenting nytt ble lagret.");

    public static Reason Stored(int measures, int warnings) => new("Stored",
        $"Stored with {measures} measures and {warnings} warnings.",
        $"Lagret med {measures} tiltak og {warnings} advarsler.");

    public static Reason Failed(Exception exception) => new("Failed",
        $"Processing failed on our side ({exception.GetType().Name}: {exception.Message}). It will be retried; if it keeps failing, an administrator can re-process it.",
        "Behandlingen feilet hos oss. Den prøves på nytt; feiler den fortsatt, kan en administrator behandle filen på nytt.");

    private static string PageText(int? pages, string one, string many) => pages switch
    {
        null => many,
        1 => "1 " + one,
        _ => pages.Value.ToString(CultureInfo.InvariantCulture) + " " + many,
    };

    private static string Megabytes(long bytes) => (bytes / 1024d / 1024d).ToString("0.#", CultureInfo.InvariantCulture);
}
