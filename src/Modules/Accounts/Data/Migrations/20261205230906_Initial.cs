using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Verzuim.Accounts.Data.Migrations
{
    /// <inheritdoc />
    internal partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "accounts");

            migrationBuilder.CreateTable(
                name: "employers",
                schema: "accounts",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    invitation_expiry_days = table.Column<int>(type: "integer", nullable: false),
                    reminder_days = table.Column<int[]>(type: "integer[]", nullable: false),
                    lockout_free_attempts = table.Column<int>(type: "integer", nullable: false),
                    lockout_base_delay_seconds = table.Column<int>(type: "integer", nullable: false),
                    lockout_max_delay_seconds = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_employers", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "idempotent_requests",
                schema: "accounts",
                columns: table => new
                {
                    caller_id = table.Column<Guid>(type: "uuid", nullable: false),
                    key = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    operation = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    request_hash = table.Column<byte[]>(type: "bytea", nullable: false),
                    result_ids = table.Column<Guid[]>(type: "uuid[]", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_idempotent_requests", x => new { x.caller_id, x.key });
                });

            migrationBuilder.CreateTable(
                name: "login_throttles",
                schema: "accounts",
                columns: table => new
                {
                    email_key = table.Column<byte[]>(type: "bytea", nullable: false),
                    failures = table.Column<int>(type: "integer", nullable: false),
                    locked_until = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    last_failure_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_login_throttles", x => x.email_key);
                });

            migrationBuilder.CreateTable(
                name: "outbox_emails",
                schema: "accounts",
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
                name: "api_clients",
                schema: "accounts",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    employer_id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    key_prefix = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    key_hash = table.Column<byte[]>(type: "bytea", nullable: false),
                    scope_names = table.Column<string[]>(type: "text[]", nullable: false),
                    created_by = table.Column<Guid>(type: "uuid", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    revoked_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_api_clients", x => x.id);
                    table.ForeignKey(
                        name: "fk_api_clients_employers_employer_id",
                        column: x => x.employer_id,
                        principalSchema: "accounts",
                        principalTable: "employers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "employees",
                schema: "accounts",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    employer_id = table.Column<Guid>(type: "uuid", nullable: false),
                    external_key = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    first_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    last_name_prefix = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    last_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    email = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: false),
                    email_normalized = table.Column<string>(type: "character varying(508)", maxLength: 508, nullable: false),
                    date_of_birth = table.Column<DateOnly>(type: "date", nullable: false),
                    mobile_phone = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    employment_start = table.Column<DateOnly>(type: "date", nullable: false),
                    employment_end = table.Column<DateOnly>(type: "date", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_employees", x => x.id);
                    table.ForeignKey(
                        name: "fk_employees_employers_employer_id",
                        column: x => x.employer_id,
                        principalSchema: "accounts",
                        principalTable: "employers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "employer_users",
                schema: "accounts",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    employer_id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    email = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: false),
                    email_normalized = table.Column<string>(type: "character varying(508)", maxLength: 508, nullable: false),
                    role = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    deactivated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_employer_users", x => x.id);
                    table.ForeignKey(
                        name: "fk_employer_users_employers_employer_id",
                        column: x => x.employer_id,
                        principalSchema: "accounts",
                        principalTable: "employers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "invitations",
                schema: "accounts",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    employer_id = table.Column<Guid>(type: "uuid", nullable: false),
                    employee_id = table.Column<Guid>(type: "uuid", nullable: false),
                    email_normalized = table.Column<string>(type: "character varying(508)", maxLength: 508, nullable: false),
                    state = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    last_sent_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    expires_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    generation = table.Column<int>(type: "integer", nullable: false),
                    next_reminder_slot = table.Column<int>(type: "integer", nullable: false),
                    reminders_sent = table.Column<int>(type: "integer", nullable: false),
                    failed_attempts = table.Column<int>(type: "integer", nullable: false),
                    ticket_hash = table.Column<byte[]>(type: "bytea", nullable: true),
                    ticket_expires_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    closed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_invitations", x => x.id);
                    table.ForeignKey(
                        name: "fk_invitations_employees_employee_id",
                        column: x => x.employee_id,
                        principalSchema: "accounts",
                        principalTable: "employees",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_invitations_employers_employer_id",
                        column: x => x.employer_id,
                        principalSchema: "accounts",
                        principalTable: "employers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "accounts",
                schema: "accounts",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    employer_id = table.Column<Guid>(type: "uuid", nullable: false),
                    employee_id = table.Column<Guid>(type: "uuid", nullable: true),
                    employer_user_id = table.Column<Guid>(type: "uuid", nullable: true),
                    email_normalized = table.Column<string>(type: "character varying(508)", maxLength: 508, nullable: false),
                    password_hash = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    password_changed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    disabled_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_accounts", x => x.id);
                    table.CheckConstraint("ck_accounts_one_holder", "(employee_id IS NULL) <> (employer_user_id IS NULL)");
                    table.ForeignKey(
                        name: "fk_accounts_employees_employee_id",
                        column: x => x.employee_id,
                        principalSchema: "accounts",
                        principalTable: "employees",
                        principalColumn: "id");
                    table.ForeignKey(
                        name: "fk_accounts_employer_users_employer_user_id",
                        column: x => x.employer_user_id,
                        principalSchema: "accounts",
                        principalTable: "employer_users",
                        principalColumn: "id");
                    table.ForeignKey(
                        name: "fk_accounts_employers_employer_id",
                        column: x => x.employer_id,
                        principalSchema: "accounts",
                        principalTable: "employers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "invitation_reminders",
                schema: "accounts",
                columns: table => new
                {
                    invitation_id = table.Column<Guid>(type: "uuid", nullable: false),
                    generation = table.Column<int>(type: "integer", nullable: false),
                    slot = table.Column<int>(type: "integer", nullable: false),
                    sent_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_invitation_reminders", x => new { x.invitation_id, x.generation, x.slot });
                    table.ForeignKey(
                        name: "fk_invitation_reminders_invitations_invitation_id",
                        column: x => x.invitation_id,
                        principalSchema: "accounts",
                        principalTable: "invitations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "invitation_tokens",
                schema: "accounts",
                columns: table => new
                {
                    token_hash = table.Column<byte[]>(type: "bytea", nullable: false),
                    invitation_id = table.Column<Guid>(type: "uuid", nullable: false),
                    generation = table.Column<int>(type: "integer", nullable: false),
                    issued_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_invitation_tokens", x => x.token_hash);
                    table.ForeignKey(
                        name: "fk_invitation_tokens_invitations_invitation_id",
                        column: x => x.invitation_id,
                        principalSchema: "accounts",
                        principalTable: "invitations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "password_reset_tokens",
                schema: "accounts",
                columns: table => new
                {
                    token_hash = table.Column<byte[]>(type: "bytea", nullable: false),
                    account_id = table.Column<Guid>(type: "uuid", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    expires_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    used_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_password_reset_tokens", x => x.token_hash);
                    table.ForeignKey(
                        name: "fk_password_reset_tokens_accounts_account_id",
                        column: x => x.account_id,
                        principalSchema: "accounts",
                        principalTable: "accounts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "sessions",
                schema: "accounts",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    account_id = table.Column<Guid>(type: "uuid", nullable: false),
                    token_hash = table.Column<byte[]>(type: "bytea", nullable: false),
                    state = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    last_seen_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    expires_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ended_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    login_checked_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_sessions", x => x.id);
                    table.ForeignKey(
                        name: "fk_sessions_accounts_account_id",
                        column: x => x.account_id,
                        principalSchema: "accounts",
                        principalTable: "accounts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_accounts_email_normalized",
                schema: "accounts",
                table: "accounts",
                column: "email_normalized",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_accounts_employee_id",
                schema: "accounts",
                table: "accounts",
                column: "employee_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_accounts_employer_id",
                schema: "accounts",
                table: "accounts",
                column: "employer_id");

            migrationBuilder.CreateIndex(
                name: "ix_accounts_employer_user_id",
                schema: "accounts",
                table: "accounts",
                column: "employer_user_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_api_clients_employer_id",
                schema: "accounts",
                table: "api_clients",
                column: "employer_id");

            migrationBuilder.CreateIndex(
                name: "ix_api_clients_key_hash",
                schema: "accounts",
                table: "api_clients",
                column: "key_hash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_employees_employer_id_created_at_id",
                schema: "accounts",
                table: "employees",
                columns: new[] { "employer_id", "created_at", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_employees_employer_id_email_normalized",
                schema: "accounts",
                table: "employees",
                columns: new[] { "employer_id", "email_normalized" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_employees_employer_id_external_key",
                schema: "accounts",
                table: "employees",
                columns: new[] { "employer_id", "external_key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_employer_users_employer_id_email_normalized",
                schema: "accounts",
                table: "employer_users",
                columns: new[] { "employer_id", "email_normalized" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_invitation_tokens_invitation_id",
                schema: "accounts",
                table: "invitation_tokens",
                column: "invitation_id");

            migrationBuilder.CreateIndex(
                name: "ix_invitations_employer_id_created_at_id",
                schema: "accounts",
                table: "invitations",
                columns: new[] { "employer_id", "created_at", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_invitations_last_sent_at",
                schema: "accounts",
                table: "invitations",
                column: "last_sent_at",
                filter: "state = 'Open'");

            migrationBuilder.CreateIndex(
                name: "ix_invitations_one_open_per_employee",
                schema: "accounts",
                table: "invitations",
                column: "employee_id",
                unique: true,
                filter: "state = 'Open'");

            migrationBuilder.CreateIndex(
                name: "ix_invitations_ticket_hash",
                schema: "accounts",
                table: "invitations",
                column: "ticket_hash",
                unique: true,
                filter: "ticket_hash IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_outbox_emails_next_attempt_at",
                schema: "accounts",
                table: "outbox_emails",
                column: "next_attempt_at",
                filter: "sent_at IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_password_reset_tokens_account_id",
                schema: "accounts",
                table: "password_reset_tokens",
                column: "account_id");

            migrationBuilder.CreateIndex(
                name: "ix_sessions_account_id",
                schema: "accounts",
                table: "sessions",
                column: "account_id",
                filter: "ended_at IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_sessions_token_hash",
                schema: "accounts",
                table: "sessions",
                column: "token_hash",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "api_clients",
                schema: "accounts");

            migrationBuilder.DropTable(
                name: "idempotent_requests",
                schema: "accounts");

            migrationBuilder.DropTable(
                name: "invitation_reminders",
                schema: "accounts");

            migrationBuilder.DropTable(
                name: "invitation_tokens",
                schema: "accounts");

            migrationBuilder.DropTable(
                name: "login_throttles",
                schema: "accounts");

            migrationBuilder.DropTable(
                name: "outbox_emails",
                schema: "accounts");

            migrationBuilder.DropTable(
                name: "password_reset_tokens",
                schema: "accounts");

            migrationBuilder.DropTable(
                name: "sessions",
                schema: "accounts");

            migrationBuilder.DropTable(
                name: "invitations",
                schema: "accounts");

            migrationBuilder.DropTable(
                name: "accounts",
                schema: "accounts");

            migrationBuilder.DropTable(
                name: "employees",
                schema: "accounts");

            migrationBuilder.DropTable(
                name: "employer_users",
                schema: "accounts");

            migrationBuilder.DropTable(
                name: "employers",
                schema: "accounts");
        }
    }
}
