using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Verzuim.Absence.Data.Migrations
{
    /// <inheritdoc />
    internal partial class EmployerFeedPositions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_events_employer_id_position",
                schema: "absence",
                table: "events");

            migrationBuilder.AddColumn<long>(
                name: "employer_position",
                schema: "absence",
                table: "events",
                type: "bigint",
                nullable: true);

            // Events already positioned keep their order within their employer; payroll cursors given out before start over.
            migrationBuilder.Sql("""
                UPDATE absence.events AS e SET employer_position = numbered.n
                FROM (SELECT id, row_number() OVER (PARTITION BY employer_id ORDER BY position) AS n
                      FROM absence.events WHERE position IS NOT NULL) AS numbered
                WHERE e.id = numbered.id
                """);

            migrationBuilder.CreateIndex(
                name: "ix_events_employer_id_employer_position",
                schema: "absence",
                table: "events",
                columns: new[] { "employer_id", "employer_position" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_events_employer_id_employer_position",
                schema: "absence",
                table: "events");

            migrationBuilder.DropColumn(
                name: "employer_position",
                schema: "absence",
                table: "events");

            migrationBuilder.CreateIndex(
                name: "ix_events_employer_id_position",
                schema: "absence",
                table: "events",
                columns: new[] { "employer_id", "position" });
        }
    }
}
