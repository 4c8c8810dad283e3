using IngenAMiste.Summary.Scheduling;

namespace IngenAMiste.Integration.Tests.Summary;

/// <summary>How the moment a timer fires maps to its period: the key two instances, a late run and a retry must agree on.</summary>
public sealed class SummaryScheduleTests
{
    private static readonly SummarySchedule Weekly = SummarySchedule.Parse("0 0 7 * * 1");

    private static DateTimeOffset Utc(int year, int month, int day, int hour, int minute, int second, int millisecond = 0) =>
        new(year, month, day, hour, minute, second, millisecond, TimeSpan.Zero);

    [Theory]
    [InlineData("2025-01-06T07:00:00.000Z", "2025-01-06T07:00:00Z")] // on time
    [InlineData("2025-01-06T07:00:00.250Z", "2025-01-06T07:00:00Z")] // a little late
    [InlineData("2025-01-06T06:59:57.000Z", "2025-01-06T07:00:00Z")] // a few seconds early (clock skew)
    [InlineData("2025-01-06T06:59:00.000Z", "2024-12-30T07:00:00Z")] // a minute early is the previous week
    [InlineData("2025-01-07T09:30:00.000Z", "2025-01-06T07:00:00Z")] // past due: the host was down on Monday morning
    [InlineData("2025-01-12T23:59:59.000Z", "2025-01-06T07:00:00Z")]
    [InlineData("2025-01-01T00:00:00.000Z", "2024-12-30T07:00:00Z")] // across a year boundary
    public void Weekly_schedule_maps_a_firing_to_its_occurrence(string firedAt, string expectedPeriod)
    {
        var period = SummarySchedule.Key(Weekly.PeriodOf(DateTimeOffset.Parse(firedAt, System.Globalization.CultureInfo.InvariantCulture)));

        Assert.Equal(expectedPeriod, period);
    }

    [Fact]
    public void Early_firing_tolerance_shrinks_with_a_short_interval()
    {
        var everyTenSeconds = SummarySchedule.Parse("*/10 * * * * *");

        Assert.Equal(Utc(2025, 3, 1, 12, 0, 10), everyTenSeconds.PeriodOf(Utc(2025, 3, 1, 12, 0, 9, 500)));
        Assert.Equal(Utc(2025, 3, 1, 12, 0, 0), everyTenSeconds.PeriodOf(Utc(2025, 3, 1, 12, 0, 7)));
        Assert.Equal(Utc(2025, 3, 1, 12, 0, 0), everyTenSeconds.PeriodOf(Utc(2025, 3, 1, 12, 0, 0)));
    }

    [Fact]
    public void Previous_and_next_occurrences()
    {
        var occurrence = Utc(2025, 1, 6, 7, 0, 0);

        Assert.Equal(Utc(2024, 12, 30, 7, 0, 0), Weekly.Previous(occurrence));
        Assert.Equal(Utc(2025, 1, 13, 7, 0, 0), Weekly.Next(occurrence));
        Assert.Equal(occurrence, Weekly.LatestAtOrBefore(occurrence));
    }

    [Fact]
    public void A_yearly_schedule_finds_last_years_occurrence()
    {
        var yearly = SummarySchedule.Parse("0 30 6 15 3 *");

        Assert.Equal(Utc(2024, 3, 15, 6, 30, 0), yearly.PeriodOf(Utc(2025, 3, 15, 6, 29, 0)));
    }

    [Theory]
    [InlineData("0 7 * * 1")] // five fields: the timer trigger wants six
    [InlineData("every monday")]
    [InlineData("0 0 7 30 2 *")] // 30 February never comes
    [InlineData("0 0 25 * * *")]
    [InlineData("")]
    public void Invalid_schedules_are_refused(string expression)
    {
        Assert.False(SummarySchedule.TryParse(expression, out var schedule));
        Assert.Null(schedule);
    }
}
