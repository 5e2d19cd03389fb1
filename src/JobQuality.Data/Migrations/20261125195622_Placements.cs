using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace JobQuality.Data.Migrations
{
    /// <inheritdoc />
    public partial class Placements : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Placements",
                columns: table => new
                {
                    PlacementId = table.Column<string>(type: "text", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "uuid", nullable: false),
                    PlacementDate = table.Column<DateOnly>(type: "date", nullable: false),
                    ParticipantId = table.Column<string>(type: "text", nullable: true),
                    Program = table.Column<string>(type: "text", nullable: true),
                    EmployerName = table.Column<string>(type: "text", nullable: true),
                    EmployerNaics = table.Column<string>(type: "text", nullable: true),
                    OccupationSoc = table.Column<string>(type: "text", nullable: true),
                    CountyFips = table.Column<string>(type: "text", nullable: true),
                    HouseholdType = table.Column<string>(type: "text", nullable: true),
                    HourlyWage = table.Column<decimal>(type: "numeric", nullable: true),
                    WeeklyHours = table.Column<decimal>(type: "numeric", nullable: true),
                    EmploymentType = table.Column<string>(type: "text", nullable: true),
                    ScheduleNoticeDays = table.Column<int>(type: "integer", nullable: true),
                    HealthInsuranceOffered = table.Column<bool>(type: "boolean", nullable: true),
                    EmployerPremiumSharePct = table.Column<decimal>(type: "numeric", nullable: true),
                    PaidLeaveDays = table.Column<int>(type: "integer", nullable: true),
                    RetirementPlanOffered = table.Column<bool>(type: "boolean", nullable: true),
                    WorkerVoice = table.Column<bool>(type: "boolean", nullable: true),
                    TrainingProvided = table.Column<bool>(type: "boolean", nullable: true),
                    CareerPathway = table.Column<bool>(type: "boolean", nullable: true),
                    SafetyViolations3y = table.Column<int>(type: "integer", nullable: true),
                    EnvCultureRating = table.Column<int>(type: "integer", nullable: true),
                    PurposeRating = table.Column<int>(type: "integer", nullable: true),
                    RaceEthnicity = table.Column<string>(type: "text", nullable: true),
                    Sex = table.Column<string>(type: "text", nullable: true),
                    Age = table.Column<int>(type: "integer", nullable: true),
                    Veteran = table.Column<bool>(type: "boolean", nullable: true),
                    Disability = table.Column<bool>(type: "boolean", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Placements", x => new { x.OrganizationId, x.PlacementId });
                    table.ForeignKey(
                        name: "FK_Placements_Organizations_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Placements_OrganizationId_PlacementDate",
                table: "Placements",
                columns: new[] { "OrganizationId", "PlacementDate" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Placements");
        }
    }
}
