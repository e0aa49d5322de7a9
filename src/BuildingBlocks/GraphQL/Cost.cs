using GraphQL.Builders;
using GraphQL.Types;

namespace Verzuim.BuildingBlocks.GraphQL;

/// <summary>
/// What resolving a field costs, in the units the Host's complexity limit counts: a value already in memory costs 1,
/// a round trip to PostgreSQL about a hundred times that (a millisecond against microseconds), a write twice a read.
/// Root fields always reach the database; a nested field whose resolver queries it says so with
/// <see cref="ReadsDatabase{TSource, TReturn}"/>, and counts once for every object it is resolved on.
/// </summary>
public static class Cost
{
    public const double InMemory = 1;
    public const double DatabaseRead = 100;
    public const double Write = 200;

    /// <summary>How many items a list without a `first` argument is counted as.</summary>
    public const double ExpectedListLength = 10;

    private const string MetadataKey = "verzuim:reads-database";

    public static FieldBuilder<TSource, TReturn> ReadsDatabase<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field)
    {
        field.FieldType.Metadata[MetadataKey] = true;
        return field;
    }

    public static FieldType ReadsDatabase(this FieldType field)
    {
        field.Metadata[MetadataKey] = true;
        return field;
    }

    public static bool IsDatabaseRead(this FieldType field) => field.GetMetadata(MetadataKey, false);
}
