using System.ComponentModel.DataAnnotations;

namespace Verzuim.Accounts.Throttling;

/// <summary>Configured under Accounts:LoginLimits; the ranges are checked at start.</summary>
internal sealed class LoginLimitsOptions
{
    [Range(1, 1_000_000)]
    public int FailuresPerSource { get; set; } = 100;

    [Range(1, 86_400)]
    public int SourceWindowSeconds { get; set; } = 900;
}
