using GraphQL.Types;

namespace Verzuim.BuildingBlocks.GraphQL;

/// <summary>A calendar date in ISO 8601 (`yyyy-MM-dd`), such as a date of birth. `1990-02-31` is refused as no such day.</summary>
public sealed class IsoDateGraphType : DateOnlyGraphType
{
    public IsoDateGraphType()
    {
        Name = "Date";
        Description = "A calendar date in ISO 8601 form, yyyy-MM-dd, such as 1990-03-14.";
    }
}
