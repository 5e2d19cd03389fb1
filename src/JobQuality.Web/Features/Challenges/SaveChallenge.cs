using FluentValidation;
using JobQuality.Core.Challenges;
using JobQuality.Core.Common;
using JobQuality.Data;
using JobQuality.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace JobQuality.Web.Features.Challenges;

/// <summary>
/// Saves a whole entry from the version the user started with (fields as text: the status by name, the owner as a team
/// member id or empty). If someone else saved it in between, nothing is written and their version comes back.
/// </summary>
public static class SaveChallenge
{
    public sealed record Command(Guid PlanId, Guid ChallengeId, uint Version, string Title, string Response, string Notes, string Status, string OwnerMemberId);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Title).IsAChallengeTitle();
            RuleFor(c => c.Response).FitsAResponse();
            RuleFor(c => c.Notes).Must(n => n.Trim().Length <= Challenge.NotesMaxLength)
                .WithMessage($"Keep the notes to {Challenge.NotesMaxLength} characters or fewer.");
            RuleFor(c => c.Status).Must(s => EnumNames.Parse<ChallengeStatus>(s) is not null).WithMessage("Choose open, being addressed or resolved.");
            RuleFor(c => c.OwnerMemberId).Must(o => o.Length == 0 || Guid.TryParse(o, out _)).WithMessage(OwnerMessage);
        }
    }

    private const string OwnerMessage = "The owner must be someone on this plan's team.";

    public sealed class Handler(IDbContextFactory<AppDbContext> dbFactory, AccessControl access, IValidator<Command> validator)
    {
        public async Task<Outcome<ChallengeView>> HandleAsync(Command command, CancellationToken ct = default)
        {
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            var found = await access.FindPlanAsync(db, command.PlanId, ct);
            if (found is null) return Outcome<ChallengeView>.NotFound();
            var challenge = await db.Challenges.FirstOrDefaultAsync(c => c.Id == command.ChallengeId && c.PlanId == command.PlanId, ct);
            if (challenge is null) return Outcome<ChallengeView>.NotFound();
            if (!found.CanEdit || found.Plan.IsArchived) return Outcome<ChallengeView>.NotAllowed();
            var validation = await validator.ValidateAsync(command, ct);
            if (!validation.IsValid) return Outcome<ChallengeView>.Invalid(validation);
            if (challenge.Version != command.Version) return Outcome<ChallengeView>.Conflict(ChallengeView.From(challenge));

            Guid? owner = command.OwnerMemberId.Length == 0 ? null : Guid.Parse(command.OwnerMemberId);
            if (owner is { } ownerId && !await db.TeamMembers.AnyAsync(m => m.Id == ownerId && m.PlanId == command.PlanId, ct))
            {
                return Outcome<ChallengeView>.Invalid(ChallengeFields.OwnerMemberId, OwnerMessage);
            }

            db.Entry(challenge).Property(c => c.Version).OriginalValue = command.Version;
            challenge.Title = command.Title.Trim();
            challenge.Response = command.Response.Trim();
            challenge.Notes = command.Notes.Trim();
            challenge.Status = EnumNames.Parse<ChallengeStatus>(command.Status)!.Value;
            challenge.OwnerMemberId = owner;
            return await dbFactory.SaveOrConflictAsync(db, challenge, c => c.Id == command.ChallengeId, ChallengeView.From, ct);
        }
    }
}
