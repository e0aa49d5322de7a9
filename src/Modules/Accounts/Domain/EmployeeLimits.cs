namespace Verzuim.Accounts.Domain;

internal static class EmployeeLimits
{
    public const int ExternalKey = 64;
    public const int Name = 100;
    public const int LastNamePrefix = 30;
    public const int MaxBatch = 500;
}
