using JobQuality.Core.Accounts;
using JobQuality.Data.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace JobQuality.Data.Configurations;

internal sealed class PersonalAccessTokenConfiguration : IEntityTypeConfiguration<PersonalAccessToken>
{
    public void Configure(EntityTypeBuilder<PersonalAccessToken> entity)
    {
        entity.Property(t => t.UserId).HasMaxLength(450).IsRequired();
        entity.HasOne<AppUser>().WithMany().HasForeignKey(t => t.UserId).OnDelete(DeleteBehavior.Cascade);
        entity.Property(t => t.Name).HasMaxLength(PersonalAccessToken.NameMaxLength).IsRequired();
        entity.Property(t => t.Prefix).HasMaxLength(PersonalAccessToken.PrefixLength).IsRequired();
        entity.Property(t => t.Hash).HasMaxLength(PersonalAccessToken.HashLength).IsRequired();
        // Every API call finds its token by prefix.
        entity.HasIndex(t => t.Prefix).IsUnique();
        entity.HasIndex(t => t.UserId);
        entity.Ignore(t => t.IsRevoked);
    }
}
