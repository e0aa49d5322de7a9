using System.Text;
using Microsoft.EntityFrameworkCore;

namespace Verzuim.BuildingBlocks.Persistence;

public static class SnakeCaseNames
{
    /// <summary>PostgreSQL's own style for tables, columns, keys and indexes, so hand-written SQL reads naturally.</summary>
    public static ModelBuilder UseSnakeCaseNames(this ModelBuilder modelBuilder)
    {
        foreach (var entity in modelBuilder.Model.GetEntityTypes())
        {
            if (entity.GetTableName() is { } table)
            {
                entity.SetTableName(ToSnakeCase(table));
            }
            foreach (var property in entity.GetProperties())
            {
                property.SetColumnName(ToSnakeCase(property.GetColumnName()));
            }
            foreach (var (property, path) in ComplexProperties(entity, ""))
            {
                property.SetColumnName(ToSnakeCase(path));
            }
            foreach (var key in entity.GetKeys())
            {
                key.SetName(ToSnakeCase(key.GetName()!));
            }
            foreach (var foreignKey in entity.GetForeignKeys())
            {
                foreignKey.SetConstraintName(ToSnakeCase(foreignKey.GetConstraintName()!));
            }
            foreach (var index in entity.GetIndexes())
            {
                index.SetDatabaseName(ToSnakeCase(index.GetDatabaseName()!));
            }
        }
        return modelBuilder;
    }

    /// <summary>
    /// The columns of complex types (value objects stored in their owner's row), nested ones included, each named by its
    /// path: `sick_report_stay_address_city`.
    /// </summary>
    private static IEnumerable<(Microsoft.EntityFrameworkCore.Metadata.IMutableProperty Property, string Path)> ComplexProperties(
        Microsoft.EntityFrameworkCore.Metadata.IMutableTypeBase type, string prefix) =>
        type.GetComplexProperties().SelectMany(complex =>
            complex.ComplexType.GetProperties().Select(property => (property, $"{prefix}{complex.Name}_{property.Name}"))
                .Concat(ComplexProperties(complex.ComplexType, $"{prefix}{complex.Name}_")));

    public static string ToSnakeCase(string name)
    {
        var builder = new StringBuilder(name.Length + 8);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (char.IsUpper(c) && i > 0 && name[i - 1] != '_' && (char.IsLower(name[i - 1]) || (i + 1 < name.Length && char.IsLower(name[i + 1]))))
            {
                builder.Append('_');
            }
            builder.Append(char.ToLowerInvariant(c));
        }
        return builder.ToString();
    }
}
