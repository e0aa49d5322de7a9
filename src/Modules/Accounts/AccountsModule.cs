using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Quartz;
using Verzuim.Accounts.ApiClients;
using Verzuim.Accounts.Contracts;
using Verzuim.Accounts.Data;
using Verzuim.Accounts.Domain;
using Verzuim.Accounts.Employees;
using Verzuim.Accounts.EmployerUsers;
using Verzuim.Accounts.Employers;
using Verzuim.Accounts.GraphQL;
using Verzuim.Accounts.Invitations;
using Verzuim.Accounts.Invitations.Reminders;
using Verzuim.Accounts.Login;
using Verzuim.Accounts.Operations;
using Verzuim.Accounts.PasswordReset;
using Verzuim.Accounts.Passwords;
using Verzuim.Accounts.Sessions;
using Verzuim.Accounts.Shared;
using Verzuim.Accounts.Throttling;
using Verzuim.BuildingBlocks.Callers;
using Verzuim.BuildingBlocks.Configuration;
using Verzuim.BuildingBlocks.Email;
using Verzuim.BuildingBlocks.Idempotency;
using Verzuim.BuildingBlocks.Persistence;

namespace Verzuim.Accounts;

/// <summary>
/// The Accounts module: employers, employees, invitations, passwords, sessions and API clients.
/// Everything in it is internal; this registration, its GraphQL contributions and <see cref="IAccountsOperator"/> are its surface.
/// </summary>
public static class AccountsModule
{
    public static IServiceCollection AddAccountsModule(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<AccountsDbContext>(AccountsDbContext.Schema);
        services.AddEmailOutbox<AccountsDbContext>();
        services.AddIdempotentRequests<AccountsDbContext>();
        services.AddValidatedOptions<PortalOptions>(configuration.GetSection(PortalOptions.Section));

        var section = configuration.GetSection("Accounts");
        services.AddValidatedOptions<SessionLifetime>(section.GetSection("Sessions"));
        services.AddValidatedOptions<LoginLimitsOptions>(section.GetSection("LoginLimits"));
        services.AddValidatedOptions<PasswordHashingOptions>(section.GetSection("PasswordHashing"));
        services.AddSingleton(provider => new PasswordHasher(provider.GetRequiredService<PasswordHashingOptions>().Iterations));
        services.AddSingleton<PasswordHashingGate>();
        services.AddSingleton<SourceAddressLimiter>();
        services.AddSingleton<PortalLinks>();

        services.AddScoped<ICallerAuthenticator, CallerAuthenticator>();
        services.AddScoped<IAccountSessions, AccountSessions>();
        services.AddScoped<IAccountDirectory, AccountDirectory>();
        AddUseCases(services);
        services.AddAccountsSchema();
        AddReminderJob(services, section.GetValue("Reminders:IntervalSeconds", 60));
        services.AddScoped<IAccountsOperator, AccountsOperator>();
        return services;
    }

    private static void AddUseCases(IServiceCollection services)
    {
        Type[] useCases =
        [
            typeof(SessionIssuer), typeof(LogIn), typeof(LogOut), typeof(LoginThrottling), typeof(ChangePassword),
            typeof(RequestPasswordReset), typeof(ResetPassword),
            typeof(InvitationMailer), typeof(InviteEmployees), typeof(ResendInvitation), typeof(RevokeInvitation),
            typeof(ValidateInvitation), typeof(CompleteRegistration), typeof(SendInvitationReminders), typeof(InvitationQueries),
            typeof(UpsertEmployees), typeof(EmployeeQueries),
            typeof(EmployerLookup), typeof(EmployerRows), typeof(UpdateEmployerSettings),
            typeof(CreateEmployerUser), typeof(DeactivateEmployerUser),
            typeof(CreateApiClient), typeof(RevokeApiClient),
            typeof(ViewerQuery),
        ];
        foreach (var useCase in useCases)
        {
            services.AddScoped(useCase);
        }
    }

    private static void AddReminderJob(IServiceCollection services, int intervalSeconds) =>
        services.AddQuartz(quartz =>
        {
            quartz.AddJob<InvitationReminderJob>(job => job.WithIdentity(InvitationReminderJob.Key));
            quartz.AddTrigger(trigger => trigger.ForJob(InvitationReminderJob.Key)
                .WithIdentity("invitation-reminders-trigger", "accounts")
                .StartNow()
                .WithSimpleSchedule(schedule => schedule.WithInterval(TimeSpan.FromSeconds(intervalSeconds)).RepeatForever()));
        });
}
