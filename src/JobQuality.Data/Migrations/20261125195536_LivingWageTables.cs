using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace JobQuality.Data.Migrations
{
    /// <inheritdoc />
    public partial class LivingWageTables : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "LivingWageTables",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "uuid", nullable: false),
                    SourceName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    VintageYear = table.Column<int>(type: "integer", nullable: false),
                    FileName = table.Column<string>(type: "character varying(260)", maxLength: 260, nullable: false),
                    RowCount = table.Column<int>(type: "integer", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedBy = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LivingWageTables", x => x.Id);
                    table.CheckConstraint("CK_LivingWageTables_VintageYear", "\"VintageYear\" BETWEEN 1990 AND 2100");
                    table.ForeignKey(
                        name: "FK_LivingWageTables_Organizations_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "LivingWageRates",
                columns: table => new
                {
                    TableId = table.Column<Guid>(type: "uuid", nullable: false),
                    CountyFips = table.Column<string>(type: "character(5)", nullable: false),
                    HouseholdType = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    HourlyWage = table.Column<decimal>(type: "numeric", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LivingWageRates", x => new { x.TableId, x.CountyFips, x.HouseholdType });
                    table.ForeignKey(
                        name: "FK_LivingWageRates_LivingWageTables_TableId",
                        column: x => x.TableId,
                        principalTable: "LivingWageTables",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_LivingWageTables_OrganizationId_VintageYear",
                table: "LivingWageTables",
                columns: new[] { "OrganizationId", "VintageYear" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "LivingWageRates");

            migrationBuilder.DropTable(
                name: "LivingWageTables");
        }
    }
}
