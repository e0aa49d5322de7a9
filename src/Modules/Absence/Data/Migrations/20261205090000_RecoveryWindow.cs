using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Verzuim.Absence.Data.Migrations
{
    /// <inheritdoc />
    internal partial class RecoveryWindow : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "recovery_days_forward",
                schema: "absence",
                table: "settings",
                type: "integer",
                nullable: false,
                defaultValue: 7);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "recovery_days_forward",
                schema: "absence",
                table: "settings");
        }
    }
}
