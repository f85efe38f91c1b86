using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LongAnMarket.Infrastructure.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ComplaintRefunds : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_LedgerEntries_SubOrderId_Kind",
                table: "LedgerEntries");

            migrationBuilder.AddColumn<string>(
                name: "RefundReference",
                table: "Complaints",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "RefundedAtUtc",
                table: "Complaints",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "RefundedDong",
                table: "ComplaintLines",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.CreateIndex(
                name: "IX_LedgerEntries_SubOrderId_Kind_Reference",
                table: "LedgerEntries",
                columns: new[] { "SubOrderId", "Kind", "Reference" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_LedgerEntries_SubOrderId_Kind_Reference",
                table: "LedgerEntries");

            migrationBuilder.DropColumn(
                name: "RefundReference",
                table: "Complaints");

            migrationBuilder.DropColumn(
                name: "RefundedAtUtc",
                table: "Complaints");

            migrationBuilder.DropColumn(
                name: "RefundedDong",
                table: "ComplaintLines");

            migrationBuilder.CreateIndex(
                name: "IX_LedgerEntries_SubOrderId_Kind",
                table: "LedgerEntries",
                columns: new[] { "SubOrderId", "Kind" },
                unique: true);
        }
    }
}
