using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace JobQuality.Data.Migrations
{
    /// <inheritdoc />
    public partial class ActionPlans : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ActionPlanApprovals",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PlanId = table.Column<Guid>(type: "uuid", nullable: false),
                    SnapshotId = table.Column<Guid>(type: "uuid", nullable: false),
                    SnapshotName = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    ApprovedBy = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    ApproverName = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    ApprovedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ActionPlanApprovals", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ActionPlanApprovals_PlanSnapshots_SnapshotId",
                        column: x => x.SnapshotId,
                        principalTable: "PlanSnapshots",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ActionPlanApprovals_Plans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "Plans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Strategies",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PlanId = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Goal = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    CanvasItemId = table.Column<Guid>(type: "uuid", nullable: true),
                    Position = table.Column<int>(type: "integer", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedBy = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Strategies", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Strategies_CanvasItems_CanvasItemId",
                        column: x => x.CanvasItemId,
                        principalTable: "CanvasItems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_Strategies_Plans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "Plans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ActionSteps",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PlanId = table.Column<Guid>(type: "uuid", nullable: false),
                    StrategyId = table.Column<Guid>(type: "uuid", nullable: false),
                    Position = table.Column<int>(type: "integer", nullable: false),
                    Description = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    ResponsibleParties = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    InternalResources = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    ExternalResources = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Milestones = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    TargetDate = table.Column<DateOnly>(type: "date", nullable: true),
                    Notes = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    FirstStepId = table.Column<Guid>(type: "uuid", nullable: true),
                    IndicatorId = table.Column<Guid>(type: "uuid", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedBy = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ActionSteps", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ActionSteps_FirstSteps_FirstStepId",
                        column: x => x.FirstStepId,
                        principalTable: "FirstSteps",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_ActionSteps_Plans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "Plans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ActionSteps_Strategies_StrategyId",
                        column: x => x.StrategyId,
                        principalTable: "Strategies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ActionSteps_SuccessIndicators_IndicatorId",
                        column: x => x.IndicatorId,
                        principalTable: "SuccessIndicators",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "RaciCells",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PlanId = table.Column<Guid>(type: "uuid", nullable: false),
                    StepId = table.Column<Guid>(type: "uuid", nullable: false),
                    MemberId = table.Column<Guid>(type: "uuid", nullable: false),
                    Role = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedBy = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RaciCells", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RaciCells_ActionSteps_StepId",
                        column: x => x.StepId,
                        principalTable: "ActionSteps",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_RaciCells_Plans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "Plans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_RaciCells_TeamMembers_MemberId",
                        column: x => x.MemberId,
                        principalTable: "TeamMembers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "StepWaits",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PlanId = table.Column<Guid>(type: "uuid", nullable: false),
                    StepId = table.Column<Guid>(type: "uuid", nullable: false),
                    DependsOnStepId = table.Column<Guid>(type: "uuid", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedBy = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StepWaits", x => x.Id);
                    table.ForeignKey(
                        name: "FK_StepWaits_ActionSteps_DependsOnStepId",
                        column: x => x.DependsOnStepId,
                        principalTable: "ActionSteps",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_StepWaits_ActionSteps_StepId",
                        column: x => x.StepId,
                        principalTable: "ActionSteps",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_StepWaits_Plans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "Plans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ActionPlanApprovals_PlanId_ApprovedAt",
                table: "ActionPlanApprovals",
                columns: new[] { "PlanId", "ApprovedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_ActionPlanApprovals_SnapshotId",
                table: "ActionPlanApprovals",
                column: "SnapshotId");

            migrationBuilder.CreateIndex(
                name: "IX_ActionSteps_FirstStepId",
                table: "ActionSteps",
                column: "FirstStepId");

            migrationBuilder.CreateIndex(
                name: "IX_ActionSteps_IndicatorId",
                table: "ActionSteps",
                column: "IndicatorId");

            migrationBuilder.CreateIndex(
                name: "IX_ActionSteps_PlanId",
                table: "ActionSteps",
                column: "PlanId");

            migrationBuilder.CreateIndex(
                name: "IX_ActionSteps_StrategyId_Position",
                table: "ActionSteps",
                columns: new[] { "StrategyId", "Position" });

            migrationBuilder.CreateIndex(
                name: "IX_RaciCells_MemberId",
                table: "RaciCells",
                column: "MemberId");

            migrationBuilder.CreateIndex(
                name: "IX_RaciCells_PlanId",
                table: "RaciCells",
                column: "PlanId");

            migrationBuilder.CreateIndex(
                name: "IX_RaciCells_StepId_MemberId",
                table: "RaciCells",
                columns: new[] { "StepId", "MemberId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_StepWaits_DependsOnStepId",
                table: "StepWaits",
                column: "DependsOnStepId");

            migrationBuilder.CreateIndex(
                name: "IX_StepWaits_PlanId",
                table: "StepWaits",
                column: "PlanId");

            migrationBuilder.CreateIndex(
                name: "IX_StepWaits_StepId_DependsOnStepId",
                table: "StepWaits",
                columns: new[] { "StepId", "DependsOnStepId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Strategies_CanvasItemId",
                table: "Strategies",
                column: "CanvasItemId");

            migrationBuilder.CreateIndex(
                name: "IX_Strategies_PlanId",
                table: "Strategies",
                column: "PlanId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ActionPlanApprovals");

            migrationBuilder.DropTable(
                name: "RaciCells");

            migrationBuilder.DropTable(
                name: "StepWaits");

            migrationBuilder.DropTable(
                name: "ActionSteps");

            migrationBuilder.DropTable(
                name: "Strategies");
        }
    }
}
