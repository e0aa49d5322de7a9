namespace Verzuim.SecondFactor.Contracts;

/// <summary>What the login needs to know: whether the account can pass a second factor now, or must set one up.</summary>
public interface ISecondFactors
{
    /// <summary>True when the account has a confirmed factor of a method its employer still allows.</summary>
    Task<bool> HasUsableFactorAsync(Guid accountId, Guid employerId, CancellationToken cancellationToken);
}
