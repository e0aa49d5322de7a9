using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Verzuim.SecondFactor.Data.Migrations
{
    /// <inheritdoc />
    internal partial class Factors : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "factors",
                schema: "second_factor",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    account_id = table.Column<Guid>(type: "uuid", nullable: false),
                    method = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    name = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    confirmed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    last_used_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    removed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    secret_ciphertext = table.Column<byte[]>(type: "bytea", nullable: true),
                    last_used_step = table.Column<long>(type: "bigint", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_factors", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "recovery_codes",
                schema: "second_factor",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    account_id = table.Column<Guid>(type: "uuid", nullable: false),
                    code_hash = table.Column<byte[]>(type: "bytea", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    used_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_recovery_codes", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "verification_attempts",
                schema: "second_factor",
                columns: table => new
                {
                    session_id = table.Column<Guid>(type: "uuid", nullable: false),
                    failures = table.Column<int>(type: "integer", nullable: false),
                    last_failure_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_verification_attempts", x => x.session_id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_factors_account_id",
                schema: "second_factor",
                table: "factors",
                column: "account_id");

            migrationBuilder.CreateIndex(
                name: "ix_recovery_codes_account_id_code_hash",
                schema: "second_factor",
                table: "recovery_codes",
                columns: new[] { "account_id", "code_hash" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "factors",
                schema: "second_factor");

            migrationBuilder.DropTable(
                name: "recovery_codes",
                schema: "second_factor");

            migrationBuilder.DropTable(
                name: "verification_attempts",
                schema: "second_factor");
        }
    }
}
