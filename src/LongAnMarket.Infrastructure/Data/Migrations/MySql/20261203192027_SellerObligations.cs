using System;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LongAnMarket.Infrastructure.Data.Migrations.MySql
{
    /// <inheritdoc />
    public partial class SellerObligations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "IdentityConfirmedUtc",
                table: "Producers",
                type: "datetime(6)",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "IdentityLapsed",
                table: "Producers",
                type: "tinyint(1)",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "LegalForm",
                table: "Producers",
                type: "varchar(20)",
                unicode: false,
                maxLength: 20,
                nullable: true,
                collation: "utf8mb4_unicode_ci")
                .Annotation("MySql:CharSet", "utf8mb4");

            migrationBuilder.AddColumn<DateOnly>(
                name: "RegistrationIssuedOn",
                table: "Producers",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RegistrationIssuer",
                table: "Producers",
                type: "varchar(200)",
                maxLength: 200,
                nullable: true,
                collation: "utf8mb4_unicode_ci")
                .Annotation("MySql:CharSet", "utf8mb4");

            migrationBuilder.AddColumn<string>(
                name: "RegistrationNumber",
                table: "Producers",
                type: "varchar(30)",
                unicode: false,
                maxLength: 30,
                nullable: true,
                collation: "utf8mb4_unicode_ci")
                .Annotation("MySql:CharSet", "utf8mb4");

            migrationBuilder.AddColumn<string>(
                name: "ReminderSent",
                table: "Producers",
                type: "varchar(12)",
                unicode: false,
                maxLength: 12,
                nullable: false,
                defaultValue: "None",
                collation: "utf8mb4_unicode_ci")
                .Annotation("MySql:CharSet", "utf8mb4");

            migrationBuilder.AddColumn<string>(
                name: "RepresentativeCitizenIdProtected",
                table: "Producers",
                type: "varchar(1000)",
                unicode: false,
                maxLength: 1000,
                nullable: true,
                collation: "utf8mb4_unicode_ci")
                .Annotation("MySql:CharSet", "utf8mb4");

            migrationBuilder.AddColumn<string>(
                name: "RepresentativeName",
                table: "Producers",
                type: "varchar(120)",
                maxLength: 120,
                nullable: true,
                collation: "utf8mb4_unicode_ci")
                .Annotation("MySql:CharSet", "utf8mb4");

            migrationBuilder.AddColumn<string>(
                name: "RepresentativeRole",
                table: "Producers",
                type: "varchar(80)",
                maxLength: 80,
                nullable: true,
                collation: "utf8mb4_unicode_ci")
                .Annotation("MySql:CharSet", "utf8mb4");

            migrationBuilder.CreateTable(
                name: "IdentityVerifications",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("MySql:ValueGenerationStrategy", MySqlValueGenerationStrategy.IdentityColumn),
                    ProducerId = table.Column<int>(type: "int", nullable: false),
                    Method = table.Column<string>(type: "varchar(60)", unicode: false, maxLength: 60, nullable: false, collation: "utf8mb4_unicode_ci")
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    CheckedBy = table.Column<string>(type: "varchar(200)", maxLength: 200, nullable: false, collation: "utf8mb4_unicode_ci")
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    Evidence = table.Column<string>(type: "varchar(1000)", maxLength: 1000, nullable: false, collation: "utf8mb4_unicode_ci")
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    Note = table.Column<string>(type: "varchar(1000)", maxLength: 1000, nullable: true, collation: "utf8mb4_unicode_ci")
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    AtOffsetMinutes = table.Column<short>(type: "smallint", nullable: false),
                    AtUtc = table.Column<DateTime>(type: "datetime(6)", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IdentityVerifications", x => x.Id);
                    table.ForeignKey(
                        name: "FK_IdentityVerifications_Producers_ProducerId",
                        column: x => x.ProducerId,
                        principalTable: "Producers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                })
                .Annotation("MySql:CharSet", "utf8mb4")
                .Annotation("Relational:Collation", "utf8mb4_unicode_ci");

            migrationBuilder.CreateTable(
                name: "RulesVersions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("MySql:ValueGenerationStrategy", MySqlValueGenerationStrategy.IdentityColumn),
                    Number = table.Column<int>(type: "int", nullable: false),
                    Title = table.Column<string>(type: "varchar(200)", maxLength: 200, nullable: false, collation: "utf8mb4_unicode_ci")
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    Body = table.Column<string>(type: "longtext", maxLength: 100000, nullable: false, collation: "utf8mb4_unicode_ci")
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    Changes = table.Column<string>(type: "varchar(4000)", maxLength: 4000, nullable: false, collation: "utf8mb4_unicode_ci")
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    EffectiveFrom = table.Column<DateOnly>(type: "date", nullable: false),
                    PublishedBy = table.Column<string>(type: "varchar(200)", maxLength: 200, nullable: false, collation: "utf8mb4_unicode_ci")
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    PublishedAtOffsetMinutes = table.Column<short>(type: "smallint", nullable: false),
                    PublishedAtUtc = table.Column<DateTime>(type: "datetime(6)", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RulesVersions", x => x.Id);
                    table.UniqueConstraint("AK_RulesVersions_Number", x => x.Number);
                })
                .Annotation("MySql:CharSet", "utf8mb4")
                .Annotation("Relational:Collation", "utf8mb4_unicode_ci");

            migrationBuilder.CreateTable(
                name: "RulesAcceptances",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("MySql:ValueGenerationStrategy", MySqlValueGenerationStrategy.IdentityColumn),
                    ProducerId = table.Column<int>(type: "int", nullable: false),
                    VersionNumber = table.Column<int>(type: "int", nullable: false),
                    AcceptedBy = table.Column<string>(type: "varchar(200)", maxLength: 200, nullable: false, collation: "utf8mb4_unicode_ci")
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    AtOffsetMinutes = table.Column<short>(type: "smallint", nullable: false),
                    AtUtc = table.Column<DateTime>(type: "datetime(6)", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RulesAcceptances", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RulesAcceptances_Producers_ProducerId",
                        column: x => x.ProducerId,
                        principalTable: "Producers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_RulesAcceptances_RulesVersions_VersionNumber",
                        column: x => x.VersionNumber,
                        principalTable: "RulesVersions",
                        principalColumn: "Number",
                        onDelete: ReferentialAction.Restrict);
                })
                .Annotation("MySql:CharSet", "utf8mb4")
                .Annotation("Relational:Collation", "utf8mb4_unicode_ci");

            migrationBuilder.CreateIndex(
                name: "IX_IdentityVerifications_ProducerId",
                table: "IdentityVerifications",
                column: "ProducerId");

            migrationBuilder.CreateIndex(
                name: "IX_RulesAcceptances_ProducerId_VersionNumber",
                table: "RulesAcceptances",
                columns: new[] { "ProducerId", "VersionNumber" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RulesAcceptances_VersionNumber",
                table: "RulesAcceptances",
                column: "VersionNumber");

            migrationBuilder.CreateIndex(
                name: "IX_RulesVersions_Number",
                table: "RulesVersions",
                column: "Number",
                unique: true);

            // The operating rules kept as a site page become version 1, in force from the day of the upgrade and
            // accepted by no one yet; businesses already registered are due to give their identity 60 days from now.
            migrationBuilder.Sql("""
                INSERT INTO RulesVersions (Number, Title, Body, Changes, EffectiveFrom, PublishedBy, PublishedAtOffsetMinutes, PublishedAtUtc)
                SELECT 1, Title, Body, 'Phiên bản đầu tiên được lưu theo phiên bản.', DATE(UTC_TIMESTAMP() + INTERVAL 7 HOUR), 'system', 420, UTC_TIMESTAMP(6)
                FROM SitePages WHERE Slug = 'quy-che-hoat-dong';
                """);
            migrationBuilder.Sql("DELETE FROM SitePages WHERE Slug = 'quy-che-hoat-dong';");
            migrationBuilder.Sql("UPDATE Producers SET IdentityConfirmedUtc = UTC_TIMESTAMP(6) - INTERVAL 305 DAY;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "IdentityVerifications");

            migrationBuilder.DropTable(
                name: "RulesAcceptances");

            migrationBuilder.DropTable(
                name: "RulesVersions");

            migrationBuilder.DropColumn(
                name: "IdentityConfirmedUtc",
                table: "Producers");

            migrationBuilder.DropColumn(
                name: "IdentityLapsed",
                table: "Producers");

            migrationBuilder.DropColumn(
                name: "LegalForm",
                table: "Producers");

            migrationBuilder.DropColumn(
                name: "RegistrationIssuedOn",
                table: "Producers");

            migrationBuilder.DropColumn(
                name: "RegistrationIssuer",
                table: "Producers");

            migrationBuilder.DropColumn(
                name: "RegistrationNumber",
                table: "Producers");

            migrationBuilder.DropColumn(
                name: "ReminderSent",
                table: "Producers");

            migrationBuilder.DropColumn(
                name: "RepresentativeCitizenIdProtected",
                table: "Producers");

            migrationBuilder.DropColumn(
                name: "RepresentativeName",
                table: "Producers");

            migrationBuilder.DropColumn(
                name: "RepresentativeRole",
                table: "Producers");
        }
    }
}
