using System.Globalization;
using System.Text.RegularExpressions;
using IngenAMiste.Reports.Model;

namespace IngenAMiste.Reports.Parsing;

/// <summary>A measure as found, before status, funding and links are read from its narrative.</summary>
internal sealed class MeasureDraft
{
    public required int Number { get; init; }
    public required int Goal { get; set; }
    public required int Page { get; init; }
    public required Paragraph Heading { get; init; }
    public string Commitment { get; set; } = string.Empty;
    public List<Paragraph> CommitmentContinuation { get; } = [];
    public List<Paragraph> Narrative { get; init; } = [];
    public List<Paragraph> MinistryParagraphs { get; init; } = [];
    /// <summary>For a measure reported jointly under a group heading: all members of the group (sharing narrative and ministry line).</summary>
    public IReadOnlyList<MeasureDraft>? Group { get; set; }
    public IReadOnlyList<string> Ministries { get; set; } = [];
    /// <summary>The ministries are the default of the ministry chapter the measure is in (no "Ansvarlig departement" line yet).</summary>
    public bool MinistriesFromChapter { get; set; }
    /// <summary>Paragraphs of the measure's field block ("Mål: 3", "Status: …", "Bevilgning 2024: …"): in the narrative text, not judged as narrative.</summary>
    public HashSet<Paragraph> FieldParagraphs { get; } = new(ReferenceEqualityComparer.Instance);
    /// <summary>The value of the measure's status field as written ("Igangsatt"), when it has one.</summary>
    public string? StatusField { get; set; }
    /// <summary>For a measure read from a table row: the left edge of its commitment cell (a cell continued on the next page starts there).</summary>
    public double? CommitmentColumn { get; set; }

    public IEnumerable<Paragraph> AllParagraphs =>
        new[] { Heading }.Concat(CommitmentContinuation).Concat(Narrative).Concat(MinistryParagraphs);
}

internal sealed class StructureResult
{
    public List<Goal> Goals { get; } = [];
    public List<MeasureDraft> Measures { get; } = [];
    /// <summary>Paragraphs before the first goal or measure heading (title, introduction).</summary>
    public List<Paragraph> Preamble { get; } = [];
    public Dictionary<int, List<int>> DuplicateMeasures { get; } = [];
    public Dictionary<int, List<int>> DuplicateGoals { get; } = [];
}

/// <summary>
/// Walks the paragraphs and recognises goal headings ("Mål 2 – …", "Mål 4: …"), measure headings
/// ("Tiltak 4 Regjeringen vil …", "Tiltak 4: …", "Tiltak 4. …", "Tiltak 4 – …", and the split form
/// "… Tiltak" + "1 Regjeringen vil …"), and ministry lines that close a measure. A sentence that merely begins with
/// "Tiltak" (a reference such as "Tiltak 30 skal ses i sammenheng med …") is narrative: a heading must be followed by a
/// commitment-like sentence (capitalised, typically "Regjeringen vil …") and must not be a step back in numbering
/// unless it clearly restarts a repeated document.
/// </summary>
internal static partial class StructureReader
{
    public static StructureResult Read(List<Paragraph> paragraphs, double bodyFontSize, List<string> warnings, CancellationToken cancellationToken)
    {
        var result = new StructureResult();
        var seenMeasures = new Dictionary<int, MeasureDraft>();
        var seenGoals = new HashSet<int>();
        var goal = 0;
        MeasureDraft? current = null;
        var inCommitment = false;
        var pendingTiltakWord = false;
        var lastNumber = 0;
        var skipping = false; // inside a duplicate measure that is being ignored
        // A numbered table is the report's measure list only when the report has no measure sections of its own; in front
        // of such sections it is an overview (number, short name, status word) and its rows are not measures.
        var table = IsNumberedTable(paragraphs) && !HasMeasureSections(paragraphs, bodyFontSize);
        // In a report written by each ministry in turn, the chapter heading names the measures' responsible ministry.
        string? chapterMinistry = null;
        // Inside a fact box: the left edge of its heading (the box's paragraphs are indented at least as far), else null.
        double? factBoxLeft = null;
        // "Out of order" is only worth a warning when the numbers are not simply every number from 1 up, each once.
        var orderWarnings = new List<string>();
        var bodyLeft = BodyLeft(paragraphs);

        for (var i = 0; i < paragraphs.Count; i++)
        {
            if ((i & 63) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var p = paragraphs[i];
            var text = p.Text;

            if (factBoxLeft is { } boxLeft)
            {
                if (p.Lines[0].Left >= boxLeft - 1.5 && !MeasureHeading().IsMatch(text) && !GoalHeading().IsMatch(text) && !IsHeadingSized(p, bodyFontSize))
                {
                    continue;
                }

                factBoxLeft = null;
            }

            if (MeasureFields.IsFactBoxHeading(text))
            {
                // A bordered aside ("Faktaboks: …") between measures: its heading and the indented paragraphs under it are no narrative.
                // A box set flush with the text cannot be told from what follows it by indentation: then only its heading is dropped.
                var indented = p.Lines[0].Left > bodyLeft + 3;
                factBoxLeft = indented ? p.Lines[0].Left : null;
                continue;
            }

            if (IsHeadingSized(p, bodyFontSize) && Ministries.ChapterCode(text) is { } chapterCode)
            {
                chapterMinistry = chapterCode;
                current = null;
                inCommitment = false;
                skipping = false;
                continue;
            }

            // Goal heading, possibly followed by a measure heading in the same paragraph.
            var gm = GoalHeading().Match(text);
            if (gm.Success && IsGoalHeading(gm, p, bodyFontSize))
            {
                var number = int.Parse(gm.Groups["n"].Value, CultureInfo.InvariantCulture);
                var rest = gm.Groups["title"].Value;
                string title;
                string? measurePart = null;
                var inner = InlineMeasure().Match(rest);
                if (inner.Success)
                {
                    title = rest[..inner.Index].Trim();
                    measurePart = rest[inner.Index..].Trim();
                }
                else if (TrailingTiltak().IsMatch(rest))
                {
                    title = TrailingTiltak().Replace(rest, string.Empty).Trim();
                    pendingTiltakWord = true;
                }
                else
                {
                    title = rest.Trim();
                }

                title = title.TrimEnd(' ', ':', '–', '-');
                goal = number;
                if (seenGoals.Add(number))
                {
                    result.Goals.Add(new Goal(number, title));
                }
                else if (!result.Measures.Exists(m => m.Goal == number))
                {
                    // The goal named again before any of its measures (an overview table's goal row, a table of contents):
                    // the same goal, not a duplicate; the later heading, the one over its measures, gives the title.
                    var index = result.Goals.FindIndex(g => g.Number == number);
                    result.Goals[index] = new Goal(number, title);
                }
                else
                {
                    Add(result.DuplicateGoals, number, p.Page);
                }

                current = null;
                inCommitment = false;
                skipping = false;
                if (measurePart is null)
                {
                    continue;
                }

                text = measurePart;
            }

            // A table row: the measure's number alone in the first cell, its commitment in the next cell, then its ministries.
            if (table && TableRowNumber(paragraphs, i, lastNumber) is var rowNumber and > 0)
            {
                if (seenMeasures.ContainsKey(rowNumber))
                {
                    Add(result.DuplicateMeasures, rowNumber, p.Page);
                    current = null;
                    skipping = true;
                    inCommitment = false;
                    lastNumber = rowNumber;
                    i++;
                    continue;
                }

                var cell = paragraphs[i + 1];
                current = new MeasureDraft
                {
                    Number = rowNumber, Goal = goal, Page = p.Page, Heading = p, Commitment = cell.Text, CommitmentColumn = cell.Lines[0].Left,
                };
                current.CommitmentContinuation.Add(cell);
                i++;
                while (i + 1 < paragraphs.Count && ContinuesCommitmentCell(current, paragraphs[i + 1]))
                {
                    // The cell's text split into paragraphs (a short wrapped line before a long word looks like a paragraph end).
                    i++;
                    current.Commitment = TextNormalizer.JoinLines([current.Commitment, paragraphs[i].Text]);
                    current.CommitmentContinuation.Add(paragraphs[i]);
                }

                if (i + 1 < paragraphs.Count && IsMinistryCell(paragraphs[i + 1], p, cell))
                {
                    i++;
                    current.Ministries = Ministries.ParseList(paragraphs[i].Text);
                    current.MinistryParagraphs.Add(paragraphs[i]);
                }

                seenMeasures[rowNumber] = current;
                result.Measures.Add(current);
                lastNumber = rowNumber;
                skipping = false;
                inCommitment = false;
                continue;
            }

            // A group heading: several measures reported jointly, each with its commitment, then one narrative and ministry line.
            if (JointMeasures.HeadingMembers(text) is { Count: > 1 } members && !members.Any(seenMeasures.ContainsKey)
                && IsGroupHeading(paragraphs, i, p, members, bodyFontSize))
            {
                if (members[0] < lastNumber)
                {
                    orderWarnings.Add($"Measure {members[0]} (page {p.Page}) comes after measure {lastNumber}: numbering is out of order.");
                }

                var group = StartGroup(members, goal, p);
                if (chapterMinistry is not null)
                {
                    group[0].MinistriesFromChapter = true;
                    SetMinistries(group[0], [chapterMinistry]);
                }

                foreach (var member in group)
                {
                    seenMeasures[member.Number] = member;
                    result.Measures.Add(member);
                }

                i = ReadGroupCommitments(paragraphs, i, group);
                current = group[^1];
                lastNumber = members[^1];
                skipping = false;
                inCommitment = false;
                continue;
            }

            // Measure heading.
            var mm = MeasureHeading().Match(text);
            Paragraph? separateCommitment = null;
            if (!mm.Success && i + 1 < paragraphs.Count && IsBareMeasureHeading(text, p, bodyFontSize))
            {
                // A heading label alone ("Tiltak 12", bold) with its commitment in the next paragraph (a box or a line of its own).
                var next = paragraphs[i + 1];
                var joined = MeasureHeading().Match(text.Trim() + " " + next.Text);
                if (joined.Success && !Ministries.MatchLine(next.Text).Success && !GoalHeading().IsMatch(next.Text)
                    && !MeasureHeading().IsMatch(next.Text))
                {
                    mm = joined;
                    separateCommitment = next;
                }
            }

            var viaPending = false;
            if (!mm.Success && pendingTiltakWord)
            {
                mm = BareNumberHeading().Match(text);
                viaPending = mm.Success;
            }

            pendingTiltakWord = false;
            if (mm.Success)
            {
                var number = int.Parse(mm.Groups["n"].Value, CultureInfo.InvariantCulture);
                var commitment = mm.Groups["rest"].Value.Trim();
                if (IsCommitmentLike(commitment, p, viaPending, number, lastNumber))
                {
                    if (seenMeasures.ContainsKey(number))
                    {
                        Add(result.DuplicateMeasures, number, p.Page);
                        current = null;
                        skipping = true;
                        inCommitment = false;
                        lastNumber = number;
                        continue;
                    }

                    if (number < lastNumber)
                    {
                        orderWarnings.Add($"Measure {number} (page {p.Page}) comes after measure {lastNumber}: numbering is out of order.");
                    }

                    current = new MeasureDraft { Number = number, Goal = goal, Page = p.Page, Heading = p, Commitment = commitment };
                    if (mm.Groups["codes"].Success && Ministries.KnownCodeList(mm.Groups["codes"].Value) is { } headingCodes)
                    {
                        // "Tiltak 12 (HOD, KD): …": the heading names the responsible ministries.
                        current.Ministries = headingCodes;
                    }
                    else if (chapterMinistry is not null)
                    {
                        current.Ministries = [chapterMinistry];
                        current.MinistriesFromChapter = true;
                    }

                    if (separateCommitment is not null)
                    {
                        current.CommitmentContinuation.Add(separateCommitment);
                        i++;
                    }

                    seenMeasures[number] = current;
                    result.Measures.Add(current);
                    lastNumber = number;
                    skipping = false;
                    inCommitment = !EndsSentence(commitment);
                    continue;
                }
            }

            // Ministry line.
            var ml = Ministries.MatchLine(text);
            if (ml.Success)
            {
                if (current is not null)
                {
                    // The measure's own line decides over its chapter's ministry.
                    var codes = Ministries.ParseList(ml.Groups["list"].Value);
                    var fromChapter = current.MinistriesFromChapter;
                    current.MinistriesFromChapter = false;
                    SetMinistries(current, fromChapter ? codes.Concat(current.Ministries.Skip(1)) : current.Ministries.Concat(codes));
                    current.MinistryParagraphs.Add(p);
                }

                inCommitment = false;
                continue;
            }

            // Co-responsible ministries ("Medansvar: KD, AID"): added to the responsible one.
            if (current is not null && MeasureFields.CoResponsible(text) is { } coList)
            {
                SetMinistries(current, current.Ministries.Concat(Ministries.ParseList(coList)));
                current.MinistryParagraphs.Add(p);
                inCommitment = false;
                continue;
            }

            if (skipping)
            {
                continue;
            }

            if (current is null)
            {
                if (result.Measures.Count == 0 && result.Goals.Count == 0)
                {
                    result.Preamble.Add(p);
                }

                continue;
            }

            // A paragraph set larger than the body text after a measure is a new section heading: stop attaching.
            if (bodyFontSize > 0 && p.FontSize > bodyFontSize + 1.5 && current.MinistryParagraphs.Count > 0)
            {
                current = null;
                continue;
            }

            if (ContinuesCommitmentCell(current, p))
            {
                // The commitment cell of a table row that broke over a page: its rest heads the cell's column on the next page.
                current.Commitment = TextNormalizer.JoinLines([current.Commitment, text]);
                current.CommitmentContinuation.Add(p);
                continue;
            }

            if (inCommitment && current.Narrative.Count == 0 && text.Length > 0 && char.IsLower(text[0]))
            {
                // The commitment sentence was cut (e.g. by a block split): this paragraph finishes it.
                current.Commitment = TextNormalizer.JoinLines([current.Commitment, text]);
                current.CommitmentContinuation.Add(p);
                inCommitment = !EndsSentence(current.Commitment);
                continue;
            }

            inCommitment = false;
            current.Narrative.Add(p);
            ReadField(current, p, seenGoals);
        }

        foreach (var measure in result.Measures)
        {
            // "… i kommunene. (HOD, KD)": ministry codes closing the commitment are its ministries, not its words.
            if (Ministries.SplitTrailingCodes(measure.Commitment) is (var commitment, { } codes))
            {
                measure.Commitment = commitment;
                measure.Ministries = measure.MinistriesFromChapter ? codes : [.. codes.Concat(measure.Ministries).Distinct(StringComparer.Ordinal)];
                measure.MinistriesFromChapter = false;
            }
        }

        if (!IsCompleteRun(seenMeasures.Keys, result.DuplicateMeasures.Count))
        {
            warnings.AddRange(orderWarnings);
        }

        if (result.Goals.Count == 0 && result.Measures.Count > 0)
        {
            result.Goals.AddRange(IntroductionGoalList(paragraphs));
        }

        return result;
    }

    /// <summary>
    /// Goals listed once, as a numbered list after a sentence that introduces them ("Planen har seks mål:" / "1. Systematikk
    /// …", "2) Trygg …"), in a report whose chapters are not goals: the items numbered 1, 2, 3 … in order, up to the first
    /// paragraph that is not the next item.
    /// </summary>
    private static List<Goal> IntroductionGoalList(List<Paragraph> paragraphs)
    {
        for (var i = 0; i + 1 < paragraphs.Count; i++)
        {
            if (!GoalListIntro().IsMatch(paragraphs[i].Text))
            {
                continue;
            }

            var goals = new List<Goal>();
            for (var k = i + 1; k < paragraphs.Count; k++)
            {
                var m = NumberedItem().Match(paragraphs[k].Text);
                if (!m.Success || int.Parse(m.Groups["n"].Value, CultureInfo.InvariantCulture) != goals.Count + 1)
                {
                    break;
                }

                goals.Add(new Goal(goals.Count + 1, m.Groups["title"].Value.Trim()));
            }

            if (goals.Count >= 2)
            {
                return goals;
            }
        }

        return [];
    }

    /// <summary>A sentence ending in a colon that introduces the plan's goals ("Planen har seks mål:", "Tiltakene skal bidra til disse måla:").</summary>
    [GeneratedRegex(@"\b(?:mål|målene|måla|hovedmål|hovudmål)\s*:$", RegexOptions.IgnoreCase)]
    private static partial Regex GoalListIntro();

    /// <summary>A numbered list item: "1. Title", "2) Title", "3 – Title".</summary>
    [GeneratedRegex(@"^(?<n>\d{1,2})(?:[.)]|\s+[–—-])\s+(?<title>\p{Lu}.{2,200})$")]
    private static partial Regex NumberedItem();

    /// <summary>A field line of the measure's block: its goal or status field (the first of each), or its funding line.</summary>
    private static void ReadField(MeasureDraft current, Paragraph p, HashSet<int> goals)
    {
        var text = p.Text;
        // A goal field is one of the block at the top of the measure ("Mål: 3 nye kommuner …" later in the text is no field),
        // naming a goal the document has, when it has any.
        var inTopBlock = current.Narrative.Count - current.FieldParagraphs.Count == 1;
        if (inTopBlock && MeasureFields.Goal(text) is { } goalNumber && goalNumber > 0 && (goals.Count == 0 || goals.Contains(goalNumber)))
        {
            foreach (var member in current.Group ?? [current])
            {
                member.Goal = goalNumber;
            }

            current.FieldParagraphs.Add(p);
        }
        // A status field with a value of the field vocabulary ("Status: Igangsatt"); a free sentence after "Status:" (an activity
        // section of a results report) stays in the narrative, where the phrase table reads it.
        else if (MeasureFields.Status(text) is { } value && IngenAMiste.Reports.Status.StatusField.Read(value) is not null)
        {
            if (current.StatusField is null)
            {
                foreach (var member in current.Group ?? [current])
                {
                    member.StatusField = value;
                }
            }

            current.FieldParagraphs.Add(p);
        }
        else if (MeasureFields.IsFunding(text))
        {
            current.FieldParagraphs.Add(p);
        }
    }

    private static void SetMinistries(MeasureDraft current, IEnumerable<string> codes)
    {
        var ministries = codes.Distinct(StringComparer.Ordinal).ToList();
        foreach (var member in current.Group ?? [current])
        {
            member.Ministries = ministries;
            member.MinistriesFromChapter = current.MinistriesFromChapter;
        }
    }

    /// <summary>Every number from 1 to the highest found, each exactly once: an order by chapter, not a numbering fault.</summary>
    private static bool IsCompleteRun(ICollection<int> numbers, int duplicates) =>
        duplicates == 0 && numbers.Count > 0 && numbers.Min() == 1 && numbers.Max() == numbers.Count;

    /// <summary>The most common left edge of the lines (the body text's margin), to tell an indented box.</summary>
    private static double BodyLeft(List<Paragraph> paragraphs)
    {
        var counts = new Dictionary<double, int>();
        foreach (var p in paragraphs)
        {
            foreach (var line in p.Lines)
            {
                var key = Math.Round(line.Left);
                counts[key] = counts.GetValueOrDefault(key) + 1;
            }
        }

        return counts.Count == 0 ? 0 : counts.MaxBy(kv => kv.Value).Key;
    }

    /// <summary>A heading set larger than the body text, or a bold line of its own at body size or larger.</summary>
    private static bool IsHeadingSized(Paragraph p, double bodyFontSize) =>
        (bodyFontSize > 0 && p.FontSize > bodyFontSize + 1.5)
        || (p.Lines.Count == 1 && p.Lines[0].AllBold && p.FontSize >= bodyFontSize - 0.25);

    /// <summary>
    /// A group heading alone in its paragraph is one when it is set as a heading (bold or larger than the body text) or when a
    /// member's commitment line follows it; a sentence that begins "Tiltakene 3 og 4 henger sammen …" is not alone.
    /// </summary>
    private static bool IsGroupHeading(List<Paragraph> paragraphs, int i, Paragraph p, IReadOnlyList<int> members, double bodyFontSize)
    {
        if (p.StartsBold || (bodyFontSize > 0 && p.FontSize > bodyFontSize + 0.5))
        {
            return true;
        }

        if (i + 1 >= paragraphs.Count)
        {
            return false;
        }

        var next = paragraphs[i + 1].Text;
        return JointMeasures.MemberLine(next, members) is not null || JointMeasures.TaggedItems(next, members) is not null;
    }

    /// <summary>One draft per member; they share the narrative and ministry paragraphs.</summary>
    private static List<MeasureDraft> StartGroup(IReadOnlyList<int> members, int goal, Paragraph heading)
    {
        var narrative = new List<Paragraph>();
        var ministryParagraphs = new List<Paragraph>();
        var group = members.Select(n => new MeasureDraft
        {
            Number = n, Goal = goal, Page = heading.Page, Heading = heading, Narrative = narrative, MinistryParagraphs = ministryParagraphs,
        }).ToList();
        foreach (var member in group)
        {
            member.Group = group;
        }

        return group;
    }

    /// <summary>
    /// Reads the members' commitments after a group heading at <paramref name="i"/>: "Tiltak N: …" lines and list items tagged
    /// "(tiltak N)", a lower-case paragraph continuing an unfinished one. Returns the index of the last paragraph read.
    /// </summary>
    private static int ReadGroupCommitments(List<Paragraph> paragraphs, int i, List<MeasureDraft> group)
    {
        var numbers = group.Select(m => m.Number).ToList();
        MeasureDraft? last = null;
        while (i + 1 < paragraphs.Count)
        {
            var p = paragraphs[i + 1];
            var text = p.Text;
            if (JointMeasures.MemberLine(text, numbers) is var (number, commitment) && group[numbers.IndexOf(number)].Commitment.Length == 0)
            {
                last = group[numbers.IndexOf(number)];
                last.Commitment = commitment;
                last.CommitmentContinuation.Add(p);
            }
            else if (JointMeasures.TaggedItems(text, numbers) is { } items
                     && items.TrueForAll(item => group[numbers.IndexOf(item.Number)].Commitment.Length == 0))
            {
                foreach (var (n, c) in items)
                {
                    last = group[numbers.IndexOf(n)];
                    last.Commitment = c;
                    last.CommitmentContinuation.Add(p);
                }
            }
            else if (last is not null && !EndsSentence(last.Commitment) && text.Length > 0 && char.IsLower(text[0]))
            {
                last.Commitment = TextNormalizer.JoinLines([last.Commitment, text]);
                last.CommitmentContinuation.Add(p);
            }
            else
            {
                break;
            }

            i++;
        }

        return i;
    }

    /// <summary>Rows (with a cell beyond the commitment) a document needs before its bare numbers are read as measure numbers.</summary>
    private const int MinTableRows = 3;

    /// <summary>
    /// Does the document have measure sections: at least <see cref="MinTableRows"/> distinct measure numbers under a
    /// heading "Tiltak N" followed by a commitment, or a bare bold/large "Tiltak N" label?
    /// </summary>
    private static bool HasMeasureSections(List<Paragraph> paragraphs, double bodyFontSize)
    {
        var numbers = new HashSet<int>();
        foreach (var p in paragraphs)
        {
            var text = p.Text;
            var gm = GoalHeading().Match(text);
            if (gm.Success && InlineMeasure().Match(gm.Groups["title"].Value) is { Success: true } inner)
            {
                text = gm.Groups["title"].Value[inner.Index..].Trim();
            }

            var mm = MeasureHeading().Match(text);
            if (mm.Success && int.TryParse(mm.Groups["n"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var number)
                && (IsCommitmentLike(mm.Groups["rest"].Value.Trim(), p, false, number, 0) || IsBareMeasureHeading(text, p, bodyFontSize))
                && numbers.Add(number) && numbers.Count >= MinTableRows)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Is the document a table with the measure number in its first column? At least <see cref="MinTableRows"/> rows, with
    /// increasing numbers, of a one-line bare number, a commitment-like cell level with it to its right, and a third cell
    /// (ministries or narrative) level with both further right. A numbered list (number and item text only) is not one.
    /// </summary>
    private static bool IsNumberedTable(List<Paragraph> paragraphs)
    {
        var rows = 0;
        var last = 0;
        for (var i = 0; i + 2 < paragraphs.Count && rows < MinTableRows; i++)
        {
            var number = TableRowNumber(paragraphs, i, last);
            if (number > 0 && IsLevelRightOf(paragraphs[i + 2], paragraphs[i], paragraphs[i + 1]))
            {
                rows++;
                last = number;
            }
        }

        return rows >= MinTableRows;
    }

    /// <summary>
    /// The number of a table row starting at paragraph <paramref name="i"/>: a one-line bare number ("12", "12.") greater
    /// than the last measure's, followed by a commitment-like cell whose first line is level with it and starts to its right;
    /// otherwise 0.
    /// </summary>
    private static int TableRowNumber(List<Paragraph> paragraphs, int i, int lastNumber)
    {
        var p = paragraphs[i];
        if (i + 1 >= paragraphs.Count || p.Lines.Count != 1)
        {
            return 0;
        }

        var m = BareNumber().Match(p.Text);
        if (!m.Success)
        {
            return 0;
        }

        var number = int.Parse(m.Groups["n"].Value, CultureInfo.InvariantCulture);
        var cell = paragraphs[i + 1];
        if (number <= lastNumber || cell.Page != p.Page || cell.Lines[0].Left <= p.Lines[0].Right || !Level(cell.Lines[0], p.Lines[0]))
        {
            return 0;
        }

        var text = cell.Text;
        return text.Length > 0 && (GovernmentSubject().IsMatch(text) || CommitmentVerb().IsMatch(text)) ? number : 0;
    }

    /// <summary>A cell of the same row further right: on the same page, first line level with the number's, left of it the commitment cell.</summary>
    private static bool IsLevelRightOf(Paragraph cell, Paragraph number, Paragraph commitment) =>
        cell.Page == number.Page && cell.Lines[0].Left > commitment.Lines[0].Left && Level(cell.Lines[0], number.Lines[0])
        && cell.Lines[0].Left >= commitment.Lines.Min(l => l.Left) + 0.5 * (commitment.Lines.Max(l => l.Right) - commitment.Lines.Min(l => l.Left));

    /// <summary>
    /// A paragraph in the commitment column of a table row (same left edge) that continues the commitment: the commitment
    /// does not end a sentence yet, or the paragraph begins in lower case.
    /// </summary>
    private static bool ContinuesCommitmentCell(MeasureDraft current, Paragraph p) =>
        current.CommitmentColumn is { } column && Math.Abs(p.Lines[0].Left - column) < 2 && p.Text.Length > 0
        && (!EndsSentence(current.Commitment) || char.IsLower(p.Text[0]));

    /// <summary>The row's ministry cell: next to the commitment, level with the number, nothing but ministry codes.</summary>
    private static bool IsMinistryCell(Paragraph cell, Paragraph number, Paragraph commitment) =>
        IsLevelRightOf(cell, number, commitment) && Ministries.IsCodeList(cell.Text);

    private static bool Level(Extraction.ExtractedLine a, Extraction.ExtractedLine b) =>
        Math.Abs(a.Top - b.Top) < 0.5 * Math.Max(a.FontSize, b.FontSize);

    private static void Add(Dictionary<int, List<int>> map, int number, int page)
    {
        if (!map.TryGetValue(number, out var list))
        {
            list = [];
            map[number] = list;
        }

        list.Add(page);
    }

    private static bool IsGoalHeading(Match m, Paragraph p, double bodyFontSize)
    {
        var title = m.Groups["title"].Value.Trim();
        if (title.Length == 0 || !char.IsUpper(title[0]))
        {
            return false;
        }

        var hasSeparator = m.Groups["sep"].Value.Trim().Length > 0;
        var emphasised = p.StartsBold || (bodyFontSize > 0 && p.FontSize > bodyFontSize + 0.5);
        if (m.Groups["set"].Success && !emphasised)
        {
            return false;
        }

        var firstSentenceLength = title.IndexOf(". ", StringComparison.Ordinal) is var dot and >= 0 ? dot : title.Length;
        return (hasSeparator || emphasised) && firstSentenceLength <= 220;
    }

    /// <summary>
    /// A measure heading's text must read like a commitment: it starts with a capital letter (or a quote), and a step
    /// back in numbering is only accepted for a heading that is plainly one (bold, or "Regjeringen …"), i.e. a repeated document.
    /// </summary>
    private static bool IsCommitmentLike(string commitment, Paragraph p, bool viaPending, int number, int lastNumber)
    {
        if (commitment.Length == 0 || number <= 0)
        {
            return false;
        }

        var first = commitment[0];
        if (!(char.IsUpper(first) || first is '«' or '"' or '“'))
        {
            return false;
        }

        var strong = p.StartsBold || viaPending || GovernmentSubject().IsMatch(commitment);
        if (number <= lastNumber && !strong)
        {
            return false;
        }

        // A reference in running text ("Tiltak 12 Helsedirektoratet har …") is not bold and does not state a commitment.
        return strong || CommitmentVerb().IsMatch(commitment);
    }

    /// <summary>A measure label alone in its paragraph ("Tiltak 12"), set in bold or larger than the body text.</summary>
    private static bool IsBareMeasureHeading(string text, Paragraph p, double bodyFontSize) =>
        BareMeasureHeading().IsMatch(text) && (p.StartsBold || (bodyFontSize > 0 && p.FontSize > bodyFontSize + 0.5));

    private static bool EndsSentence(string text)
    {
        var t = text.TrimEnd();
        return t.Length == 0 || t[^1] is '.' or '!' or '?' or ':' or '»' or ')';
    }

    // "Mål 3: …", "MÅL 3 – …", "Mål nr. 3 …"; set as a heading also "Hovedmål 3: …", "Målområde 3: …" and a chapter number before
    // the goal ("Kapittel 2: Mål 1 – …", "2 Mål 1 …"): those (group "set") only when emphasised (IsGoalHeading), since a field
    // block's "Hovedmål 3" line and a numbered paragraph are no headings.
    [GeneratedRegex(@"^(?:(?<set>(?:Kapittel|KAPITTEL)\s+\d{1,2}\s*[:.–—\-]?\s*|\d{1,2}(?:\.\d{1,2})?\.?\s+)?(?:Mål|MÅL)|(?<set>(?:Hoved|HOVED|Hovud|HOVUD)(?:mål|MÅL)|(?:Mål|MÅL)(?:område|OMRÅDE)))\s*(?:nr\.?\s*)?(?<n>\d{1,2})(?<sep>\s*[–—:.\-]\s*|\s+)(?<title>.+)$", RegexOptions.Singleline)]
    private static partial Regex GoalHeading();

    [GeneratedRegex(@"\s+(?:Tiltak|TILTAK)\s*(?:nr\.?\s*)?\d{1,3}(?:\s*[:.)–—\-]\s*|\s+)(?=[A-ZÆØÅ«""“])")]
    private static partial Regex InlineMeasure();

    [GeneratedRegex(@"\s+(?:Tiltak|TILTAK)\s*[:.]?$")]
    private static partial Regex TrailingTiltak();

    [GeneratedRegex(@"^(?:Tiltak|TILTAK)\s*(?:nr\.?\s*)?(?<n>\d{1,3})(?:\s*\((?<codes>[A-ZÆØÅ]{1,5}(?:\s*(?:,|/|&|\bog\b)\s*[A-ZÆØÅ]{1,5})*)\))?(?:\s*[:.)–—\-]\s*|\s+)(?<rest>.*)$", RegexOptions.Singleline)]
    private static partial Regex MeasureHeading();

    [GeneratedRegex(@"^\s*(?:Tiltak|TILTAK)\s*(?:nr\.?\s*)?\d{1,3}\s*[:.–—\-]?\s*$")]
    private static partial Regex BareMeasureHeading();

    [GeneratedRegex(@"^(?<n>\d{1,3})(?:\s*[:.)–—\-]\s*|\s+)(?<rest>[A-ZÆØÅ«""“].*)$", RegexOptions.Singleline)]
    private static partial Regex BareNumberHeading();

    [GeneratedRegex(@"^(?<n>[0-9]{1,3})[.)]?$")]
    private static partial Regex BareNumber();

    [GeneratedRegex(@"^(?:Regjeringen|Departementet|Staten|Vi)\b")]
    private static partial Regex GovernmentSubject();

    /// <summary>Commitment phrasing without a subject: an infinitive verb first ("Etablere …", "Gjennomføre …", "Vurdere …").</summary>
    [GeneratedRegex(@"^(?:[A-ZÆØÅ][a-zæøå]+(?:e|ere)\b|Bidra|Få)\s")]
    private static partial Regex CommitmentVerb();
}
