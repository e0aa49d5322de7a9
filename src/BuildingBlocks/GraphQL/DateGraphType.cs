using System.Globalization;
using GraphQL.Types;
using GraphQLParser.AST;

namespace Verzuim.BuildingBlocks.GraphQL;

/// <summary>
/// A calendar date in ISO 8601 (`yyyy-MM-dd`), such as a date of birth. A day that does not exist (`1991-02-29`,
/// `2026-04-31`) is refused as <see cref="InvalidDateException.ImpossibleDate"/>, anything else not in this form as
/// <see cref="InvalidDateException.NotADate"/>; the Host turns either into an error that names the input field.
/// </summary>
public sealed class IsoDateGraphType : DateOnlyGraphType
{
    public IsoDateGraphType()
    {
        Name = "Date";
        Description = "A calendar date in ISO 8601 form, yyyy-MM-dd, such as 1990-03-14.";
    }

    public override object? ParseValue(object? value) => value switch
    {
        null => null,
        DateOnly date => date,
        string text => Parse(text),
        _ => throw new InvalidDateException(InvalidDateException.NotADate, $"Expected a date as yyyy-MM-dd, such as 1990-03-14; got {value}."),
    };

    public override object? ParseLiteral(GraphQLValue value) => value switch
    {
        GraphQLNullValue => null,
        GraphQLStringValue text => Parse((string)text.Value),
        _ => throw new InvalidDateException(InvalidDateException.NotADate, "Expected a date as a string in the form yyyy-MM-dd, such as \"1990-03-14\"."),
    };

    public override bool CanParseLiteral(GraphQLValue value) => value is GraphQLNullValue or GraphQLStringValue;

    public static DateOnly Parse(string text)
    {
        if (text.Length != 10 || text[4] != '-' || text[7] != '-'
            || !int.TryParse(text.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            || !int.TryParse(text.AsSpan(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var month)
            || !int.TryParse(text.AsSpan(8, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var day))
        {
            throw new InvalidDateException(InvalidDateException.NotADate, $"Expected a date as yyyy-MM-dd, such as 1990-03-14; got \"{Shorten(text)}\".", text);
        }
        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            var monthName = month is >= 1 and <= 12 ? CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(month) : null;
            throw new InvalidDateException(InvalidDateException.ImpossibleDate, monthName is null
                ? $"{text} is not a day in the calendar: there is no month {month}."
                : $"{text} is not a day in the calendar: {monthName} {year} has {DateTime.DaysInMonth(Math.Max(year, 1), month)} days.", text);
        }
        return new DateOnly(year, month, day);
    }

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";
}

/// <summary>Why a value is not a <see cref="IsoDateGraphType">Date</see>: its code, and a message that says what would be one.</summary>
public sealed class InvalidDateException(string code, string message, string? text = null) : FormatException(message)
{
    /// <summary>In the form yyyy-MM-dd, but no such day: `1991-02-29`, `2026-04-31`, `2026-13-01`.</summary>
    public const string ImpossibleDate = "INVALID_DATE";

    /// <summary>Not in the form yyyy-MM-dd at all: `14-03-1990`, `1990/03/14`, a number.</summary>
    public const string NotADate = "INVALID_VALUE";

    public string Code { get; } = code;

    /// <summary>The value as it was sent, when it was a string.</summary>
    public string? Text { get; } = text;
}
