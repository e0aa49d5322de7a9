namespace Verzuim.SecondFactor.Sms;

internal sealed class BeginSmsEnrollmentInput
{
    public string PhoneNumber { get; init; } = "";
}

internal sealed class ConfirmSmsEnrollmentInput
{
    public Guid FactorId { get; init; }
    public string Code { get; init; } = "";
}

internal sealed class SendSmsCodeInput
{
    public Guid? FactorId { get; init; }
}
