using IngenAMiste.Reports.Model;

namespace IngenAMiste.Reports.Tests.Unit;

/// <summary>
/// Goal and measure headings in forms the earlier documents did not use: "Hovedmål 2:", "Målområde 2:" and a chapter
/// number before the goal ("Kapittel 2: Mål 2 – …") as bold headings; the responsible ministries in parentheses after the
/// measure number ("Tiltak 3 (HOD, KD): …") or closing the commitment ("… i kommunene. (HOD og KD)"). The same lines as
/// plain text are no goal headings (a field block's "Hovedmål 2" line), an organisation's abbreviation in parentheses is no
/// ministry, and a measure before any goal gets a warning. Synthetic documents, invented text.
/// </summary>
public sealed class HeadingFormTests
{
    private static ParsedReport Parse(string goalHeading, string measureHeading, bool boldGoals = true, bool ministryLine = true)
    {
        var lines = new List<(string Text, bool Bold)> { ("Handlingsplanen har 4 tiltak.", false) };
        var n = 1;
        foreach (var g in new[] { 1, 2 })
        {
            lines.Add((goalHeading.Replace("{g}", g.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal), boldGoals));
            for (var k = 0; k < 2; k++, n++)
            {
                lines.Add((measureHeading.Replace("{n}", n.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal), true));
                lines.Add(("Arbeidet er i gang og skal være ferdig neste år.", false));
                if (ministryLine)
                {
                    lines.Add(("Ansvarlig departement: JD", false));
                }
            }
        }

        return TestDocuments.ParseLines(lines);
    }

    [Theory]
    [InlineData("Hovedmål {g}: Bedre samarbeid")]
    [InlineData("Målområde {g}: Bedre samarbeid")]
    [InlineData("Kapittel {g}: Mål {g} – Bedre samarbeid")]
    [InlineData("MÅL {g} – BEDRE SAMARBEID")]
    [InlineData("Mål nr. {g}: Bedre samarbeid")]
    public void Goal_headings_in_other_forms_give_the_goals_and_the_measures_goals(string goalHeading)
    {
        var report = Parse(goalHeading, "Tiltak {n}: Regjeringen vil styrke arbeid nummer {n}.");

        Assert.Equal([1, 2], report.Goals.Select(g => g.Number));
        Assert.Equal("Bedre samarbeid", report.Goals[0].Title, ignoreCase: true);
        Assert.Equal([1, 1, 2, 2], report.Measures.Select(m => m.Goal));
        Assert.DoesNotContain(report.Warnings, w => w.Contains("no goal", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Hovedmål {g}: Bedre samarbeid")]
    [InlineData("Målområde {g}: Bedre samarbeid")]
    public void The_same_lines_in_plain_text_are_no_headings_and_the_measures_without_a_goal_are_warned_about(string goalHeading)
    {
        var report = Parse(goalHeading, "Tiltak {n}: Regjeringen vil styrke arbeid nummer {n}.", boldGoals: false);

        Assert.Empty(report.Goals);
        Assert.All(report.Measures, m => Assert.Equal(0, m.Goal));
        Assert.Equal(4, report.Warnings.Count(w => w.Contains("has no goal", StringComparison.Ordinal)));
    }

    [Fact]
    public void Ministries_in_parentheses_after_the_number_are_the_measures_ministries()
    {
        var report = Parse("Mål {g}: Bedre samarbeid", "Tiltak {n} (HOD, KD): Regjeringen vil styrke arbeid nummer {n}.", ministryLine: false);

        Assert.Equal(4, report.Measures.Count);
        Assert.All(report.Measures, m => Assert.Equal(["HOD", "KD"], m.Ministries));
        Assert.Equal("Regjeringen vil styrke arbeid nummer 1.", report.Measures[0].Commitment);
        Assert.DoesNotContain(report.Warnings, w => w.Contains("ministry", StringComparison.Ordinal));
    }

    [Fact]
    public void Ministries_in_parentheses_closing_the_commitment_are_taken_out_of_it()
    {
        var report = Parse("Mål {g}: Bedre samarbeid", "Tiltak {n} Regjeringen vil styrke arbeid nummer {n}. (HOD og KD)", ministryLine: false);

        Assert.All(report.Measures, m => Assert.Equal(["HOD", "KD"], m.Ministries));
        Assert.Equal("Regjeringen vil styrke arbeid nummer 2.", report.Measures[1].Commitment);
    }

    [Fact]
    public void Ministries_in_parentheses_come_first_and_a_ministry_line_adds_to_them()
    {
        var report = Parse("Mål {g}: Bedre samarbeid", "Tiltak {n} (HOD): Regjeringen vil styrke arbeid nummer {n}.");

        Assert.All(report.Measures, m => Assert.Equal(["HOD", "JD"], m.Ministries));
    }

    [Fact]
    public void An_organisation_in_parentheses_is_no_ministry_and_stays_in_the_commitment()
    {
        var report = Parse("Mål {g}: Bedre samarbeid", "Tiltak {n} Regjeringen vil styrke arbeid nummer {n} i Arbeids- og velferdsetaten (NAV).");

        Assert.All(report.Measures, m => Assert.Equal(["JD"], m.Ministries));
        Assert.EndsWith("(NAV).", report.Measures[0].Commitment, StringComparison.Ordinal);
    }
}
