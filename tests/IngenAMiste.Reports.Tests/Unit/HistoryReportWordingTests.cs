using IngenAMiste.Reports.Model;
using IngenAMiste.Reports.Status;

namespace IngenAMiste.Reports.Tests.Unit;

/// <summary>
/// Wordings found blind in the history variation report (issue #3), on invented sentences, each rule from both sides:
/// "har ikke skjedd noe", "tok … seg opp igjen" / "gjenopptatt", a draft that "sirkulerer", uptake by part of the scope,
/// "landsdekkende" / "dekker alle", "er kommet rundt halvveis", "satt på vent", "ble stanset".
/// </summary>
public sealed class HistoryReportWordingTests
{
    private const string Commitment = "Regjeringen vil etablere et lavterskeltilbud for unge i krise i alle fylker.";

    private static StatusResult Classify(string narrative) => StatusClassifier.Classify(narrative, Commitment);

    [Fact]
    public void Nothing_happened_is_not_started_but_something_happened_is_not()
    {
        Assert.Equal(MeasureStatus.NotStarted, Classify("Det har ikke skjedd noe i saken siden planen kom.").Status);
        Assert.NotEqual(MeasureStatus.NotStarted, Classify("Det har skjedd mye: tilbudet er under etablering i fire fylker.").Status);
    }

    [Fact]
    public void Resumed_work_is_in_progress_but_not_resumed_is_not()
    {
        var resumed = Classify("Etter en pause tok prosjektet seg opp igjen i mars.");
        var notResumed = Classify("Prosjektet stoppet i fjor. Det er ikke tatt opp igjen.");

        Assert.Equal(MeasureStatus.InProgress, resumed.Status);
        Assert.Contains("opp igjen", resumed.Evidence, StringComparison.Ordinal);
        Assert.DoesNotContain("opp igjen", notResumed.Evidence ?? string.Empty, StringComparison.Ordinal);
    }

    [Fact]
    public void A_circulating_draft_is_in_progress()
    {
        var result = Classify("Et utkast til tilbudsbeskrivelse sirkulerer blant fylkene.");

        Assert.Equal(MeasureStatus.InProgress, result.Status);
        Assert.Contains("sirkulerer", result.Evidence, StringComparison.Ordinal);
        Assert.Equal(MeasureStatus.Planned, Classify("Et utkast skal sendes fylkene i 2025.").Status);
    }

    [Fact]
    public void Uptake_by_part_of_the_scope_is_in_progress()
    {
        Assert.Equal(MeasureStatus.InProgress, Classify("I dag bruker halvparten av fylkene det nye tilbudet.").Status);
        Assert.Equal(MeasureStatus.InProgress, Classify("Per juni sender fire av ni fylker rapporter om bruken.").Status);
        Assert.Equal(MeasureStatus.InProgress, Classify("I mai åpnet de tre første fylkene sine tilbud.").Status);
    }

    [Fact]
    public void Nationwide_is_completed_but_not_yet_nationwide_is_not()
    {
        Assert.Equal(MeasureStatus.Completed, Classify("Lavterskeltilbudet har vært landsdekkende siden mars.").Status);
        Assert.Equal(MeasureStatus.Completed, Classify("Fra i år dekker tilbudet for unge alle fylker.").Status);
        Assert.NotEqual(MeasureStatus.Completed, Classify("Tilbudet er ennå ikke landsdekkende, men bygges ut i tre fylker.").Status);
    }

    [Fact]
    public void Halfway_with_an_adverb_is_in_progress()
    {
        var result = Classify("Utbyggingen er kommet rundt halvveis.");

        Assert.Equal(MeasureStatus.InProgress, result.Status);
        Assert.Contains("halvveis", result.Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public void Stopped_after_a_start_is_in_progress_and_put_on_hold_alone_is_not()
    {
        Assert.Equal(MeasureStatus.InProgress, Classify("Et første fylke kom i gang, men arbeidet ble stanset i fjor høst.").Status);
        Assert.Equal(MeasureStatus.NotStarted, Classify("Tiltaket er satt på vent inntil videre.").Status);
    }
}
