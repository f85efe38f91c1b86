using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LongAnMarket.Infrastructure.Data.Migrations.MySql
{
    /// <inheritdoc />
    public partial class ReturnPolicies : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Producers and past order parts get the marketplace minimum: 7 days to report a problem, 24 hours for fresh produce.
            migrationBuilder.AddColumn<bool>(
                name: "ReturnsAcceptsChangeOfMind",
                table: "SubOrders",
                type: "tinyint(1)",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<int>(
                name: "ReturnsChangeOfMindDays",
                table: "SubOrders",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "ReturnsPerishableReportHours",
                table: "SubOrders",
                type: "int",
                nullable: false,
                defaultValue: 24);

            migrationBuilder.AddColumn<int>(
                name: "ReturnsProblemReportDays",
                table: "SubOrders",
                type: "int",
                nullable: false,
                defaultValue: 7);

            migrationBuilder.AddColumn<int>(
                name: "ReturnsRefundVia",
                table: "SubOrders",
                type: "int",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<int>(
                name: "ReturnsShipping",
                table: "SubOrders",
                type: "int",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<bool>(
                name: "ReturnsAcceptsChangeOfMind",
                table: "Producers",
                type: "tinyint(1)",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<int>(
                name: "ReturnsChangeOfMindDays",
                table: "Producers",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "ReturnsPerishableReportHours",
                table: "Producers",
                type: "int",
                nullable: false,
                defaultValue: 24);

            migrationBuilder.AddColumn<int>(
                name: "ReturnsProblemReportDays",
                table: "Producers",
                type: "int",
                nullable: false,
                defaultValue: 7);

            migrationBuilder.AddColumn<int>(
                name: "ReturnsRefundVia",
                table: "Producers",
                type: "int",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<int>(
                name: "ReturnsShipping",
                table: "Producers",
                type: "int",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<bool>(
                name: "Perishable",
                table: "OrderLines",
                type: "tinyint(1)",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "Perishable",
                table: "Categories",
                type: "tinyint(1)",
                nullable: false,
                defaultValue: false);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ReturnsAcceptsChangeOfMind",
                table: "SubOrders");

            migrationBuilder.DropColumn(
                name: "ReturnsChangeOfMindDays",
                table: "SubOrders");

            migrationBuilder.DropColumn(
                name: "ReturnsPerishableReportHours",
                table: "SubOrders");

            migrationBuilder.DropColumn(
                name: "ReturnsProblemReportDays",
                table: "SubOrders");

            migrationBuilder.DropColumn(
                name: "ReturnsRefundVia",
                table: "SubOrders");

            migrationBuilder.DropColumn(
                name: "ReturnsShipping",
                table: "SubOrders");

            migrationBuilder.DropColumn(
                name: "ReturnsAcceptsChangeOfMind",
                table: "Producers");

            migrationBuilder.DropColumn(
                name: "ReturnsChangeOfMindDays",
                table: "Producers");

            migrationBuilder.DropColumn(
                name: "ReturnsPerishableReportHours",
                table: "Producers");

            migrationBuilder.DropColumn(
                name: "ReturnsProblemReportDays",
                table: "Producers");

            migrationBuilder.DropColumn(
                name: "ReturnsRefundVia",
                table: "Producers");

            migrationBuilder.DropColumn(
                name: "ReturnsShipping",
                table: "Producers");

            migrationBuilder.DropColumn(
                name: "Perishable",
                table: "OrderLines");

            migrationBuilder.DropColumn(
                name: "Perishable",
                table: "Categories");
        }
    }
}
