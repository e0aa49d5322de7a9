using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Verzuim.SecondFactor.Data.Migrations
{
    /// <inheritdoc />
    internal partial class SecondStepLockout : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "second_step_guesses",
                schema: "second_factor",
                columns: table => new
                {
                    account_id = table.Column<Guid>(type: "uuid", nullable: false),
                    wrong_in_a_row = table.Column<int>(type: "integer", nullable: false),
                    locks = table.Column<int>(type: "integer", nullable: false),
                    locked_until = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    last_guess_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_second_step_guesses", x => x.account_id);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "second_step_guesses",
                schema: "second_factor");
        }
    }
}
