using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Verzuim.Dossiers.Data.Migrations
{
    /// <inheritdoc />
    internal partial class DocumentVisibilityAtPublication : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "asked_response",
                schema: "dossiers",
                table: "documents",
                type: "character varying(16)",
                maxLength: 16,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<bool>(
                name: "visible_to_employee",
                schema: "dossiers",
                table: "documents",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            // Documents published before visibility was fixed at publication take it from their type as it is now.
            migrationBuilder.Sql("""
                UPDATE dossiers.documents AS d
                SET visible_to_employee = (d.author = 'Employee' OR t.visible_to_employee),
                    asked_response = CASE WHEN d.author = 'Employer' AND t.visible_to_employee THEN t.response ELSE 'None' END
                FROM dossiers.document_types AS t WHERE t.id = d.document_type_id
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "asked_response",
                schema: "dossiers",
                table: "documents");

            migrationBuilder.DropColumn(
                name: "visible_to_employee",
                schema: "dossiers",
                table: "documents");
        }
    }
}
