using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LongAnMarket.Infrastructure.Data.Migrations.Sqlite
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
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "IdentityLapsed",
                table: "Producers",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "LegalForm",
                table: "Producers",
                type: "TEXT",
                unicode: false,
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "RegistrationIssuedOn",
                table: "Producers",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RegistrationIssuer",
                table: "Producers",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RegistrationNumber",
                table: "Producers",
                type: "TEXT",
                unicode: false,
                maxLength: 30,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ReminderSent",
                table: "Producers",
                type: "TEXT",
                unicode: false,
                maxLength: 12,
                nullable: false,
                defaultValue: "None");

            migrationBuilder.AddColumn<string>(
                name: "RepresentativeCitizenIdProtected",
                table: "Producers",
                type: "TEXT",
                unicode: false,
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RepresentativeName",
                table: "Producers",
                type: "TEXT",
                maxLength: 120,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RepresentativeRole",
                table: "Producers",
                type: "TEXT",
                maxLength: 80,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "IdentityVerifications",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ProducerId = table.Column<int>(type: "INTEGER", nullable: false),
                    Method = table.Column<string>(type: "TEXT", unicode: false, maxLength: 60, nullable: false),
                    CheckedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Evidence = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    AtOffsetMinutes = table.Column<short>(type: "INTEGER", nullable: false),
                    AtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
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
                });

            migrationBuilder.CreateTable(
                name: "RulesVersions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Body = table.Column<string>(type: "TEXT", maxLength: 100000, nullable: false),
                    Changes = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    EffectiveFrom = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    PublishedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    PublishedAtOffsetMinutes = table.Column<short>(type: "INTEGER", nullable: false),
                    PublishedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RulesVersions", x => x.Id);
                    table.UniqueConstraint("AK_RulesVersions_Number", x => x.Number);
                });

            migrationBuilder.CreateTable(
                name: "RulesAcceptances",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ProducerId = table.Column<int>(type: "INTEGER", nullable: false),
                    VersionNumber = table.Column<int>(type: "INTEGER", nullable: false),
                    AcceptedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    AtOffsetMinutes = table.Column<short>(type: "INTEGER", nullable: false),
                    AtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
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
                });

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
                SELECT 1, Title, Body, 'Phiên bản đầu tiên được lưu theo phiên bản.', date('now', '+7 hours'), 'system', 420, strftime('%Y-%m-%d %H:%M:%S', 'now')
                FROM SitePages WHERE Slug = 'quy-che-hoat-dong';
                DELETE FROM SitePages WHERE Slug = 'quy-che-hoat-dong';
                UPDATE Producers SET IdentityConfirmedUtc = strftime('%Y-%m-%d %H:%M:%S', 'now', '-305 days');
                """);
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
