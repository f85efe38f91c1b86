using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LongAnMarket.Infrastructure.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PayOsLinks : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "PayOsLinks",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Account = table.Column<string>(type: "TEXT", unicode: false, maxLength: 40, nullable: false),
                    PayOsCode = table.Column<long>(type: "INTEGER", nullable: false),
                    OrderId = table.Column<int>(type: "INTEGER", nullable: false),
                    AmountDong = table.Column<long>(type: "INTEGER", nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 25, nullable: false),
                    PaymentLinkId = table.Column<string>(type: "TEXT", unicode: false, maxLength: 64, nullable: true),
                    CheckoutUrl = table.Column<string>(type: "TEXT", unicode: false, maxLength: 500, nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ExpiresAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    SettledAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PayOsLinks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PayOsLinks_Orders_OrderId",
                        column: x => x.OrderId,
                        principalTable: "Orders",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_PayOsLinks_Account_PayOsCode",
                table: "PayOsLinks",
                columns: new[] { "Account", "PayOsCode" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PayOsLinks_OrderId",
                table: "PayOsLinks",
                column: "OrderId");

            migrationBuilder.CreateIndex(
                name: "IX_PayOsLinks_SettledAtUtc_CreatedAtUtc",
                table: "PayOsLinks",
                columns: new[] { "SettledAtUtc", "CreatedAtUtc" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PayOsLinks");
        }
    }
}
