using JobQuality.Data;
using JobQuality.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace JobQuality.Web.Features.Comments;

/// <summary>
/// The people a comment on the plan may mention: the organization's staff, directors and administrators, and the
/// partners added to this plan. Names and roles only (no email addresses: partners see this list too).
/// </summary>
public static class ListMentionableMembers
{
    public sealed class Handler(IDbContextFactory<AppDbContext> dbFactory, AccessControl access)
    {
        public async Task<Outcome<IReadOnlyList<MemberView>>> HandleAsync(Guid planId, CancellationToken ct = default)
        {
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            var found = await access.FindPlanAsync(db, planId, ct);
            if (found is null) return Outcome<IReadOnlyList<MemberView>>.NotFound();
            return Outcome<IReadOnlyList<MemberView>>.Ok(await CommentRules.MembersAsync(db, planId, found.Plan.OrganizationId, ct));
        }
    }
}
