using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LongAnMarket.Infrastructure.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Traceability : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Lots",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ProducerId = table.Column<int>(type: "INTEGER", nullable: false),
                    ProductId = table.Column<int>(type: "INTEGER", nullable: false),
                    VariantId = table.Column<int>(type: "INTEGER", nullable: false),
                    Gtin = table.Column<string>(type: "TEXT", unicode: false, maxLength: 14, nullable: false),
                    Code = table.Column<string>(type: "TEXT", unicode: false, maxLength: 20, nullable: false),
                    ProducedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    BestBefore = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Quantity = table.Column<decimal>(type: "TEXT", precision: 13, scale: 3, nullable: false),
                    Unit = table.Column<int>(type: "INTEGER", nullable: false),
                    Plot = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ProductName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    PackSize = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    ProducerName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ProducerTaxCode = table.Column<string>(type: "TEXT", unicode: false, maxLength: 20, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    RecalledAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    RecallReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    ScanCount = table.Column<long>(type: "INTEGER", nullable: false),
                    HeadLink = table.Column<string>(type: "TEXT", unicode: false, maxLength: 64, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Lots", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Lots_Producers_ProducerId",
                        column: x => x.ProducerId,
                        principalTable: "Producers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Lots_ProductVariants_VariantId",
                        column: x => x.VariantId,
                        principalTable: "ProductVariants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Lots_Products_ProductId",
                        column: x => x.ProductId,
                        principalTable: "Products",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Scans",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    LotId = table.Column<int>(type: "INTEGER", nullable: false),
                    SerialId = table.Column<long>(type: "INTEGER", nullable: true),
                    ScannedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ClientHash = table.Column<string>(type: "TEXT", unicode: false, maxLength: 16, nullable: false),
                    Device = table.Column<byte>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Scans", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "TraceLocations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ProducerId = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    Area = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Latitude = table.Column<decimal>(type: "TEXT", precision: 9, scale: 6, nullable: true),
                    Longitude = table.Column<decimal>(type: "TEXT", precision: 9, scale: 6, nullable: true),
                    Gln = table.Column<string>(type: "TEXT", unicode: false, maxLength: 13, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TraceLocations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TraceLocations_Producers_ProducerId",
                        column: x => x.ProducerId,
                        principalTable: "Producers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CounterfeitReports",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Code = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    LotId = table.Column<int>(type: "INTEGER", nullable: true),
                    Message = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Contact = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ClientHash = table.Column<string>(type: "TEXT", unicode: false, maxLength: 16, nullable: false),
                    ReportedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ClosedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ClosedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Resolution = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CounterfeitReports", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CounterfeitReports_Lots_LotId",
                        column: x => x.LotId,
                        principalTable: "Lots",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "LotCertificates",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Number = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Issuer = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ValidFrom = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ValidUntil = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    LotId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LotCertificates", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LotCertificates_Lots_LotId",
                        column: x => x.LotId,
                        principalTable: "Lots",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "LotSerials",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    LotId = table.Column<int>(type: "INTEGER", nullable: false),
                    BatchId = table.Column<int>(type: "INTEGER", nullable: false),
                    Value = table.Column<string>(type: "TEXT", unicode: false, maxLength: 20, nullable: false),
                    IssuedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    FirstCheckedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LaterChecks = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LotSerials", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LotSerials_Lots_LotId",
                        column: x => x.LotId,
                        principalTable: "Lots",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "SerialBatches",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    LotId = table.Column<int>(type: "INTEGER", nullable: false),
                    Requested = table.Column<int>(type: "INTEGER", nullable: false),
                    Issued = table.Column<int>(type: "INTEGER", nullable: false),
                    Actor = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CompletedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LeaseUntilUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SerialBatches", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SerialBatches_Lots_LotId",
                        column: x => x.LotId,
                        principalTable: "Lots",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "TraceEvents",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    LotId = table.Column<int>(type: "INTEGER", nullable: false),
                    Sequence = table.Column<int>(type: "INTEGER", nullable: false),
                    Step = table.Column<int>(type: "INTEGER", nullable: false),
                    RecordedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    InspectionPassed = table.Column<bool>(type: "INTEGER", nullable: true),
                    Process = table.Column<string>(type: "TEXT", maxLength: 120, nullable: true),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Actor = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ErroneousEventId = table.Column<int>(type: "INTEGER", nullable: true),
                    CorrectiveEventId = table.Column<int>(type: "INTEGER", nullable: true),
                    HashId = table.Column<string>(type: "TEXT", unicode: false, maxLength: 120, nullable: true),
                    LinkHash = table.Column<string>(type: "TEXT", unicode: false, maxLength: 64, nullable: true),
                    Signature = table.Column<string>(type: "TEXT", unicode: false, maxLength: 100, nullable: true),
                    KeyId = table.Column<string>(type: "TEXT", unicode: false, maxLength: 64, nullable: true),
                    EventTimeOffsetMinutes = table.Column<short>(type: "INTEGER", nullable: false),
                    EventTimeUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    PlaceArea = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    PlaceLatitude = table.Column<decimal>(type: "TEXT", precision: 9, scale: 6, nullable: true),
                    PlaceLongitude = table.Column<decimal>(type: "TEXT", precision: 9, scale: 6, nullable: true),
                    PlaceName = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    PlaceUri = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TraceEvents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TraceEvents_Lots_LotId",
                        column: x => x.LotId,
                        principalTable: "Lots",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_TraceEvents_TraceEvents_CorrectiveEventId",
                        column: x => x.CorrectiveEventId,
                        principalTable: "TraceEvents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_TraceEvents_TraceEvents_ErroneousEventId",
                        column: x => x.ErroneousEventId,
                        principalTable: "TraceEvents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "TraceAttachment",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EventId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Path = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Sha256 = table.Column<string>(type: "TEXT", unicode: false, maxLength: 64, nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Width = table.Column<int>(type: "INTEGER", nullable: true),
                    Height = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TraceAttachment", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TraceAttachment_TraceEvents_EventId",
                        column: x => x.EventId,
                        principalTable: "TraceEvents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "TraceEventInput",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EventId = table.Column<int>(type: "INTEGER", nullable: false),
                    InputLotId = table.Column<int>(type: "INTEGER", nullable: false),
                    EpcClass = table.Column<string>(type: "TEXT", unicode: false, maxLength: 120, nullable: false),
                    Quantity = table.Column<decimal>(type: "TEXT", precision: 13, scale: 3, nullable: false),
                    Unit = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TraceEventInput", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TraceEventInput_Lots_InputLotId",
                        column: x => x.InputLotId,
                        principalTable: "Lots",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_TraceEventInput_TraceEvents_EventId",
                        column: x => x.EventId,
                        principalTable: "TraceEvents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CounterfeitReports_ClosedAtUtc_ReportedAtUtc",
                table: "CounterfeitReports",
                columns: new[] { "ClosedAtUtc", "ReportedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_CounterfeitReports_LotId",
                table: "CounterfeitReports",
                column: "LotId");

            migrationBuilder.CreateIndex(
                name: "IX_LotCertificates_LotId",
                table: "LotCertificates",
                column: "LotId");

            migrationBuilder.CreateIndex(
                name: "IX_Lots_Gtin_Code",
                table: "Lots",
                columns: new[] { "Gtin", "Code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Lots_ProducerId_CreatedAtUtc",
                table: "Lots",
                columns: new[] { "ProducerId", "CreatedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_Lots_ProductId_ProducedOn",
                table: "Lots",
                columns: new[] { "ProductId", "ProducedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Lots_VariantId",
                table: "Lots",
                column: "VariantId");

            migrationBuilder.CreateIndex(
                name: "IX_LotSerials_BatchId_Id",
                table: "LotSerials",
                columns: new[] { "BatchId", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_LotSerials_LotId_LaterChecks",
                table: "LotSerials",
                columns: new[] { "LotId", "LaterChecks" });

            migrationBuilder.CreateIndex(
                name: "IX_LotSerials_LotId_Value",
                table: "LotSerials",
                columns: new[] { "LotId", "Value" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Scans_LotId_ScannedAtUtc",
                table: "Scans",
                columns: new[] { "LotId", "ScannedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_Scans_SerialId_ScannedAtUtc",
                table: "Scans",
                columns: new[] { "SerialId", "ScannedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_SerialBatches_CompletedAtUtc_Id",
                table: "SerialBatches",
                columns: new[] { "CompletedAtUtc", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_SerialBatches_LotId",
                table: "SerialBatches",
                column: "LotId");

            migrationBuilder.CreateIndex(
                name: "IX_TraceAttachment_EventId",
                table: "TraceAttachment",
                column: "EventId");

            migrationBuilder.CreateIndex(
                name: "IX_TraceEventInput_EventId",
                table: "TraceEventInput",
                column: "EventId");

            migrationBuilder.CreateIndex(
                name: "IX_TraceEventInput_InputLotId",
                table: "TraceEventInput",
                column: "InputLotId");

            migrationBuilder.CreateIndex(
                name: "IX_TraceEvents_CorrectiveEventId",
                table: "TraceEvents",
                column: "CorrectiveEventId");

            migrationBuilder.CreateIndex(
                name: "IX_TraceEvents_ErroneousEventId",
                table: "TraceEvents",
                column: "ErroneousEventId");

            migrationBuilder.CreateIndex(
                name: "IX_TraceEvents_LotId_Sequence",
                table: "TraceEvents",
                columns: new[] { "LotId", "Sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TraceLocations_ProducerId_Name",
                table: "TraceLocations",
                columns: new[] { "ProducerId", "Name" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CounterfeitReports");

            migrationBuilder.DropTable(
                name: "LotCertificates");

            migrationBuilder.DropTable(
                name: "LotSerials");

            migrationBuilder.DropTable(
                name: "Scans");

            migrationBuilder.DropTable(
                name: "SerialBatches");

            migrationBuilder.DropTable(
                name: "TraceAttachment");

            migrationBuilder.DropTable(
                name: "TraceEventInput");

            migrationBuilder.DropTable(
                name: "TraceLocations");

            migrationBuilder.DropTable(
                name: "TraceEvents");

            migrationBuilder.DropTable(
                name: "Lots");
        }
    }
}
