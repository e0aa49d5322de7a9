using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Verzuim.SecondFactor.Data.Migrations
{
    /// <inheritdoc />
    internal partial class SmsCountries : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string[]>(
                name: "sms_country_codes",
                schema: "second_factor",
                table: "employer_policies",
                type: "text[]",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "sms_country_codes",
                schema: "second_factor",
                table: "employer_policies");
        }
    }
}
