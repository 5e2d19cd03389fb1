using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace JobQuality.Data.Migrations
{
    /// <inheritdoc />
    public partial class BaselineAndScoringRuns : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateSequence(
                name: "PlacementSequence");

            migrationBuilder.AddColumn<long>(
                name: "Sequence",
                table: "Placements",
                type: "bigint",
                nullable: false,
                defaultValueSql: "nextval('\"PlacementSequence\"')");

            migrationBuilder.AddColumn<int>(
                name: "MinCellSize",
                table: "Organizations",
                type: "integer",
                nullable: false,
                defaultValue: 10);

            migrationBuilder.CreateTable(
                name: "BaselineGoals",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Statement = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Measure = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Principle = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    GroupColumn = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    GroupValue = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    TargetPct = table.Column<decimal>(type: "numeric(4,1)", nullable: false),
                    TargetDate = table.Column<DateOnly>(type: "date", nullable: false),
                    StartingPct = table.Column<decimal>(type: "numeric(4,1)", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedBy = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BaselineGoals", x => x.Id);
                    table.ForeignKey(
                        name: "FK_BaselineGoals_Organizations_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ScoringRuns",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Reason = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    StandardsVersionId = table.Column<Guid>(type: "uuid", nullable: true),
                    LivingWageTableId = table.Column<Guid>(type: "uuid", nullable: true),
                    QueuedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    StartedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    FinishedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Total = table.Column<int>(type: "integer", nullable: false),
                    Scored = table.Column<int>(type: "integer", nullable: false),
                    Problem = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ScoringRuns", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ScoringRuns_LivingWageTables_LivingWageTableId",
                        column: x => x.LivingWageTableId,
                        principalTable: "LivingWageTables",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ScoringRuns_Organizations_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ScoringRuns_StandardsVersions_StandardsVersionId",
                        column: x => x.StandardsVersionId,
                        principalTable: "StandardsVersions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PlacementImports",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "uuid", nullable: false),
                    FileName = table.Column<string>(type: "character varying(260)", maxLength: 260, nullable: false),
                    StartedBy = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    StartedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    FinishedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    FileBytes = table.Column<long>(type: "bigint", nullable: false),
                    BytesRead = table.Column<long>(type: "bigint", nullable: false),
                    Rows = table.Column<int>(type: "integer", nullable: false),
                    New = table.Column<int>(type: "integer", nullable: false),
                    Changed = table.Column<int>(type: "integer", nullable: false),
                    Unchanged = table.Column<int>(type: "integer", nullable: false),
                    ErrorCount = table.Column<int>(type: "integer", nullable: false),
                    ScoringRunId = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlacementImports", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PlacementImports_Organizations_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_PlacementImports_ScoringRuns_ScoringRunId",
                        column: x => x.ScoringRunId,
                        principalTable: "ScoringRuns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "PlacementResults",
                columns: table => new
                {
                    OrganizationId = table.Column<Guid>(type: "uuid", nullable: false),
                    PlacementId = table.Column<string>(type: "text", nullable: false),
                    ScoringRunId = table.Column<Guid>(type: "uuid", nullable: false),
                    Sequence = table.Column<long>(type: "bigint", nullable: false),
                    Classification = table.Column<short>(type: "smallint", nullable: false),
                    Score = table.Column<decimal>(type: "numeric(4,1)", nullable: false),
                    Earnings = table.Column<short>(type: "smallint", nullable: true),
                    Schedules = table.Column<short>(type: "smallint", nullable: true),
                    SafetyAndSecurity = table.Column<short>(type: "smallint", nullable: true),
                    Benefits = table.Column<short>(type: "smallint", nullable: true),
                    VoiceAndRepresentation = table.Column<short>(type: "smallint", nullable: true),
                    LearningAndDevelopment = table.Column<short>(type: "smallint", nullable: true),
                    EnvironmentAndCulture = table.Column<short>(type: "smallint", nullable: true),
                    PurposeAndMeaning = table.Column<short>(type: "smallint", nullable: true),
                    PlacementDate = table.Column<DateOnly>(type: "date", nullable: false),
                    RaceEthnicity = table.Column<string>(type: "text", nullable: false),
                    Sex = table.Column<string>(type: "text", nullable: false),
                    Program = table.Column<string>(type: "text", nullable: false),
                    CountyFips = table.Column<string>(type: "text", nullable: false),
                    Naics2 = table.Column<string>(type: "text", nullable: false),
                    AgeBand = table.Column<string>(type: "text", nullable: false),
                    Veteran = table.Column<string>(type: "text", nullable: false),
                    Disability = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlacementResults", x => new { x.OrganizationId, x.PlacementId });
                    table.ForeignKey(
                        name: "FK_PlacementResults_Organizations_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_PlacementResults_ScoringRuns_ScoringRunId",
                        column: x => x.ScoringRunId,
                        principalTable: "ScoringRuns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PlacementImportErrors",
                columns: table => new
                {
                    ImportId = table.Column<Guid>(type: "uuid", nullable: false),
                    Ordinal = table.Column<int>(type: "integer", nullable: false),
                    Row = table.Column<int>(type: "integer", nullable: false),
                    Column = table.Column<string>(type: "text", nullable: false),
                    Value = table.Column<string>(type: "text", nullable: false),
                    Reason = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlacementImportErrors", x => new { x.ImportId, x.Ordinal });
                    table.ForeignKey(
                        name: "FK_PlacementImportErrors_PlacementImports_ImportId",
                        column: x => x.ImportId,
                        principalTable: "PlacementImports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_StandardsVersions_LivingWageTableId",
                table: "StandardsVersions",
                column: "LivingWageTableId");

            migrationBuilder.AddCheckConstraint(
                name: "CK_Organizations_MinCellSize",
                table: "Organizations",
                sql: "\"MinCellSize\" >= 5");

            migrationBuilder.CreateIndex(
                name: "IX_BaselineGoals_OrganizationId_TargetDate",
                table: "BaselineGoals",
                columns: new[] { "OrganizationId", "TargetDate" });

            migrationBuilder.CreateIndex(
                name: "IX_PlacementImports_OrganizationId_StartedAt",
                table: "PlacementImports",
                columns: new[] { "OrganizationId", "StartedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_PlacementImports_ScoringRunId",
                table: "PlacementImports",
                column: "ScoringRunId");

            migrationBuilder.CreateIndex(
                name: "IX_PlacementResults_ScoringRunId",
                table: "PlacementResults",
                column: "ScoringRunId");

            migrationBuilder.CreateIndex(
                name: "IX_ScoringRuns_LivingWageTableId",
                table: "ScoringRuns",
                column: "LivingWageTableId");

            migrationBuilder.CreateIndex(
                name: "IX_ScoringRuns_OrganizationId_QueuedAt",
                table: "ScoringRuns",
                columns: new[] { "OrganizationId", "QueuedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_ScoringRuns_Queued",
                table: "ScoringRuns",
                column: "OrganizationId",
                unique: true,
                filter: "\"Status\" = 'Queued'");

            migrationBuilder.CreateIndex(
                name: "IX_ScoringRuns_StandardsVersionId",
                table: "ScoringRuns",
                column: "StandardsVersionId");

            // Before the key existed nothing checked the column: clear any id that names no table.
            migrationBuilder.Sql("""
                UPDATE "StandardsVersions" SET "LivingWageTableId" = NULL
                WHERE "LivingWageTableId" IS NOT NULL AND "LivingWageTableId" NOT IN (SELECT "Id" FROM "LivingWageTables")
                """);

            migrationBuilder.AddForeignKey(
                name: "FK_StandardsVersions_LivingWageTables_LivingWageTableId",
                table: "StandardsVersions",
                column: "LivingWageTableId",
                principalTable: "LivingWageTables",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_StandardsVersions_LivingWageTables_LivingWageTableId",
                table: "StandardsVersions");

            migrationBuilder.DropTable(
                name: "BaselineGoals");

            migrationBuilder.DropTable(
                name: "PlacementImportErrors");

            migrationBuilder.DropTable(
                name: "PlacementResults");

            migrationBuilder.DropTable(
                name: "PlacementImports");

            migrationBuilder.DropTable(
                name: "ScoringRuns");

            migrationBuilder.DropIndex(
                name: "IX_StandardsVersions_LivingWageTableId",
                table: "StandardsVersions");

            migrationBuilder.DropCheckConstraint(
                name: "CK_Organizations_MinCellSize",
                table: "Organizations");

            migrationBuilder.DropColumn(
                name: "Sequence",
                table: "Placements");

            migrationBuilder.DropColumn(
                name: "MinCellSize",
                table: "Organizations");

            migrationBuilder.DropSequence(
                name: "PlacementSequence");
        }
    }
}
