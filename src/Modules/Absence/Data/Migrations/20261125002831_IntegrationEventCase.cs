using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Verzuim.Absence.Data.Migrations
{
    /// <inheritdoc />
    internal partial class IntegrationEventCase : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "case_first_day",
                schema: "absence",
                table: "events",
                type: "date",
                nullable: false,
                defaultValue: new DateOnly(1, 1, 1));

            migrationBuilder.AddColumn<Guid>(
                name: "case_id",
                schema: "absence",
                table: "events",
                type: "uuid",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            // Events written before the case was recorded take it from their absence, which never changes case.
            migrationBuilder.Sql("""
                UPDATE absence.events AS e SET case_id = a.case_id, case_first_day = a.case_first_day
                FROM absence.absences AS a WHERE a.id = e.absence_id
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "case_first_day",
                schema: "absence",
                table: "events");

            migrationBuilder.DropColumn(
                name: "case_id",
                schema: "absence",
                table: "events");
        }
    }
}
