using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Verzuim.Dossiers.Data.Migrations
{
    /// <inheritdoc />
    internal partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "dossiers");

            migrationBuilder.CreateTable(
                name: "access_log",
                schema: "dossiers",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    employer_id = table.Column<Guid>(type: "uuid", nullable: false),
                    employee_id = table.Column<Guid>(type: "uuid", nullable: false),
                    dossier_id = table.Column<Guid>(type: "uuid", nullable: false),
                    what = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    parts = table.Column<string[]>(type: "text[]", nullable: false),
                    document_id = table.Column<Guid>(type: "uuid", nullable: true),
                    document_title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    accessor_account_id = table.Column<Guid>(type: "uuid", nullable: false),
                    accessor_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    accessor_kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    on_behalf_of_employer_id = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_access_log", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "checkpoints",
                schema: "dossiers",
                columns: table => new
                {
                    name = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    position = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_checkpoints", x => x.name);
                });

            migrationBuilder.CreateTable(
                name: "document_types",
                schema: "dossiers",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    employer_id = table.Column<Guid>(type: "uuid", nullable: false),
                    code = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    visible_to_employee = table.Column<bool>(type: "boolean", nullable: false),
                    response = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    sort_order = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_document_types", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "dossiers",
                schema: "dossiers",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    employer_id = table.Column<Guid>(type: "uuid", nullable: false),
                    employee_id = table.Column<Guid>(type: "uuid", nullable: false),
                    first_day = table.Column<DateOnly>(type: "date", nullable: false),
                    closed_on = table.Column<DateOnly>(type: "date", nullable: true),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_dossiers", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "files",
                schema: "dossiers",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    content = table.Column<byte[]>(type: "bytea", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_files", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "idempotent_requests",
                schema: "dossiers",
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
                schema: "dossiers",
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
                name: "uploads",
                schema: "dossiers",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    employer_id = table.Column<Guid>(type: "uuid", nullable: false),
                    account_id = table.Column<Guid>(type: "uuid", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    file_content_type = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    file_file_id = table.Column<Guid>(type: "uuid", nullable: false),
                    file_file_name = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    file_sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    file_size = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_uploads", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "documents",
                schema: "dossiers",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    dossier_id = table.Column<Guid>(type: "uuid", nullable: false),
                    employer_id = table.Column<Guid>(type: "uuid", nullable: false),
                    employee_id = table.Column<Guid>(type: "uuid", nullable: false),
                    document_type_id = table.Column<Guid>(type: "uuid", nullable: false),
                    title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    author = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    author_account_id = table.Column<Guid>(type: "uuid", nullable: false),
                    author_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    visible_to_employee = table.Column<bool>(type: "boolean", nullable: false),
                    asked_response = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    text = table.Column<string>(type: "character varying(10000)", maxLength: 10000, nullable: true),
                    regarding_document_id = table.Column<Guid>(type: "uuid", nullable: true),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    retracted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    first_opened_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    file_content_type = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    file_file_id = table.Column<Guid>(type: "uuid", nullable: true),
                    file_file_name = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: true),
                    file_sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    file_size = table.Column<long>(type: "bigint", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_documents", x => x.id);
                    table.ForeignKey(
                        name: "fk_documents_document_types_document_type_id",
                        column: x => x.document_type_id,
                        principalSchema: "dossiers",
                        principalTable: "document_types",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_documents_dossiers_dossier_id",
                        column: x => x.dossier_id,
                        principalSchema: "dossiers",
                        principalTable: "dossiers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "dossier_periods",
                schema: "dossiers",
                columns: table => new
                {
                    absence_id = table.Column<Guid>(type: "uuid", nullable: false),
                    dossier_id = table.Column<Guid>(type: "uuid", nullable: false),
                    first_day = table.Column<DateOnly>(type: "date", nullable: false),
                    recovered_on = table.Column<DateOnly>(type: "date", nullable: true),
                    withdrawn = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_dossier_periods", x => x.absence_id);
                    table.ForeignKey(
                        name: "fk_dossier_periods_dossiers_dossier_id",
                        column: x => x.dossier_id,
                        principalSchema: "dossiers",
                        principalTable: "dossiers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "messages",
                schema: "dossiers",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    dossier_id = table.Column<Guid>(type: "uuid", nullable: false),
                    employer_id = table.Column<Guid>(type: "uuid", nullable: false),
                    employee_id = table.Column<Guid>(type: "uuid", nullable: false),
                    from = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    author_account_id = table.Column<Guid>(type: "uuid", nullable: false),
                    author_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    body = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    read_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_messages", x => x.id);
                    table.ForeignKey(
                        name: "fk_messages_dossiers_dossier_id",
                        column: x => x.dossier_id,
                        principalSchema: "dossiers",
                        principalTable: "dossiers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "responses",
                schema: "dossiers",
                columns: table => new
                {
                    document_id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    comment = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    account_id = table.Column<Guid>(type: "uuid", nullable: false),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_responses", x => x.document_id);
                    table.ForeignKey(
                        name: "fk_responses_documents_document_id",
                        column: x => x.document_id,
                        principalSchema: "dossiers",
                        principalTable: "documents",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_access_log_employee_id_created_at",
                schema: "dossiers",
                table: "access_log",
                columns: new[] { "employee_id", "created_at" });

            migrationBuilder.CreateIndex(
                name: "ix_access_log_employer_id_created_at",
                schema: "dossiers",
                table: "access_log",
                columns: new[] { "employer_id", "created_at" });

            migrationBuilder.CreateIndex(
                name: "ix_document_types_employer_id_code",
                schema: "dossiers",
                table: "document_types",
                columns: new[] { "employer_id", "code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_document_types_employer_id_name",
                schema: "dossiers",
                table: "document_types",
                columns: new[] { "employer_id", "name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_documents_document_type_id",
                schema: "dossiers",
                table: "documents",
                column: "document_type_id");

            migrationBuilder.CreateIndex(
                name: "ix_documents_dossier_id_created_at",
                schema: "dossiers",
                table: "documents",
                columns: new[] { "dossier_id", "created_at" });

            migrationBuilder.CreateIndex(
                name: "ix_documents_employee_id_status",
                schema: "dossiers",
                table: "documents",
                columns: new[] { "employee_id", "status" });

            migrationBuilder.CreateIndex(
                name: "ix_dossier_periods_dossier_id",
                schema: "dossiers",
                table: "dossier_periods",
                column: "dossier_id");

            migrationBuilder.CreateIndex(
                name: "ix_dossiers_employee_id",
                schema: "dossiers",
                table: "dossiers",
                column: "employee_id");

            migrationBuilder.CreateIndex(
                name: "ix_dossiers_employer_id_created_at",
                schema: "dossiers",
                table: "dossiers",
                columns: new[] { "employer_id", "created_at" });

            migrationBuilder.CreateIndex(
                name: "ix_messages_dossier_id_created_at",
                schema: "dossiers",
                table: "messages",
                columns: new[] { "dossier_id", "created_at" });

            migrationBuilder.CreateIndex(
                name: "ix_messages_unread",
                schema: "dossiers",
                table: "messages",
                columns: new[] { "employee_id", "from" },
                filter: "read_at IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_outbox_emails_next_attempt_at",
                schema: "dossiers",
                table: "outbox_emails",
                column: "next_attempt_at",
                filter: "sent_at IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_uploads_account_id_created_at",
                schema: "dossiers",
                table: "uploads",
                columns: new[] { "account_id", "created_at" });

            // NEN 7513: the access log is append-only. Not even the application's own account can change or remove
            // an entry; a retention job (DOMAIN §11) will need its own, separately granted path.
            migrationBuilder.Sql("""
                CREATE FUNCTION dossiers.access_log_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    RAISE EXCEPTION 'The dossier access log cannot be changed' USING ERRCODE = 'insufficient_privilege';
                END $$;
                CREATE TRIGGER access_log_is_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON dossiers.access_log
                    FOR EACH STATEMENT EXECUTE FUNCTION dossiers.access_log_is_append_only();
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS access_log_is_append_only ON dossiers.access_log; DROP FUNCTION IF EXISTS dossiers.access_log_is_append_only();");

            migrationBuilder.DropTable(
                name: "access_log",
                schema: "dossiers");

            migrationBuilder.DropTable(
                name: "checkpoints",
                schema: "dossiers");

            migrationBuilder.DropTable(
                name: "dossier_periods",
                schema: "dossiers");

            migrationBuilder.DropTable(
                name: "files",
                schema: "dossiers");

            migrationBuilder.DropTable(
                name: "idempotent_requests",
                schema: "dossiers");

            migrationBuilder.DropTable(
                name: "messages",
                schema: "dossiers");

            migrationBuilder.DropTable(
                name: "outbox_emails",
                schema: "dossiers");

            migrationBuilder.DropTable(
                name: "responses",
                schema: "dossiers");

            migrationBuilder.DropTable(
                name: "uploads",
                schema: "dossiers");

            migrationBuilder.DropTable(
                name: "documents",
                schema: "dossiers");

            migrationBuilder.DropTable(
                name: "document_types",
                schema: "dossiers");

            migrationBuilder.DropTable(
                name: "dossiers",
                schema: "dossiers");
        }
    }
}
