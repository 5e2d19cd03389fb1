using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace JobQuality.Data.Migrations
{
    /// <inheritdoc />
    public partial class PlacementRowHash : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Placements_OrganizationId_PlacementDate",
                table: "Placements");

            migrationBuilder.AddColumn<byte[]>(
                name: "RowHash",
                table: "Placements",
                type: "bytea",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "RowHash",
                table: "Placements");

            migrationBuilder.CreateIndex(
                name: "IX_Placements_OrganizationId_PlacementDate",
                table: "Placements",
                columns: new[] { "OrganizationId", "PlacementDate" });
        }
    }
}
