using GraphQL.Types;

namespace Verzuim.BuildingBlocks.GraphQL;

/// <summary>
/// A moment in time, as the schema's one `DateTime` scalar: ISO 8601 with its offset from UTC, such as
/// `2026-12-04T09:15:00+00:00`. Every instant in the API is a <see cref="DateTimeOffset"/> and travels as this.
/// </summary>
public sealed class InstantGraphType : DateTimeOffsetGraphType
{
    public InstantGraphType()
    {
        Name = "DateTime";
        Description = "A moment in time in ISO 8601 with its offset from UTC, such as 2026-12-04T09:15:00+00:00.";
    }
}
