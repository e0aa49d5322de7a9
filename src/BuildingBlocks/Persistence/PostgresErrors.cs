using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Verzuim.BuildingBlocks.Persistence;

public static class PostgresErrors
{
    /// <summary>True when the save failed on a unique constraint (optionally a named one): a concurrent writer won.</summary>
    public static bool IsUniqueViolation(this Exception error, string? constraint = null) =>
        (error as PostgresException ?? error.InnerException as PostgresException) is { SqlState: PostgresErrorCodes.UniqueViolation } pg
        && (constraint is null || pg.ConstraintName == constraint);

    public static bool IsUniqueViolation(this DbUpdateException error, string? constraint = null) =>
        ((Exception)error).IsUniqueViolation(constraint);
}
