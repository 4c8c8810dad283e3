using IngenAMiste.Reports.Model;
using IngenAMiste.Reports.Status;

namespace IngenAMiste.Reports.Tests.Unit;

/// <summary>
/// Wordings found blind in the LaTeX-typeset variation report (issue #3), on invented sentences, each from both sides: a
/// present passive with "nå" ("fordeles nå", "gjennomgås nå"), "ikke gjort noe (konkret) med" (not begun) and "lagt på is"
/// (shelved).
/// </summary>
public sealed class LatexReportWordingTests
{
    private const string Scheme = "Regjeringen vil etablere en tilskuddsordning for lokale lavterskeltilbud.";

    private static StatusResult Check(string narrative, MeasureStatus expected)
    {
        var result = StatusClassifier.Classify(narrative, Scheme);
        Assert.True(expected == result.Status, $"expected {expected}, got {result.Status}: {result.Explanation}");
        return result;
    }

    [Theory]
    [InlineData("Tilskuddene fordeles nå til fylkene etter søknad.", "fordeles nå")]
    [InlineData("Søknadene gjennomgås nå av et fagpanel.", "gjennomgås nå")]
    public void A_present_passive_with_now_is_in_progress(string narrative, string evidencePart)
    {
        var result = Check(narrative, MeasureStatus.InProgress);
        Assert.Contains(evidencePart, result.Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_passive_after_a_modal_is_planned() =>
        Check("Tilskuddene skal fordeles til fylkene neste år.", MeasureStatus.Planned);

    [Theory]
    [InlineData("Det er ikke gjort noe med ordningen i år.")]
    [InlineData("Det er ikke gjort noe konkret med ordningen så langt.")]
    public void Nothing_done_with_it_is_not_started(string narrative) =>
        Check(narrative, MeasureStatus.NotStarted);

    [Fact]
    public void Much_done_with_it_is_not_not_started() =>
        Check("Det er gjort mye med ordningen i år, og utlysningen pågår.", MeasureStatus.InProgress);

    [Fact]
    public void Shelved_is_not_started() =>
        Check("Ordningen er lagt på is inntil budsjettet er avklart.", MeasureStatus.NotStarted);

    [Fact]
    public void Not_shelved_is_not_not_started() =>
        Check("Ordningen er ikke lagt på is, og utlysningen pågår.", MeasureStatus.InProgress);
}
