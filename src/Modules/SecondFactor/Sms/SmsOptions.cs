using System.ComponentModel.DataAnnotations;

namespace Verzuim.SecondFactor.Sms;

internal sealed class SmsOptions
{
    public const string Section = "Sms";

    public SmsDelivery Delivery { get; set; } = SmsDelivery.MessageBird;

    public MessageBirdOptions MessageBird { get; set; } = new();
}

internal enum SmsDelivery
{
    MessageBird,

    /// <summary>Writes each SMS to the development outbox. Refused outside the Development environment.</summary>
    DevelopmentOutbox,
}

internal sealed class MessageBirdOptions
{
    [Url]
    public string BaseUrl { get; set; } = "https://rest.messagebird.com/";

    public string AccessKey { get; set; } = "";

    /// <summary>The sender shown on the phone: at most 11 characters.</summary>
    [MaxLength(11)]
    public string Originator { get; set; } = "Verzuim";

    /// <summary>How long to wait for MessageBird before telling the user to choose another method.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(5);
}
