using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LongAnMarket.Infrastructure.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class StickersConfirmedByPeople : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.RenameColumn(
                name: "LaterChecks",
                table: "LotSerials",
                newName: "LaterConfirmations");

            migrationBuilder.RenameColumn(
                name: "FirstCheckedAtUtc",
                table: "LotSerials",
                newName: "FirstConfirmedAtUtc");

            migrationBuilder.RenameIndex(
                name: "IX_LotSerials_LotId_LaterChecks",
                table: "LotSerials",
                newName: "IX_LotSerials_LotId_LaterConfirmations");

            migrationBuilder.CreateTable(
                name: "SerialConfirmations",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SerialId = table.Column<long>(type: "INTEGER", nullable: false),
                    ClientHash = table.Column<string>(type: "TEXT", unicode: false, maxLength: 16, nullable: false),
                    IsFirst = table.Column<bool>(type: "INTEGER", nullable: false),
                    ConfirmedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SerialConfirmations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SerialConfirmations_LotSerials_SerialId",
                        column: x => x.SerialId,
                        principalTable: "LotSerials",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_SerialConfirmations_SerialId_ClientHash",
                table: "SerialConfirmations",
                columns: new[] { "SerialId", "ClientHash" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "SerialConfirmations");

            migrationBuilder.RenameColumn(
                name: "LaterConfirmations",
                table: "LotSerials",
                newName: "LaterChecks");

            migrationBuilder.RenameColumn(
                name: "FirstConfirmedAtUtc",
                table: "LotSerials",
                newName: "FirstCheckedAtUtc");

            migrationBuilder.RenameIndex(
                name: "IX_LotSerials_LotId_LaterConfirmations",
                table: "LotSerials",
                newName: "IX_LotSerials_LotId_LaterChecks");
        }
    }
}
