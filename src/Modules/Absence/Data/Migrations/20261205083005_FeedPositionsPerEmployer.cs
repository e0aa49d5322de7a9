using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Verzuim.Absence.Data.Migrations
{
    /// <inheritdoc />
    internal partial class FeedPositionsPerEmployer : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_events_employer_id_position",
                schema: "absence",
                table: "events");

            migrationBuilder.DropIndex(
                name: "ix_events_position",
                schema: "absence",
                table: "events");

            // Each employer's events are numbered from 1 in their existing order; cursors given out before start over.
            migrationBuilder.Sql("""
                UPDATE absence.events AS e SET position = numbered.n
                FROM (SELECT id, row_number() OVER (PARTITION BY employer_id ORDER BY position) AS n
                      FROM absence.events WHERE position IS NOT NULL) AS numbered
                WHERE e.id = numbered.id
                """);

            migrationBuilder.CreateIndex(
                name: "ix_events_employer_id_position",
                schema: "absence",
                table: "events",
                columns: new[] { "employer_id", "position" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_events_employer_id_position",
                schema: "absence",
                table: "events");

            migrationBuilder.CreateIndex(
                name: "ix_events_employer_id_position",
                schema: "absence",
                table: "events",
                columns: new[] { "employer_id", "position" });

            migrationBuilder.CreateIndex(
                name: "ix_events_position",
                schema: "absence",
                table: "events",
                column: "position",
                unique: true);
        }
    }
}
