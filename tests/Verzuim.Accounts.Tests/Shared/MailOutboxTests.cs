using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using Verzuim.BuildingBlocks.Email;

namespace Verzuim.Accounts.Tests.Shared;

/// <summary>SECURITY.md, "Outbox": what waits is sealed, what was sent is recorded mail by mail, what is parked is seen.</summary>
public sealed class MailOutboxTests : IAsyncLifetime
{
    private readonly OutboxApiFactory api = new();

    public Task InitializeAsync() => api.InitializeAsync();

    public async Task DisposeAsync() => await api.DisposeAsync();

    [Fact]
    public async Task A_waiting_invitation_holds_no_readable_link_and_a_delivered_one_no_body_at_all()
    {
        var employer = await TestEmployer.CreateAsync(api);
        var employee = await employer.AddEmployeeAsync();
        api.Transport.FailEverySend = true;

        (await employer.AsHr(Gql.InviteEmployee, new { input = new { employeeId = employee.Id } })).UserErrors("inviteEmployee").ShouldBeEmpty();
        await api.Transport.WaitForAttemptsAsync(1);
        var waiting = await Database.DumpAccountsSchemaAsync(api.ConnectionString);
        api.Transport.FailEverySend = false;
        await Database.ExecuteAsync(api.ConnectionString, "UPDATE accounts.outbox_emails SET next_attempt_at = now() WHERE sent_at IS NULL");
        api.Services.GetRequiredService<OutboxSignal>().Notify();
        var mail = await api.Smtp.WaitForMailAsync(employee.Email, "Uitnodiging", TimeSpan.FromMinutes(2));
        await Database.WaitForOutboxAsync(api.ConnectionString);

        var token = MailLinks.Token(mail, "uitnodiging");
        waiting.ShouldNotContain(token);
        waiting.ShouldNotContain("/uitnodiging/");
        (await BodiesAsync(employee.Email)).ShouldBe([(null, null)]);
    }

    [Fact]
    public async Task A_mail_that_fails_its_last_attempt_is_parked_without_its_body_and_shows_on_readiness_and_in_a_metric()
    {
        using var parked = new ParkedCounter(api.Services.GetRequiredService<IMeterFactory>());
        var employer = await TestEmployer.CreateAsync(api);
        var employee = await employer.AddEmployeeAsync();
        var client = api.CreateClient();
        var readyBefore = await client.GetStringAsync("/health/ready");
        api.Transport.FailEverySend = true;

        await employer.AsHr(Gql.InviteEmployee, new { input = new { employeeId = employee.Id } });
        await api.Transport.WaitForAttemptsAsync(1);
        // Eleven failures back off over hours; the row is put just before its last attempt.
        await Database.ExecuteAsync(api.ConnectionString,
            "UPDATE accounts.outbox_emails SET attempts = $1, next_attempt_at = now() - interval '1 minute' WHERE recipient = $2 AND sent_at IS NULL",
            OutboxEmail.MaxAttempts - 1, employee.Email);
        api.Services.GetRequiredService<OutboxSignal>().Notify();
        await WaitUntilAsync(async () => parked.Total == 1);

        readyBefore.ShouldBe("Healthy");
        (await client.GetStringAsync("/health/ready")).ShouldBe("Degraded");
        (await BodiesAsync(employee.Email)).ShouldBe([(null, null)]);
        var attempts = await Database.QueryAsync(api.ConnectionString, "SELECT attempts, sent_at FROM accounts.outbox_emails WHERE recipient = $1", employee.Email);
        attempts.Single().ShouldBe([OutboxEmail.MaxAttempts, null]);
    }

    [Fact]
    public async Task A_round_that_fails_half_way_keeps_the_record_of_the_mails_already_sent()
    {
        var employer = await TestEmployer.CreateAsync(api);
        var first = await employer.AddEmployeeAsync();
        var second = await employer.AddEmployeeAsync();
        api.Transport.HoldTheSecondSendFromNow();

        await employer.AsHr(Gql.InviteEmployees, new { input = new { employeeIds = new[] { first.Id, second.Id } } });
        await api.Transport.SecondSendStarted.Task.WaitAsync(TimeSpan.FromSeconds(30));
        // The dispatcher's connection dies while the second mail is on its way, as when PostgreSQL restarts.
        await Database.ExecuteAsync(api.ConnectionString,
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid() AND state = 'idle in transaction'");
        api.Transport.ReleaseSecondSend();
        await WaitUntilAsync(async () => (long)(await Database.QueryAsync(api.ConnectionString, "SELECT count(*) FROM accounts.outbox_emails WHERE sent_at IS NULL"))[0][0]! == 0);

        var firstSent = api.Transport.Delivered.First();
        api.Transport.Delivered.Count(recipient => recipient == firstSent).ShouldBe(1);
        api.Smtp.MailsTo(first.Email, "Uitnodiging").Count.ShouldBeGreaterThanOrEqualTo(1);
        api.Smtp.MailsTo(second.Email, "Uitnodiging").Count.ShouldBeGreaterThanOrEqualTo(1);
    }

    private async Task<List<(string?, string?)>> BodiesAsync(string recipient) =>
        [.. (await Database.QueryAsync(api.ConnectionString, "SELECT html_body, text_body FROM accounts.outbox_emails WHERE recipient = $1", recipient))
            .Select(row => ((string?)row[0], (string?)row[1]))];

    private static async Task WaitUntilAsync(Func<Task<bool>> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException("The outbox did not get there within 60 s.");
            }
            await Task.Delay(100);
        }
    }

    /// <summary>The Host with its own transport wrapped, so a test can make delivery fail or pause.</summary>
    private sealed class OutboxApiFactory : VerzuimApiFactory
    {
        public ControllableTransport Transport { get; private set; } = null!;

        protected override void ConfigureServices(IServiceCollection services)
        {
            var configured = services.Last(service => service.ServiceType == typeof(IEmailTransport));
            services.Remove(configured);
            services.AddSingleton<IEmailTransport>(provider =>
                Transport = new ControllableTransport((IEmailTransport)configured.ImplementationFactory!(provider)));
        }
    }

    private sealed class ControllableTransport(IEmailTransport smtp) : IEmailTransport
    {
        private readonly TaskCompletionSource release = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private int attempts;

        public bool FailEverySend { get; set; }

        private int heldAttempt = int.MaxValue;

        public void HoldTheSecondSendFromNow() => Volatile.Write(ref heldAttempt, Volatile.Read(ref attempts) + 2);

        public TaskCompletionSource SecondSendStarted { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public System.Collections.Concurrent.ConcurrentQueue<string> Delivered { get; } = new();

        public void ReleaseSecondSend() => release.TrySetResult();

        public async Task WaitForAttemptsAsync(int count)
        {
            var deadline = DateTime.UtcNow.AddSeconds(30);
            while (Volatile.Read(ref attempts) < count && DateTime.UtcNow < deadline)
            {
                await Task.Delay(20);
            }
            Volatile.Read(ref attempts).ShouldBeGreaterThanOrEqualTo(count);
        }

        public async Task SendAsync(EmailMessage message, string messageId, CancellationToken cancellationToken)
        {
            var attempt = Interlocked.Increment(ref attempts);
            if (FailEverySend)
            {
                throw new IOException("The mail relay refused the connection.");
            }
            if (attempt == Volatile.Read(ref heldAttempt))
            {
                SecondSendStarted.TrySetResult();
                await release.Task.WaitAsync(cancellationToken);
            }
            await smtp.SendAsync(message, messageId, cancellationToken);
            Delivered.Enqueue(messageId);
        }
    }

    /// <summary>Adds up `verzuim.email.parked` of this Host only.</summary>
    private sealed class ParkedCounter : IDisposable
    {
        private readonly MeterListener listener = new();
        private long total;

        public ParkedCounter(IMeterFactory meters)
        {
            // Creating the meter through the Host's factory returns the Host's own instance, so only its instruments are heard.
            var hostMeter = meters.Create("Verzuim.Email");
            listener.InstrumentPublished = (instrument, l) =>
            {
                if (instrument.Meter == hostMeter && instrument.Name == "verzuim.email.parked")
                {
                    l.EnableMeasurementEvents(instrument);
                }
            };
            listener.SetMeasurementEventCallback<long>((_, value, _, _) => Interlocked.Add(ref total, value));
            listener.Start();
        }

        public long Total => Interlocked.Read(ref total);

        public void Dispose() => listener.Dispose();
    }
}
