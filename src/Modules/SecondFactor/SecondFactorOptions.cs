using System.ComponentModel.DataAnnotations;
using Verzuim.BuildingBlocks;

namespace Verzuim.SecondFactor;

/// <summary>The module's settings: the key that seals second-factor secrets, and the name authenticator apps show.</summary>
internal sealed class SecondFactorOptions : IValidatableObject
{
    public const string Section = "SecondFactor";

    /// <summary>Base64 of 32 random bytes. Losing it makes every authenticator app unusable; rotate with care.</summary>
    [Required]
    public string SecretKey { get; set; } = "";

    /// <summary>How the account appears in authenticator apps.</summary>
    public string Issuer { get; set; } = "Werknemerportaal";

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!Sealed.IsKey(SecretKey))
        {
            yield return new ValidationResult("SecondFactor:SecretKey must be the base64 of exactly 32 random bytes.", [nameof(SecretKey)]);
        }
    }
}
