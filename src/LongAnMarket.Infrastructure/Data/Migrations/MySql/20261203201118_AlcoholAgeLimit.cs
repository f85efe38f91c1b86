using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LongAnMarket.Infrastructure.Data.Migrations.MySql
{
    /// <inheritdoc />
    public partial class AlcoholAgeLimit : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "ContainsAlcohol",
                table: "Products",
                type: "tinyint(1)",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "BuyerConfirmedAdult",
                table: "Orders",
                type: "tinyint(1)",
                nullable: false,
                defaultValue: false);

            // Spirits and wine already listed are marked by name ("rượu", folded), so no one buys them without the age
            // check from the upgrade on; a producer corrects a mark on its product form.
            migrationBuilder.Sql("UPDATE Products SET ContainsAlcohol = 1 WHERE SortName LIKE 'ruou %' OR SortName LIKE '% ruou %';");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ContainsAlcohol",
                table: "Products");

            migrationBuilder.DropColumn(
                name: "BuyerConfirmedAdult",
                table: "Orders");
        }
    }
}
