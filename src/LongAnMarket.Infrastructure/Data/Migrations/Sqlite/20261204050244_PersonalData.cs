using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LongAnMarket.Infrastructure.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PersonalData : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Consents",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    Purpose = table.Column<int>(type: "INTEGER", nullable: false),
                    NoticeVersion = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    GivenAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    WithdrawnAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Consents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Consents_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "DataBreaches",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    DataAffected = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    PeopleAffected = table.Column<int>(type: "INTEGER", nullable: true),
                    DiscoveredAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    NotifyByUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    AuthorityNotifiedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    AuthorityReference = table.Column<string>(type: "TEXT", maxLength: 120, nullable: true),
                    PeopleNotifiedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DataBreaches", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "DataRequests",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    Email = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Details = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    ReceivedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    FirstAnswerDueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    AcknowledgedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    AnsweredAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Answer = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    AnsweredBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DataRequests", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DataRequests_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Consents_Purpose_WithdrawnAtUtc",
                table: "Consents",
                columns: new[] { "Purpose", "WithdrawnAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_Consents_UserId_Purpose_WithdrawnAtUtc",
                table: "Consents",
                columns: new[] { "UserId", "Purpose", "WithdrawnAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_DataBreaches_DiscoveredAtUtc",
                table: "DataBreaches",
                column: "DiscoveredAtUtc");

            migrationBuilder.CreateIndex(
                name: "IX_DataRequests_AnsweredAtUtc_DueOn",
                table: "DataRequests",
                columns: new[] { "AnsweredAtUtc", "DueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_DataRequests_UserId_AnsweredAtUtc",
                table: "DataRequests",
                columns: new[] { "UserId", "AnsweredAtUtc" });

            // Accounts opened before this version agreed to keep an account when they signed up, under the notice of the day.
            migrationBuilder.Sql("INSERT INTO Consents (UserId, Purpose, NoticeVersion, Source, GivenAtUtc) SELECT Id, 1, 'truoc-2026-01-01', 'register', CreatedAtUtc FROM AspNetUsers");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Consents");

            migrationBuilder.DropTable(
                name: "DataBreaches");

            migrationBuilder.DropTable(
                name: "DataRequests");
        }
    }
}
