using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Verzuim.Absence.Data.Migrations
{
    /// <inheritdoc />
    internal partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "absence");

            migrationBuilder.CreateTable(
                name: "absences",
                schema: "absence",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    employer_id = table.Column<Guid>(type: "uuid", nullable: false),
                    employee_id = table.Column<Guid>(type: "uuid", nullable: false),
                    employee_key = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    case_id = table.Column<Guid>(type: "uuid", nullable: false),
                    linked_to_id = table.Column<Guid>(type: "uuid", nullable: true),
                    case_first_day = table.Column<DateOnly>(type: "date", nullable: false),
                    first_day = table.Column<DateOnly>(type: "date", nullable: false),
                    hours_worked_on_first_day = table.Column<decimal>(type: "numeric(4,2)", precision: 4, scale: 2, nullable: false),
                    percentage = table.Column<int>(type: "integer", nullable: false),
                    recovered_on = table.Column<DateOnly>(type: "date", nullable: true),
                    reason = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    sick_report_contact_phone = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    sick_report_expected_duration = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    sick_report_handover = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    sick_report_safety_net = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    sick_report_traffic_accident_with_liable_third_party = table.Column<bool>(type: "boolean", nullable: false),
                    sick_report_workplace_accident = table.Column<bool>(type: "boolean", nullable: false),
                    sick_report_stay_address_city = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    sick_report_stay_address_institution = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    sick_report_stay_address_postal_code = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    sick_report_stay_address_street = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_absences", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "events",
                schema: "absence",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    position = table.Column<long>(type: "bigint", nullable: true),
                    employer_position = table.Column<long>(type: "bigint", nullable: true),
                    employer_id = table.Column<Guid>(type: "uuid", nullable: false),
                    absence_id = table.Column<Guid>(type: "uuid", nullable: false),
                    employee_id = table.Column<Guid>(type: "uuid", nullable: false),
                    case_id = table.Column<Guid>(type: "uuid", nullable: false),
                    case_first_day = table.Column<DateOnly>(type: "date", nullable: false),
                    employee_key = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    first_day = table.Column<DateOnly>(type: "date", nullable: false),
                    hours_worked_on_first_day = table.Column<decimal>(type: "numeric(4,2)", precision: 4, scale: 2, nullable: true),
                    percentage = table.Column<int>(type: "integer", nullable: false),
                    effective_on = table.Column<DateOnly>(type: "date", nullable: true),
                    recovered_on = table.Column<DateOnly>(type: "date", nullable: true),
                    reason = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    linked_to_absence_id = table.Column<Guid>(type: "uuid", nullable: true),
                    absence_version = table.Column<int>(type: "integer", nullable: false),
                    occurred_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_events", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "idempotent_requests",
                schema: "absence",
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
                name: "outbox_emails",
                schema: "absence",
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
                name: "settings",
                schema: "absence",
                columns: table => new
                {
                    employer_id = table.Column<Guid>(type: "uuid", nullable: false),
                    employees_may_report_sick = table.Column<bool>(type: "boolean", nullable: false),
                    employees_may_report_recovered = table.Column<bool>(type: "boolean", nullable: false),
                    employees_may_report_partial_recovery = table.Column<bool>(type: "boolean", nullable: false),
                    employee_days_back = table.Column<int>(type: "integer", nullable: false),
                    employee_days_forward = table.Column<int>(type: "integer", nullable: false),
                    employer_days_back = table.Column<int>(type: "integer", nullable: false),
                    employer_days_forward = table.Column<int>(type: "integer", nullable: false),
                    recovery_days_forward = table.Column<int>(type: "integer", nullable: false),
                    contacts = table.Column<string>(type: "jsonb", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_settings", x => x.employer_id);
                });

            migrationBuilder.CreateTable(
                name: "history_lines",
                schema: "absence",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    absence_id = table.Column<Guid>(type: "uuid", nullable: false),
                    number = table.Column<int>(type: "integer", nullable: false),
                    kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    effective_on = table.Column<DateOnly>(type: "date", nullable: false),
                    percentage = table.Column<int>(type: "integer", nullable: false),
                    reason = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    by = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    by_id = table.Column<Guid>(type: "uuid", nullable: false),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_history_lines", x => x.id);
                    table.ForeignKey(
                        name: "fk_history_lines_absences_absence_id",
                        column: x => x.absence_id,
                        principalSchema: "absence",
                        principalTable: "absences",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_absences_case_id",
                schema: "absence",
                table: "absences",
                column: "case_id");

            migrationBuilder.CreateIndex(
                name: "ix_absences_employee_id_first_day",
                schema: "absence",
                table: "absences",
                columns: new[] { "employee_id", "first_day" });

            migrationBuilder.CreateIndex(
                name: "ix_absences_employer_id_first_day",
                schema: "absence",
                table: "absences",
                columns: new[] { "employer_id", "first_day" });

            migrationBuilder.CreateIndex(
                name: "ix_absences_one_open_per_employee",
                schema: "absence",
                table: "absences",
                column: "employee_id",
                unique: true,
                filter: "status = 'Open'");

            migrationBuilder.CreateIndex(
                name: "ix_events_awaiting_position",
                schema: "absence",
                table: "events",
                column: "id",
                filter: "position IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_events_employer_id_employer_position",
                schema: "absence",
                table: "events",
                columns: new[] { "employer_id", "employer_position" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_events_position",
                schema: "absence",
                table: "events",
                column: "position",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_history_lines_absence_id_number",
                schema: "absence",
                table: "history_lines",
                columns: new[] { "absence_id", "number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_outbox_emails_next_attempt_at",
                schema: "absence",
                table: "outbox_emails",
                column: "next_attempt_at",
                filter: "sent_at IS NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "events",
                schema: "absence");

            migrationBuilder.DropTable(
                name: "history_lines",
                schema: "absence");

            migrationBuilder.DropTable(
                name: "idempotent_requests",
                schema: "absence");

            migrationBuilder.DropTable(
                name: "outbox_emails",
                schema: "absence");

            migrationBuilder.DropTable(
                name: "settings",
                schema: "absence");

            migrationBuilder.DropTable(
                name: "absences",
                schema: "absence");
        }
    }
}
