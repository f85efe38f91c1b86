using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LongAnMarket.Infrastructure.Data.Migrations.MySql
{
    /// <inheritdoc />
    public partial class OrderHolds : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ClientHash",
                table: "Orders",
                type: "varchar(16)",
                unicode: false,
                maxLength: 16,
                nullable: true,
                collation: "utf8mb4_unicode_ci")
                .Annotation("MySql:CharSet", "utf8mb4");

            migrationBuilder.AddColumn<string>(
                name: "HolderKey",
                table: "Orders",
                type: "varchar(460)",
                unicode: false,
                maxLength: 460,
                nullable: true,
                collation: "utf8mb4_unicode_ci")
                .Annotation("MySql:CharSet", "utf8mb4");

            migrationBuilder.CreateIndex(
                name: "IX_Orders_ClientHash_Status",
                table: "Orders",
                columns: new[] { "ClientHash", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Orders_HolderKey_Status",
                table: "Orders",
                columns: new[] { "HolderKey", "Status" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Orders_ClientHash_Status",
                table: "Orders");

            migrationBuilder.DropIndex(
                name: "IX_Orders_HolderKey_Status",
                table: "Orders");

            migrationBuilder.DropColumn(
                name: "ClientHash",
                table: "Orders");

            migrationBuilder.DropColumn(
                name: "HolderKey",
                table: "Orders");
        }
    }
}
