namespace Verzuim.SecondFactor.SecurityKeys;

internal sealed class CompleteSecurityKeyRegistrationInput
{
    public string Attestation { get; init; } = "";
    public string? Name { get; init; }
}

internal sealed class VerifySecurityKeyInput
{
    public string Assertion { get; init; } = "";
}
