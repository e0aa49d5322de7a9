using Microsoft.EntityFrameworkCore;
using Verzuim.Accounts.Data;
using Verzuim.Accounts.Domain;
using Verzuim.Accounts.Shared;
using Verzuim.BuildingBlocks;
using Verzuim.BuildingBlocks.Errors;
using Verzuim.BuildingBlocks.Persistence;
using Verzuim.Dates;

namespace Verzuim.Accounts.Employees;

internal sealed record UpsertEmployeesPayload(IReadOnlyList<Employee> Employees, int Created, int Updated, IReadOnlyList<UserError> Errors) : IPayload;

/// <summary>
/// Payroll's way in (DOMAIN §9): up to 500 employees at a time, created or updated by external key, so sending the
/// same batch twice changes nothing. All or nothing: one invalid employee stops the batch, and every problem is named.
/// </summary>
internal sealed class UpsertEmployees(AccountsDbContext db, TimeProvider clock)
{
    private const int Attempts = 3;

    public async Task<UpsertEmployeesPayload> HandleAsync(Guid employerId, IReadOnlyList<EmployeeInput> input, CancellationToken cancellationToken)
    {
        var validation = new EmployeeBatchValidation(DutchDates.Today(clock));
        var details = validation.Validate(input);
        if (validation.Errors.Count > 0)
        {
            return Failed(validation.Errors);
        }
        // A concurrent batch may insert the same new employee first; the retry then finds it and updates it.
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await SaveAsync(employerId, details, cancellationToken);
            }
            catch (DbUpdateException error) when (error.IsUniqueViolation() && attempt < Attempts)
            {
                db.ChangeTracker.Clear();
            }
            catch (DbUpdateException error) when (error.IsUniqueViolation())
            {
                return Failed([UserError.For(AccountsErrorCodes.Conflict, "These employees were changed at the same moment by another request. Send the batch again.", "input", "employees")]);
            }
        }
    }

    private async Task<UpsertEmployeesPayload> SaveAsync(Guid employerId, IReadOnlyList<EmployeeDetails> batch, CancellationToken cancellationToken)
    {
        var keys = batch.Select(e => e.ExternalKey).ToList();
        var emails = batch.Select(e => EmailAddress.Normalize(e.Email)).ToList();
        var existing = await db.Employees.Where(e => e.EmployerId == employerId && keys.Contains(e.ExternalKey)).ToDictionaryAsync(e => e.ExternalKey, cancellationToken);
        var emailOwners = await db.Employees.Where(e => e.EmployerId == employerId && emails.Contains(e.EmailNormalized))
            .Select(e => new { e.EmailNormalized, e.ExternalKey }).ToDictionaryAsync(e => e.EmailNormalized, e => e.ExternalKey, cancellationToken);
        var taken = batch.Select((employee, index) => (employee, index))
            .Where(item => emailOwners.TryGetValue(emails[item.index], out var owner) && owner != item.employee.ExternalKey)
            .Select(item => UserError.For(AccountsErrorCodes.EmailInUse, "Another employee of this employer has this e-mail address.",
                "input", "employees", item.index.ToString(), "email"))
            .ToList();
        if (taken.Count > 0)
        {
            return Failed(taken);
        }

        var now = clock.GetUtcNow();
        var saved = batch.Select(details =>
        {
            if (existing.TryGetValue(details.ExternalKey, out var employee))
            {
                employee.Update(details, now);
                return employee;
            }
            employee = Employee.Create(employerId, details, now);
            db.Employees.Add(employee);
            return employee;
        }).ToList();
        await db.SaveChangesAsync(cancellationToken);
        return new UpsertEmployeesPayload(saved, saved.Count - existing.Count, existing.Count, []);
    }

    private static UpsertEmployeesPayload Failed(IReadOnlyList<UserError> errors) => new([], 0, 0, errors);
}

internal sealed class UpsertEmployeesInput
{
    public List<EmployeeInput> Employees { get; init; } = [];
}
