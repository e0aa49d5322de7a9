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
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    sms_country_codes = table.Column<string[]>(type: "text[]", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_employer_policies", x => x.employer_id);
                });

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
                    last_used_step = table.Column<long>(type: "bigint", nullable: true),
                    credential_id = table.Column<byte[]>(type: "bytea", nullable: true),
                    public_key = table.Column<byte[]>(type: "bytea", nullable: true),
                    sign_count = table.Column<long>(type: "bigint", nullable: false),
                    phone_number = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_factors", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "outbox_emails",
                schema: "second_factor",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    recipient = table.Column<string>(type: "character varying(320)", maxLength: 320, nullable: false),
                    subject = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    html_body = table.Column<string>(type: "text", nullable: true),
                    text_body = table.Column<string>(type: "text", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    next_attempt_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    sent_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    attempts = table.Column<int>(type: "integer", nullable: false),
                    last_error = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_outbox_emails", x => x.id);
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

            migrationBuilder.CreateTable(
                name: "security_events",
                schema: "second_factor",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    account_id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    factor_id = table.Column<Guid>(type: "uuid", nullable: true),
                    actor_id = table.Column<Guid>(type: "uuid", nullable: true),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_security_events", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "sms_challenges",
                schema: "second_factor",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    account_id = table.Column<Guid>(type: "uuid", nullable: false),
                    factor_id = table.Column<Guid>(type: "uuid", nullable: false),
                    session_id = table.Column<Guid>(type: "uuid", nullable: false),
                    code_hash = table.Column<byte[]>(type: "bytea", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    expires_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    failures = table.Column<int>(type: "integer", nullable: false),
                    used_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    retired_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_sms_challenges", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "unfinished_enrollments",
                schema: "second_factor",
                columns: table => new
                {
                    session_id = table.Column<Guid>(type: "uuid", nullable: false),
                    account_id = table.Column<Guid>(type: "uuid", nullable: false),
                    factor_id = table.Column<Guid>(type: "uuid", nullable: false),
                    sealed_recovery_codes = table.Column<byte[]>(type: "bytea", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_unfinished_enrollments", x => x.session_id);
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
                name: "ix_factors_account_id",
                schema: "second_factor",
                table: "factors",
                column: "account_id");

            migrationBuilder.CreateIndex(
                name: "ix_factors_credential_id",
                schema: "second_factor",
                table: "factors",
                column: "credential_id",
                unique: true,
                filter: "credential_id IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_outbox_emails_next_attempt_at",
                schema: "second_factor",
                table: "outbox_emails",
                column: "next_attempt_at",
                filter: "sent_at IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_recovery_codes_account_id_code_hash",
                schema: "second_factor",
                table: "recovery_codes",
                columns: new[] { "account_id", "code_hash" });

            migrationBuilder.CreateIndex(
                name: "ix_security_events_account_id_at",
                schema: "second_factor",
                table: "security_events",
                columns: new[] { "account_id", "at" });

            migrationBuilder.CreateIndex(
                name: "ix_sms_challenges_account_id_created_at",
                schema: "second_factor",
                table: "sms_challenges",
                columns: new[] { "account_id", "created_at" });

            migrationBuilder.CreateIndex(
                name: "ix_sms_challenges_session_id_created_at",
                schema: "second_factor",
                table: "sms_challenges",
                columns: new[] { "session_id", "created_at" });

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
                name: "employer_policies",
                schema: "second_factor");

            migrationBuilder.DropTable(
                name: "factors",
                schema: "second_factor");

            migrationBuilder.DropTable(
                name: "outbox_emails",
                schema: "second_factor");

            migrationBuilder.DropTable(
                name: "recovery_codes",
                schema: "second_factor");

            migrationBuilder.DropTable(
                name: "second_step_guesses",
                schema: "second_factor");

            migrationBuilder.DropTable(
                name: "security_events",
                schema: "second_factor");

            migrationBuilder.DropTable(
                name: "sms_challenges",
                schema: "second_factor");

            migrationBuilder.DropTable(
                name: "unfinished_enrollments",
                schema: "second_factor");

            migrationBuilder.DropTable(
                name: "verification_attempts",
                schema: "second_factor");

            migrationBuilder.DropTable(
                name: "web_authn_challenges",
                schema: "second_factor");
        }
    }
}
