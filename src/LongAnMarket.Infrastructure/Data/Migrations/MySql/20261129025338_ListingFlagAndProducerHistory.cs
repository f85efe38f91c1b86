using System;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LongAnMarket.Infrastructure.Data.Migrations.MySql
{
    /// <inheritdoc />
    public partial class ListingFlagAndProducerHistory : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Products_IsPublished_CategoryId_ProducerId",
                table: "Products");

            migrationBuilder.DropIndex(
                name: "IX_Products_IsPublished_IsFeatured",
                table: "Products");

            migrationBuilder.DropIndex(
                name: "IX_Products_IsPublished_MinPriceDong",
                table: "Products");

            migrationBuilder.DropIndex(
                name: "IX_Products_IsPublished_OriginAreaId",
                table: "Products");

            migrationBuilder.DropIndex(
                name: "IX_Products_IsPublished_SortName",
                table: "Products");

            migrationBuilder.AddColumn<bool>(
                name: "IsListed",
                table: "Products",
                type: "tinyint(1)",
                nullable: false,
                defaultValue: false);

            // Products of approved producers that were published before the flag existed stay listed.
            migrationBuilder.Sql(
                "UPDATE Products SET IsListed = 1 WHERE IsPublished = 1 AND EXISTS " +
                "(SELECT 1 FROM Producers r WHERE r.Id = Products.ProducerId AND r.Status = 1)");

            migrationBuilder.CreateTable(
                name: "ProducerStatusChanges",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("MySql:ValueGenerationStrategy", MySqlValueGenerationStrategy.IdentityColumn),
                    ProducerId = table.Column<int>(type: "int", nullable: false),
                    From = table.Column<int>(type: "int", nullable: false),
                    To = table.Column<int>(type: "int", nullable: false),
                    Reason = table.Column<string>(type: "varchar(500)", maxLength: 500, nullable: true, collation: "utf8mb4_unicode_ci")
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    Actor = table.Column<string>(type: "varchar(200)", maxLength: 200, nullable: false, collation: "utf8mb4_unicode_ci")
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    AtOffsetMinutes = table.Column<short>(type: "smallint", nullable: false),
                    AtUtc = table.Column<DateTime>(type: "datetime(6)", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProducerStatusChanges", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProducerStatusChanges_Producers_ProducerId",
                        column: x => x.ProducerId,
                        principalTable: "Producers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                })
                .Annotation("MySql:CharSet", "utf8mb4")
                .Annotation("Relational:Collation", "utf8mb4_unicode_ci");

            migrationBuilder.CreateIndex(
                name: "IX_Products_CategoryId_IsFeatured",
                table: "Products",
                columns: new[] { "CategoryId", "IsFeatured" });

            migrationBuilder.CreateIndex(
                name: "IX_Products_CategoryId_MinPriceDong",
                table: "Products",
                columns: new[] { "CategoryId", "MinPriceDong" });

            migrationBuilder.CreateIndex(
                name: "IX_Products_CategoryId_SortName",
                table: "Products",
                columns: new[] { "CategoryId", "SortName" });

            migrationBuilder.CreateIndex(
                name: "IX_Products_IsFeatured_OcopStars",
                table: "Products",
                columns: new[] { "IsFeatured", "OcopStars" });

            migrationBuilder.CreateIndex(
                name: "IX_Products_MinPriceDong",
                table: "Products",
                column: "MinPriceDong");

            migrationBuilder.CreateIndex(
                name: "IX_Products_SortName",
                table: "Products",
                column: "SortName");

            migrationBuilder.CreateIndex(
                name: "IX_ProducerStatusChanges_ProducerId_Id",
                table: "ProducerStatusChanges",
                columns: new[] { "ProducerId", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ProducerStatusChanges");

            migrationBuilder.DropIndex(
                name: "IX_Products_CategoryId_IsFeatured",
                table: "Products");

            migrationBuilder.DropIndex(
                name: "IX_Products_CategoryId_MinPriceDong",
                table: "Products");

            migrationBuilder.DropIndex(
                name: "IX_Products_CategoryId_SortName",
                table: "Products");

            migrationBuilder.DropIndex(
                name: "IX_Products_IsFeatured_OcopStars",
                table: "Products");

            migrationBuilder.DropIndex(
                name: "IX_Products_MinPriceDong",
                table: "Products");

            migrationBuilder.DropIndex(
                name: "IX_Products_SortName",
                table: "Products");

            migrationBuilder.DropColumn(
                name: "IsListed",
                table: "Products");

            migrationBuilder.CreateIndex(
                name: "IX_Products_IsPublished_CategoryId_ProducerId",
                table: "Products",
                columns: new[] { "IsPublished", "CategoryId", "ProducerId" });

            migrationBuilder.CreateIndex(
                name: "IX_Products_IsPublished_IsFeatured",
                table: "Products",
                columns: new[] { "IsPublished", "IsFeatured" });

            migrationBuilder.CreateIndex(
                name: "IX_Products_IsPublished_MinPriceDong",
                table: "Products",
                columns: new[] { "IsPublished", "MinPriceDong" });

            migrationBuilder.CreateIndex(
                name: "IX_Products_IsPublished_OriginAreaId",
                table: "Products",
                columns: new[] { "IsPublished", "OriginAreaId" });

            migrationBuilder.CreateIndex(
                name: "IX_Products_IsPublished_SortName",
                table: "Products",
                columns: new[] { "IsPublished", "SortName" });
        }
    }
}
