using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LongAnMarket.Infrastructure.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ComplaintCounterfeitReports : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "ComplaintId",
                table: "CounterfeitReports",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_CounterfeitReports_ComplaintId",
                table: "CounterfeitReports",
                column: "ComplaintId");

            migrationBuilder.AddForeignKey(
                name: "FK_CounterfeitReports_Complaints_ComplaintId",
                table: "CounterfeitReports",
                column: "ComplaintId",
                principalTable: "Complaints",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_CounterfeitReports_Complaints_ComplaintId",
                table: "CounterfeitReports");

            migrationBuilder.DropIndex(
                name: "IX_CounterfeitReports_ComplaintId",
                table: "CounterfeitReports");

            migrationBuilder.DropColumn(
                name: "ComplaintId",
                table: "CounterfeitReports");
        }
    }
}
