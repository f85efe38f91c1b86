using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LongAnMarket.Infrastructure.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class TypedCertificates : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<int>(
                name: "ProductId",
                table: "Certifications",
                type: "INTEGER",
                nullable: true,
                oldClrType: typeof(int),
                oldType: "INTEGER");

            migrationBuilder.AddColumn<string>(
                name: "ConfirmedBy",
                table: "Certifications",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ConfirmedOn",
                table: "Certifications",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "OcopLevel",
                table: "Certifications",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "OcopStars",
                table: "Certifications",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ProducerId",
                table: "Certifications",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "RequiredCertificates",
                table: "Categories",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateIndex(
                name: "IX_Certifications_ProducerId",
                table: "Certifications",
                column: "ProducerId");

            migrationBuilder.AddCheckConstraint(
                name: "CK_Certifications_OneHolder",
                table: "Certifications",
                sql: "(ProductId IS NULL) <> (ProducerId IS NULL)");

            migrationBuilder.AddForeignKey(
                name: "FK_Certifications_Producers_ProducerId",
                table: "Certifications",
                column: "ProducerId",
                principalTable: "Producers",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);
            // OCOP stars come only from a confirmed certificate from now on. Each product's old free stars become a
            // draft certificate (its own OCOP certificate rated with them, or a placeholder the producer completes),
            // which shows no stars until the trade office confirms it at /admin/ocop; search re-reads those products.
            migrationBuilder.Sql("UPDATE Certifications SET OcopStars = (SELECT p.OcopStars FROM Products p WHERE p.Id = Certifications.ProductId) WHERE Kind = 0;");
            migrationBuilder.Sql("UPDATE Certifications SET OcopLevel = CASE WHEN OcopStars = 5 THEN 3 WHEN OcopStars = 4 THEN 2 ELSE 1 END WHERE Kind = 0;");
            migrationBuilder.Sql("""
                INSERT INTO Certifications (ProductId, Kind, Number, Issuer, ValidFrom, ValidUntil, NoticesSent, OcopStars, OcopLevel)
                SELECT p.Id, 0, 'Chưa khai số quyết định', 'Chưa khai cơ quan cấp', date('now'), date('now', '+36 months'), 0, p.OcopStars,
                       CASE WHEN p.OcopStars = 5 THEN 3 WHEN p.OcopStars = 4 THEN 2 ELSE 1 END
                FROM Products p
                WHERE p.OcopStars IS NOT NULL AND NOT EXISTS (SELECT 1 FROM Certifications c WHERE c.ProductId = p.Id AND c.Kind = 0);
                """);
            migrationBuilder.Sql("INSERT INTO SearchIndexChanges (ProducerId, EnqueuedAtUtc) SELECT DISTINCT ProducerId, strftime('%Y-%m-%d %H:%M:%f', 'now') FROM Products WHERE OcopStars IS NOT NULL;");
            migrationBuilder.Sql("UPDATE Products SET OcopStars = NULL WHERE OcopStars IS NOT NULL;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Certifications_Producers_ProducerId",
                table: "Certifications");

            migrationBuilder.DropIndex(
                name: "IX_Certifications_ProducerId",
                table: "Certifications");

            migrationBuilder.DropCheckConstraint(
                name: "CK_Certifications_OneHolder",
                table: "Certifications");

            migrationBuilder.DropColumn(
                name: "ConfirmedBy",
                table: "Certifications");

            migrationBuilder.DropColumn(
                name: "ConfirmedOn",
                table: "Certifications");

            migrationBuilder.DropColumn(
                name: "OcopLevel",
                table: "Certifications");

            migrationBuilder.DropColumn(
                name: "OcopStars",
                table: "Certifications");

            migrationBuilder.DropColumn(
                name: "ProducerId",
                table: "Certifications");

            migrationBuilder.DropColumn(
                name: "RequiredCertificates",
                table: "Categories");

            migrationBuilder.AlterColumn<int>(
                name: "ProductId",
                table: "Certifications",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0,
                oldClrType: typeof(int),
                oldType: "INTEGER",
                oldNullable: true);
        }
    }
}
