namespace Verzuim.Accounts.Domain;

/// <summary>A row that belongs to one employer, and that only that employer's users may list.</summary>
internal interface IEmployerOwned
{
    Guid EmployerId { get; }
}
