using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace JobQuality.Data.Migrations
{
    /// <inheritdoc />
    public partial class BaselineRollups : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "BaselineRollups",
                columns: table => new
                {
                    OrganizationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Breakdown = table.Column<string>(type: "text", nullable: false),
                    Group = table.Column<string>(type: "text", nullable: false),
                    PlacementDate = table.Column<DateOnly>(type: "date", nullable: false),
                    Program = table.Column<string>(type: "text", nullable: false),
                    CountyFips = table.Column<string>(type: "text", nullable: false),
                    FirstSequence = table.Column<long>(type: "bigint", nullable: false),
                    Placements = table.Column<int>(type: "integer", nullable: false),
                    Quality = table.Column<int>(type: "integer", nullable: false),
                    NotQuality = table.Column<int>(type: "integer", nullable: false),
                    PrincipleCounts = table.Column<int[]>(type: "integer[]", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BaselineRollups", x => new { x.OrganizationId, x.Breakdown, x.PlacementDate, x.Program, x.CountyFips, x.Group });
                    table.ForeignKey(
                        name: "FK_BaselineRollups_Organizations_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            // Results scored before the roll-up existed get theirs here, so the dashboard keeps showing them.
            migrationBuilder.Sql("""
                INSERT INTO "BaselineRollups"
                SELECT r."OrganizationId", b.breakdown, b.grp, r."PlacementDate", r."Program", r."CountyFips", min(r."Sequence"),
                  count(*)::int, count(*) FILTER (WHERE r."Classification" = 0)::int, count(*) FILTER (WHERE r."Classification" = 1)::int,
                  ARRAY[count(*) FILTER (WHERE r."Earnings" = 0),
                  count(*) FILTER (WHERE r."Earnings" = 1),
                  count(*) FILTER (WHERE r."Earnings" = 2),
                  count(*) FILTER (WHERE r."Schedules" = 0),
                  count(*) FILTER (WHERE r."Schedules" = 1),
                  count(*) FILTER (WHERE r."Schedules" = 2),
                  count(*) FILTER (WHERE r."SafetyAndSecurity" = 0),
                  count(*) FILTER (WHERE r."SafetyAndSecurity" = 1),
                  count(*) FILTER (WHERE r."SafetyAndSecurity" = 2),
                  count(*) FILTER (WHERE r."Benefits" = 0),
                  count(*) FILTER (WHERE r."Benefits" = 1),
                  count(*) FILTER (WHERE r."Benefits" = 2),
                  count(*) FILTER (WHERE r."VoiceAndRepresentation" = 0),
                  count(*) FILTER (WHERE r."VoiceAndRepresentation" = 1),
                  count(*) FILTER (WHERE r."VoiceAndRepresentation" = 2),
                  count(*) FILTER (WHERE r."LearningAndDevelopment" = 0),
                  count(*) FILTER (WHERE r."LearningAndDevelopment" = 1),
                  count(*) FILTER (WHERE r."LearningAndDevelopment" = 2),
                  count(*) FILTER (WHERE r."EnvironmentAndCulture" = 0),
                  count(*) FILTER (WHERE r."EnvironmentAndCulture" = 1),
                  count(*) FILTER (WHERE r."EnvironmentAndCulture" = 2),
                  count(*) FILTER (WHERE r."PurposeAndMeaning" = 0),
                  count(*) FILTER (WHERE r."PurposeAndMeaning" = 1),
                  count(*) FILTER (WHERE r."PurposeAndMeaning" = 2)]::int[]
                FROM "PlacementResults" r
                CROSS JOIN LATERAL (VALUES ('', ''), ('race_ethnicity', r."RaceEthnicity"), ('sex', r."Sex"), ('program', r."Program"),
                  ('county_fips', r."CountyFips"), ('naics2', r."Naics2"), ('age', r."AgeBand"), ('veteran', r."Veteran"),
                  ('disability', r."Disability")) AS b(breakdown, grp)
                GROUP BY r."OrganizationId", b.breakdown, b.grp, r."PlacementDate", r."Program", r."CountyFips";
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "BaselineRollups");
        }
    }
}
