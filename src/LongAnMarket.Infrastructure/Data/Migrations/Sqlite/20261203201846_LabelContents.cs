using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LongAnMarket.Infrastructure.Data.Migrations.Sqlite
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
                type: "TEXT",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "LabelOrigin",
                table: "Products",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "LabelResponsibleParty",
                table: "Products",
                type: "TEXT",
                maxLength: 400,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "LabelShelfLife",
                table: "Products",
                type: "TEXT",
                maxLength: 120,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "LabelStorage",
                table: "Products",
                type: "TEXT",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "LabelUsage",
                table: "Products",
                type: "TEXT",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "LabelWarnings",
                table: "Products",
                type: "TEXT",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "RequiredLabelFields",
                table: "Categories",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            // Every category asks for every label field but handicrafts (the demo's one non-food category), which ask for
            // origin, the responsible business and the quantity; the trade office adjusts them at /admin/categories.
            // The business responsible for each product is its producer: that field starts filled in.
            migrationBuilder.Sql("UPDATE Categories SET RequiredLabelFields = CASE WHEN Slug = 'thu-cong-my-nghe' THEN 7 ELSE 255 END;");
            migrationBuilder.Sql("UPDATE Products SET LabelResponsibleParty = substr((SELECT r.Name || ', ' || r.Address FROM Producers r WHERE r.Id = Products.ProducerId), 1, 400);");
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
