namespace Verzuim.BuildingBlocks.Email;

/// <summary>A rendered e-mail to one recipient: a Dutch HTML body and the same text as plain text.</summary>
public sealed record EmailMessage(string To, string Subject, string HtmlBody, string TextBody);
