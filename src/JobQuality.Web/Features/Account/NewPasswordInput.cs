using System.ComponentModel.DataAnnotations;
using JobQuality.Data.Identity;

namespace JobQuality.Web.Features.Account;

/// <summary>A new password typed twice. Identity's validators (length, common passwords) run when it is saved.</summary>
public class NewPasswordInput
{
    [Required(ErrorMessage = "Enter a new password.")]
    [StringLength(128, MinimumLength = JobQualityIdentity.MinimumPasswordLength,
        ErrorMessage = "Use at least {2} characters (and no more than {1}).")]
    public string Password { get; set; } = "";

    [Compare(nameof(Password), ErrorMessage = "The two passwords do not match.")]
    public string ConfirmPassword { get; set; } = "";
}
