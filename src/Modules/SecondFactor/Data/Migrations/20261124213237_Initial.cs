using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Verzuim.SecondFactor.Data.Migrations
{
    /// <inheritdoc />
    internal partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "second_factor");

            migrationBuilder.CreateTable(
                name: "employer_policies",
                schema: "second_factor",
                columns: table => new
                {
                    employer_id = table.Column<Guid>(type: "uuid", nullable: false),
                    allows_security_key = table.Column<bool>(type: "boolean", nullable: false),
                    allows_authenticator_app = table.Column<bool>(type: "boolean", nullable: false),
                    allows_sms = table.Column<bool>(type: "boolean", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_employer_policies", x => x.employer_id);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "employer_policies",
                schema: "second_factor");
        }
    }
}
