using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace JobQuality.Data.Migrations
{
    /// <summary>
    /// A plan's snapshot names are unique whatever their case, in the database too: two people naming a snapshot alike
    /// at the same moment can no longer both succeed. Names already doubled get " (2)", " (3)"… first.
    /// </summary>
    public partial class SnapshotNamesUnique : Migration
    {
        /// <summary>The index's name; the snapshot handler recognises a refused name by it.</summary>
        public const string IndexName = "IX_PlanSnapshots_PlanId_LowerName";

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                WITH numbered AS (
                    SELECT "Id", row_number() OVER (PARTITION BY "PlanId", lower("Name") ORDER BY "TakenAt", "Id") AS n
                    FROM "PlanSnapshots")
                UPDATE "PlanSnapshots" AS s
                SET "Name" = left(s."Name", 110) || ' (' || numbered.n || ')'
                FROM numbered
                WHERE numbered."Id" = s."Id" AND numbered.n > 1;
                """);
            migrationBuilder.Sql($"""CREATE UNIQUE INDEX "{IndexName}" ON "PlanSnapshots" ("PlanId", lower("Name"));""");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql($"""DROP INDEX "{IndexName}";""");
        }
    }
}
