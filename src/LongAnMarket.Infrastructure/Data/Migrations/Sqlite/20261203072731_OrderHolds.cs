using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LongAnMarket.Infrastructure.Data.Migrations.Sqlite
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
                type: "TEXT",
                unicode: false,
                maxLength: 16,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "HolderKey",
                table: "Orders",
                type: "TEXT",
                unicode: false,
                maxLength: 460,
                nullable: true);

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
