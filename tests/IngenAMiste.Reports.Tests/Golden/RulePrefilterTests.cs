using IngenAMiste.Reports.Parsing;
using IngenAMiste.Reports.Status;

namespace IngenAMiste.Reports.Tests.Golden;

/// <summary>
/// The classifier skips, for a whole narrative, the rules that match nowhere in it (<see cref="StatusRules.Candidates"/>).
/// That is only right if every rule that matches a sentence also matches the narrative the sentence is cut from: checked
/// here for every rule on every sentence of every measure of every test report, and with hand-made sentences at the edges
/// of a narrative (a rule anchored on the start of the text is always tried).
/// </summary>
public sealed class RulePrefilterTests(ITestOutputHelper output)
{
    [Fact]
    public void A_rule_that_matches_a_sentence_is_a_candidate_for_its_narrative()
    {
        var pdfs = Directory.GetFiles(TestFiles.Dir("Variations"), "*.pdf").Append(TestFiles.Corpus(TestFiles.AnnualReport + ".pdf"));
        int sentences = 0, matches = 0, skipped = 0;
        foreach (var pdf in pdfs.Order(StringComparer.Ordinal))
        {
            foreach (var narrative in TestFiles.Parse(pdf).Measures.Select(m => m.Narrative).OfType<string>())
            {
                var candidates = StatusRules.Candidates(narrative);
                skipped += candidates.Count(c => !c);
                foreach (var sentence in Sentences.Split(narrative))
                {
                    sentences++;
                    for (var r = 0; r < StatusRules.All.Count; r++)
                    {
                        if (StatusRules.All[r].Pattern.IsMatch(sentence.Text))
                        {
                            matches++;
                            Assert.True(candidates[r], $"{Path.GetFileName(pdf)}: rule {StatusRules.All[r].Id} matches «{sentence.Text}» but not its narrative");
                        }
                    }
                }
            }
        }

        output.WriteLine($"{sentences} sentences, {matches} rule matches, all candidates; {skipped} rule-narrative pairs skipped.");
        Assert.True(matches > 1000 && skipped > 1000);
    }

    [Theory]
    [InlineData("Kurset er ferdig.")]
    [InlineData("Utsatt til 2025. Arbeidet er ikke prioritert.")]
    [InlineData("Veilederen er under arbeid.\nIkke prioritert i 2024.")]
    public void Rules_anchored_on_the_start_are_always_candidates(string narrative)
    {
        var candidates = StatusRules.Candidates(narrative);
        for (var r = 0; r < StatusRules.All.Count; r++)
        {
            if (StatusRules.SentenceAnchored[r])
            {
                Assert.True(candidates[r]);
            }
        }

        Assert.Contains(StatusRules.SentenceAnchored, a => a);
        Assert.Contains(StatusRules.SentenceAnchored, a => !a);
    }
}
