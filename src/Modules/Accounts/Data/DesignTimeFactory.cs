using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Verzuim.BuildingBlocks.Persistence;

namespace Verzuim.Accounts.Data;

/// <summary>Lets `dotnet ef migrations add` build the model without starting the Host; it never connects.</summary>
internal sealed class DesignTimeFactory : IDesignTimeDbContextFactory<AccountsDbContext>
{
    public AccountsDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<AccountsDbContext>();
        options.UseModuleSchema("Host=localhost;Database=verzuim_design", AccountsDbContext.Schema);
        return new AccountsDbContext(options.Options);
    }
}
