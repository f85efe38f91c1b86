using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LongAnMarket.Infrastructure.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class HeadLogAndKeyRing : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "ChainVersion",
                table: "Lots",
                type: "INTEGER",
                nullable: false,
                defaultValue: 1); // chains sealed before this migration stay version 1; new lots are version 2

            migrationBuilder.CreateTable(
                name: "TraceAnchors",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    FirstSequence = table.Column<long>(type: "INTEGER", nullable: false),
                    LastSequence = table.Column<long>(type: "INTEGER", nullable: false),
                    Root = table.Column<string>(type: "TEXT", unicode: false, maxLength: 64, nullable: false),
                    Token = table.Column<byte[]>(type: "BLOB", nullable: false),
                    Authority = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    StampedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TraceAnchors", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "TraceLog",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Sequence = table.Column<long>(type: "INTEGER", nullable: false),
                    PreviousHash = table.Column<string>(type: "TEXT", unicode: false, maxLength: 64, nullable: false),
                    LotId = table.Column<int>(type: "INTEGER", nullable: false),
                    LotUri = table.Column<string>(type: "TEXT", unicode: false, maxLength: 300, nullable: false),
                    RecordCount = table.Column<int>(type: "INTEGER", nullable: false),
                    HeadLink = table.Column<string>(type: "TEXT", unicode: false, maxLength: 64, nullable: false),
                    RecordedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    KeyId = table.Column<string>(type: "TEXT", unicode: false, maxLength: 64, nullable: false),
                    Signature = table.Column<string>(type: "TEXT", unicode: false, maxLength: 100, nullable: false),
                    EntryHash = table.Column<string>(type: "TEXT", unicode: false, maxLength: 64, nullable: false),
                    AnchorId = table.Column<long>(type: "INTEGER", nullable: true),
                    AnchorIndex = table.Column<int>(type: "INTEGER", nullable: true),
                    AnchorPath = table.Column<string>(type: "TEXT", unicode: false, maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TraceLog", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TraceLog_Lots_LotId",
                        column: x => x.LotId,
                        principalTable: "Lots",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "TraceSigningKeys",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    KeyId = table.Column<string>(type: "TEXT", unicode: false, maxLength: 64, nullable: false),
                    PublicJwk = table.Column<string>(type: "TEXT", unicode: false, maxLength: 400, nullable: false),
                    PrivateKey = table.Column<string>(type: "TEXT", unicode: false, maxLength: 2000, nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    RetiredAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TraceSigningKeys", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_TraceAttachment_Path",
                table: "TraceAttachment",
                column: "Path");

            migrationBuilder.CreateIndex(
                name: "IX_TraceAnchors_FirstSequence",
                table: "TraceAnchors",
                column: "FirstSequence",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TraceAnchors_LastSequence",
                table: "TraceAnchors",
                column: "LastSequence");

            migrationBuilder.CreateIndex(
                name: "IX_TraceLog_LotId_Sequence",
                table: "TraceLog",
                columns: new[] { "LotId", "Sequence" });

            migrationBuilder.CreateIndex(
                name: "IX_TraceLog_Sequence",
                table: "TraceLog",
                column: "Sequence",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TraceSigningKeys_KeyId",
                table: "TraceSigningKeys",
                column: "KeyId",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "TraceAnchors");

            migrationBuilder.DropTable(
                name: "TraceLog");

            migrationBuilder.DropTable(
                name: "TraceSigningKeys");

            migrationBuilder.DropIndex(
                name: "IX_TraceAttachment_Path",
                table: "TraceAttachment");

            migrationBuilder.DropColumn(
                name: "ChainVersion",
                table: "Lots");
        }
    }
}
