using FluentValidation;
using JobQuality.Core.Accounts;
using JobQuality.Data;
using JobQuality.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace JobQuality.Web.Features.Tokens;

/// <summary>
/// Makes an API token for the signed-in person. The full token is in the result and nowhere else: only its hash
/// is stored, so it cannot be shown again.
/// </summary>
public static class CreateToken
{
    /// <summary>A person can hold this many tokens that still work; revoked and expired ones do not count.</summary>
    public const int MaxActiveTokens = 50;

    public sealed class Command
    {
        /// <summary>What the token is for, so its owner knows which one to revoke later.</summary>
        public string Name { get; set; } = "";
        public TokenLifetime Lifetime { get; set; } = TokenLifetime.NinetyDays;
    }

    public sealed record Created(TokenView Token, string Secret);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Name).NotEmpty().WithMessage("Say what the token is for, for example \"Nightly import script\".")
                .MaximumLength(PersonalAccessToken.NameMaxLength)
                .WithMessage($"Keep the name to {PersonalAccessToken.NameMaxLength} characters or fewer.");
            RuleFor(c => c.Lifetime).IsInEnum().WithMessage("Choose when the token should stop working.");
        }
    }

    public sealed class Handler(
        IDbContextFactory<AppDbContext> dbFactory, ICurrentUser currentUser, IValidator<Command> validator, TimeProvider clock, ILogger<Handler> logger)
    {
        public async Task<Outcome<Created>> HandleAsync(Command command, CancellationToken ct = default)
        {
            if (currentUser.UserId is not { } userId) return Outcome<Created>.NotAllowed();
            var validation = await validator.ValidateAsync(command, ct);
            if (!validation.IsValid) return Outcome<Created>.Invalid(validation);

            await using var db = await dbFactory.CreateDbContextAsync(ct);
            var now = clock.GetUtcNow();
            var active = await db.PersonalAccessTokens
                .CountAsync(t => t.UserId == userId && t.RevokedAt == null && (t.ExpiresAt == null || t.ExpiresAt > now), ct);
            if (active >= MaxActiveTokens)
            {
                return Outcome<Created>.Invalid(nameof(Command.Name),
                    $"You already have {MaxActiveTokens} working tokens. Revoke one you no longer use, then make a new one.");
            }

            var (secret, prefix, hash) = TokenFormat.Generate();
            var token = new PersonalAccessToken
            {
                UserId = userId,
                Name = command.Name.Trim(),
                Prefix = prefix,
                Hash = hash,
                CreatedAt = now,
                ExpiresAt = command.Lifetime.Duration() is { } duration ? now + duration : null,
            };
            db.PersonalAccessTokens.Add(token);
            await db.SaveChangesAsync(ct);
            logger.LogInformation("User {UserId} created API token {TokenId} ({TokenPrefix})", userId, token.Id, prefix);
            return Outcome<Created>.Ok(new Created(TokenView.From(token, now), secret));
        }
    }
}
