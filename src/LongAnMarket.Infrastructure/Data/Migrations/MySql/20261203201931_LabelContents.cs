using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LongAnMarket.Infrastructure.Data.Migrations.MySql
{
    /// <inheritdoc />
    public partial class LabelContents : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "LabelIngredients",
                table: "Products",
                type: "varchar(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "LabelOrigin",
                table: "Products",
                type: "varchar(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "LabelResponsibleParty",
                table: "Products",
                type: "varchar(400)",
                maxLength: 400,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "LabelShelfLife",
                table: "Products",
                type: "varchar(120)",
                maxLength: 120,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "LabelStorage",
                table: "Products",
                type: "varchar(1000)",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "LabelUsage",
                table: "Products",
                type: "varchar(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "LabelWarnings",
                table: "Products",
                type: "varchar(1000)",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "RequiredLabelFields",
                table: "Categories",
                type: "int",
                nullable: false,
                defaultValue: 0);

            // Every category asks for every label field but handicrafts (the demo's one non-food category), which ask for
            // origin, the responsible business and the quantity; the trade office adjusts them at /admin/categories.
            // The business responsible for each product is its producer: that field starts filled in.
            migrationBuilder.Sql("UPDATE Categories SET RequiredLabelFields = CASE WHEN Slug = 'thu-cong-my-nghe' THEN 7 ELSE 255 END;");
            migrationBuilder.Sql("UPDATE Products p JOIN Producers r ON r.Id = p.ProducerId SET p.LabelResponsibleParty = LEFT(CONCAT(r.Name, ', ', r.Address), 400);");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "LabelIngredients",
                table: "Products");

            migrationBuilder.DropColumn(
                name: "LabelOrigin",
                table: "Products");

            migrationBuilder.DropColumn(
                name: "LabelResponsibleParty",
                table: "Products");

            migrationBuilder.DropColumn(
                name: "LabelShelfLife",
                table: "Products");

            migrationBuilder.DropColumn(
                name: "LabelStorage",
                table: "Products");

            migrationBuilder.DropColumn(
                name: "LabelUsage",
                table: "Products");

            migrationBuilder.DropColumn(
                name: "LabelWarnings",
                table: "Products");

            migrationBuilder.DropColumn(
                name: "RequiredLabelFields",
                table: "Categories");
        }
    }
}
