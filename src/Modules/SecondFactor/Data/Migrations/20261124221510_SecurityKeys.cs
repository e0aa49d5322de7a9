using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Verzuim.SecondFactor.Data.Migrations
{
    /// <inheritdoc />
    internal partial class SecurityKeys : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<byte[]>(
                name: "credential_id",
                schema: "second_factor",
                table: "factors",
                type: "bytea",
                nullable: true);

            migrationBuilder.AddColumn<byte[]>(
                name: "public_key",
                schema: "second_factor",
                table: "factors",
                type: "bytea",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "sign_count",
                schema: "second_factor",
                table: "factors",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.CreateTable(
                name: "security_events",
                schema: "second_factor",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    account_id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    factor_id = table.Column<Guid>(type: "uuid", nullable: true),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_security_events", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "web_authn_challenges",
                schema: "second_factor",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    account_id = table.Column<Guid>(type: "uuid", nullable: false),
                    session_id = table.Column<Guid>(type: "uuid", nullable: false),
                    for_registration = table.Column<bool>(type: "boolean", nullable: false),
                    options_json = table.Column<string>(type: "text", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    expires_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    used_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_web_authn_challenges", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_factors_credential_id",
                schema: "second_factor",
                table: "factors",
                column: "credential_id",
                unique: true,
                filter: "credential_id IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_security_events_account_id_at",
                schema: "second_factor",
                table: "security_events",
                columns: new[] { "account_id", "at" });

            migrationBuilder.CreateIndex(
                name: "ix_web_authn_challenges_session_id_created_at",
                schema: "second_factor",
                table: "web_authn_challenges",
                columns: new[] { "session_id", "created_at" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "security_events",
                schema: "second_factor");

            migrationBuilder.DropTable(
                name: "web_authn_challenges",
                schema: "second_factor");

            migrationBuilder.DropIndex(
                name: "ix_factors_credential_id",
                schema: "second_factor",
                table: "factors");

            migrationBuilder.DropColumn(
                name: "credential_id",
                schema: "second_factor",
                table: "factors");

            migrationBuilder.DropColumn(
                name: "public_key",
                schema: "second_factor",
                table: "factors");

            migrationBuilder.DropColumn(
                name: "sign_count",
                schema: "second_factor",
                table: "factors");
        }
    }
}
