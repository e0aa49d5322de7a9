using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Verzuim.Accounts.Data.Migrations
{
    /// <inheritdoc />
    internal partial class SessionLoginCheck : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "login_checked_at",
                schema: "accounts",
                table: "sessions",
                type: "timestamp with time zone",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "login_checked_at",
                schema: "accounts",
                table: "sessions");
        }
    }
}
