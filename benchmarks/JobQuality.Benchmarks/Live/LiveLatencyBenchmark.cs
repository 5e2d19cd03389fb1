using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Threading.Channels;
using JobQuality.Core.Accounts;
using JobQuality.Core.Canvas;
using JobQuality.Core.Organizations;
using JobQuality.Core.Plans;
using JobQuality.Data;
using JobQuality.Data.Identity;
using JobQuality.Data.Live;
using JobQuality.Web.Infrastructure.Live;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace JobQuality.Benchmarks.Live;

/// <summary>
/// How long a plan change takes to reach another app instance: two real app instances (Kestrel, each with its own
/// <c>PlanChangeListener</c>) in this process on a database of their own, changes made over HTTP through instance A (the
/// REST API calls the same handlers as the pages), and subscribers of instance B's <c>PlanChangeFeed</c>, as a circuit
/// subscribes. Every time is read with <see cref="Stopwatch.GetTimestamp"/> in this one process, so A's and B's times
/// are on the same clock. Run: <c>dotnet run -c Release -- live-latency [N]</c>.
/// </summary>
internal static class LiveLatencyBenchmark
{
    public const string Command = "live-latency";
    public const string EnvironmentVariable = "JOBQUALITY_BENCH_POSTGRES";
    private const string TestEnvironmentVariable = "JOBQUALITY_TEST_POSTGRES";
    private const int Warmup = 50;
    private const string Anchor = "canvas-square/KeyPartners";
    private static readonly TimeSpan NoticeTimeout = TimeSpan.FromSeconds(10);
    private static readonly CanvasSquare[] Squares = Enum.GetValues<CanvasSquare>();

    private sealed record Scenario(string Name, int Subscribers, bool BackgroundWriter);

    private static readonly Scenario[] Scenarios =
    [
        new("quiet: 1 subscriber on B, no other writer", 1, false),
        new("loaded: 20 subscribers on B, another writer saving back-to-back through B", 20, true),
        // Again, warm: the first scenario also pays for the hosts' JIT warming up beyond the warm-up changes.
        new("quiet again: 1 subscriber on B, no other writer", 1, false),
    ];

    public static async Task<int> RunAsync(string[] args)
    {
        var n = 300;
        if (args.Length > 0 && (!int.TryParse(args[0], CultureInfo.InvariantCulture, out n) || n < 1))
        {
            Console.Error.WriteLine($"Usage: {Command} [N], N changes of each kind per scenario (default 300).");
            return 2;
        }
        var server = Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } fromBench ? fromBench
            : Environment.GetEnvironmentVariable(TestEnvironmentVariable);
        if (string.IsNullOrWhiteSpace(server))
        {
            Console.Error.WriteLine($"Set {EnvironmentVariable} (or {TestEnvironmentVariable}) to a PostgreSQL server connection string, " +
                "e.g. Host=127.0.0.1;Port=5432;Username=postgres; the benchmark creates and drops a database of its own there.");
            return 2;
        }

        var database = $"livebench_{Guid.NewGuid():N}";
        var connectionString = new NpgsqlConnectionStringBuilder(server) { Database = database }.ConnectionString;
        await AdminAsync(server, $"CREATE DATABASE \"{database}\"");
        try
        {
            await using (var db = NewContext(connectionString))
            {
                await db.Database.MigrateAsync();
            }
            var probe = new NotifyCommitProbe();
            await using var a = new LiveHost(connectionString, probe);
            await using var b = new LiveHost(connectionString, probe: null);
            await WaitUntilListeningAsync(a);
            await WaitUntilListeningAsync(b);
            // Each person may post 10 comments a minute: enough posters that none posts more than 9 in the whole run.
            var seed = await Seed.CreateAsync(a, connectionString, posters: ((Warmup + n) * Scenarios.Length / 9) + 1);
            using var clientA = new HttpClient { BaseAddress = AddressOf(a) };
            using var clientB = new HttpClient { BaseAddress = AddressOf(b) };

            Console.WriteLine($"Live update latency: {Environment.ProcessorCount} cores, load average {LoadAverage()}, database {database}");
            Console.WriteLine($"PostgreSQL {await ServerSettingsAsync(connectionString)}");
            Console.WriteLine($"Instance A {clientA.BaseAddress} (writes), instance B {clientB.BaseAddress} (subscribers); N = {n} per kind after {Warmup} warm-up changes each.");
            Console.WriteLine("Commit on A: when A sends COMMIT for a notice sent inside a transaction (a comment), or sends SELECT pg_notify " +
                "right after a plain save has committed (a canvas item, a form answer). Notice on B: when a subscriber of B's feed is called.");
            var kinds = Kinds(seed, clientA);
            foreach (var scenario in Scenarios)
            {
                await RunScenarioAsync(scenario, n, kinds, probe, b.Services.GetRequiredService<PlanChangeFeed>(), seed, clientB);
            }
            return 0;
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            await AdminAsync(server, $"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)");
        }
    }

    private static async Task RunScenarioAsync(
        Scenario scenario, int n, List<Kind> kinds, NotifyCommitProbe probe, PlanChangeFeed feedOfB, Seed seed, HttpClient clientB)
    {
        Console.WriteLine();
        Console.WriteLine($"## {scenario.Name} (load average before: {LoadAverage()})");
        var receivers = Enumerable.Range(0, scenario.Subscribers).Select(_ => new Receiver(feedOfB, seed.PlanId)).ToList();
        using var stopWriter = new CancellationTokenSource();
        var writer = scenario.BackgroundWriter ? Task.Run(() => WriteBackToBackAsync(clientB, seed, stopWriter.Token)) : Task.FromResult((Saves: 0, Elapsed: TimeSpan.Zero));
        var samples = kinds.ToDictionary(k => k.Name, _ => new List<Sample>());
        try
        {
            // Kinds take turns, so a change in the machine's load falls on all of them alike.
            for (var i = 0; i < Warmup + n; i++)
            {
                foreach (var kind in kinds)
                {
                    var sample = await MeasureAsync(kind, i, probe, receivers);
                    if (i >= Warmup) samples[kind.Name].Add(sample);
                }
            }
        }
        finally
        {
            await stopWriter.CancelAsync();
            var (saves, elapsed) = await writer;
            foreach (var receiver in receivers) receiver.Dispose();
            if (scenario.BackgroundWriter)
            {
                Console.WriteLine($"The other writer saved {saves} form answers through B meanwhile ({saves / Math.Max(elapsed.TotalSeconds, 0.001):N0} a second).");
            }
        }

        Console.WriteLine($"Load average after: {LoadAverage()}. Milliseconds:");
        Console.WriteLine();
        Console.WriteLine("| change | interval | N | median | p95 | p99 | max |");
        Console.WriteLine("| --- | --- | --- | --- | --- | --- | --- |");
        var lastOf = scenario.Subscribers == 1 ? "on B" : $"to all {scenario.Subscribers} subscribers on B";
        foreach (var kind in kinds)
        {
            var list = samples[kind.Name];
            Row(kind.Name, $"commit on A → notice {lastOf}", list.Select(s => s.CommitToLast));
            if (scenario.Subscribers > 1) Row(kind.Name, $"first → last of the {scenario.Subscribers} subscribers on B", list.Select(s => s.CommitToLast - s.CommitToFirst));
            Row(kind.Name, $"request start on A → notice {lastOf}", list.Select(s => s.RequestToLast));
            Row(kind.Name, "request start on A → response from A", list.Select(s => s.RequestToResponse));
            var beforeResponse = list.Count(s => s.RequestToLast < s.RequestToResponse);
            Console.WriteLine($"| {kind.Name} | notice on B before A's response | {beforeResponse} of {list.Count} | | | | |");
        }
    }

    private static async Task<Sample> MeasureAsync(Kind kind, int i, NotifyCommitProbe probe, List<Receiver> receivers)
    {
        probe.Clear();
        foreach (var receiver in receivers) receiver.DropStale();

        var start = Stopwatch.GetTimestamp();
        using (var response = await kind.SendAsync(i))
        {
            var body = await response.Content.ReadAsStringAsync();
            var responded = Stopwatch.GetTimestamp();
            if (!response.IsSuccessStatusCode)
            {
                throw new InvalidOperationException($"{kind.Name} {i}: {(int)response.StatusCode} {body}");
            }
            kind.Answered?.Invoke(body);

            var arrivals = new long[receivers.Count];
            PlanChangeNotice? first = null;
            for (var r = 0; r < receivers.Count; r++)
            {
                var (notice, at) = await receivers[r].NextAsync(kind.NoticeKind);
                if (first is not null && notice.Origin != first.Origin)
                {
                    throw new InvalidOperationException($"{kind.Name} {i}: subscribers received different notices.");
                }
                first ??= notice;
                arrivals[r] = at;
            }
            var committed = probe.CommittedAt(first!)
                ?? throw new InvalidOperationException($"{kind.Name} {i}: B received a notice that A's probe did not see sent ({first}).");
            return new Sample(
                CommitToLast: Milliseconds(arrivals.Max() - committed),
                CommitToFirst: Milliseconds(arrivals.Min() - committed),
                RequestToLast: Milliseconds(arrivals.Max() - start),
                RequestToResponse: Milliseconds(responded - start));
        }
    }

    private sealed record Sample(double CommitToLast, double CommitToFirst, double RequestToLast, double RequestToResponse);

    private sealed record Kind(string Name, PlanChangeKind NoticeKind, Func<int, Task<HttpResponseMessage>> SendAsync, Action<string>? Answered = null);

    /// <summary>A comment posted (a new thread: its own transaction), a canvas item added, a form answer saved (autosave).</summary>
    private static List<Kind> Kinds(Seed seed, HttpClient client)
    {
        var answerVersion = 0u;
        var comments = 0;
        return
        [
            new("comment posted", PlanChangeKind.Comment, i => client.SendAsync(Request(HttpMethod.Post, $"/api/plans/{seed.PlanId}/comments",
                seed.PosterTokens[comments++ % seed.PosterTokens.Count], new { anchor = Anchor, body = $"Live latency comment {i}." }))),
            new("canvas item added", PlanChangeKind.Content, i => client.SendAsync(Request(HttpMethod.Post, $"/api/plans/{seed.PlanId}/canvas/items",
                seed.StaffToken, new { square = Squares[i % Squares.Length].ToString(), text = $"Live latency item {i}" }))),
            new("form answer saved", PlanChangeKind.Content, i => client.SendAsync(Request(HttpMethod.Put, $"/api/plans/{seed.PlanId}/answers/foundations/standards",
                seed.StaffToken, new { version = answerVersion, text = $"County minimum wage, revision {i}." })),
                body => answerVersion = VersionOf(body)),
        ];
    }

    /// <summary>Another person autosaving a form answer of another plan through B, one save after the other, until stopped.</summary>
    private static async Task<(int Saves, TimeSpan Elapsed)> WriteBackToBackAsync(HttpClient client, Seed seed, CancellationToken stop)
    {
        var started = Stopwatch.StartNew();
        var saves = 0;
        var version = 0u;
        while (!stop.IsCancellationRequested)
        {
            using var response = await client.SendAsync(Request(HttpMethod.Put, $"/api/plans/{seed.OtherPlanId}/answers/foundations/commitments",
                seed.StaffToken, new { version, text = $"Background save {saves}." }), CancellationToken.None);
            var body = await response.Content.ReadAsStringAsync(CancellationToken.None);
            if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"Background save {saves}: {(int)response.StatusCode} {body}");
            version = VersionOf(body);
            saves++;
        }
        return (saves, started.Elapsed);
    }

    private static HttpRequestMessage Request(HttpMethod method, string path, string token, object body) => new(method, path)
    {
        Headers = { Authorization = new AuthenticationHeaderValue("Bearer", token) },
        Content = JsonContent.Create(body),
    };

    private static uint VersionOf(string answerJson)
    {
        using var json = JsonDocument.Parse(answerJson);
        return json.RootElement.GetProperty("version").GetUInt32();
    }

    /// <summary>One subscriber of B's feed, as a circuit's: it notes the time first thing when called back.</summary>
    private sealed class Receiver : IDisposable
    {
        private readonly Channel<(PlanChangeNotice Notice, long At)> _received = Channel.CreateUnbounded<(PlanChangeNotice, long)>();
        private readonly IDisposable _subscription;

        public Receiver(PlanChangeFeed feed, Guid planId) => _subscription = feed.Subscribe(planId, notice =>
        {
            var at = Stopwatch.GetTimestamp();
            _received.Writer.TryWrite((notice, at));
            return Task.CompletedTask;
        });

        public void DropStale()
        {
            while (_received.Reader.TryRead(out _))
            {
            }
        }

        public async Task<(PlanChangeNotice Notice, long At)> NextAsync(PlanChangeKind kind)
        {
            using var timeout = new CancellationTokenSource(NoticeTimeout);
            while (true)
            {
                (PlanChangeNotice Notice, long At) next;
                try
                {
                    next = await _received.Reader.ReadAsync(timeout.Token);
                }
                catch (OperationCanceledException)
                {
                    throw new TimeoutException($"No {kind} notice reached B within {NoticeTimeout.TotalSeconds} s.");
                }
                if (next.Notice.Kind == kind) return next;
            }
        }

        public void Dispose() => _subscription.Dispose();
    }

    /// <summary>A board, a staff member who edits, enough people to post the comments, each with an API token, and two plans.</summary>
    private sealed record Seed(Guid PlanId, Guid OtherPlanId, string StaffToken, IReadOnlyList<string> PosterTokens)
    {
        public static async Task<Seed> CreateAsync(LiveHost host, string connectionString, int posters)
        {
            await using var db = NewContext(connectionString);
            var board = new Organization { Slug = "livebench", Name = "Live benchmark workforce board" };
            db.Organizations.Add(board);
            var plan = new Plan { OrganizationId = board.Id, Name = "Live benchmark plan", TeamName = "Benchmark team" };
            var other = new Plan { OrganizationId = board.Id, Name = "Another plan", TeamName = "Another team" };
            db.Plans.AddRange(plan, other);
            await db.SaveChangesAsync();

            await using var scope = host.Services.CreateAsyncScope();
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            var tokens = new List<string>();
            for (var i = 0; i <= posters; i++)
            {
                var email = $"person{i}@livebench.test";
                // No password: they only call the API with a token.
                var user = new AppUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = $"Person {i}", CreatedAt = DateTimeOffset.UtcNow };
                var created = await users.CreateAsync(user);
                if (!created.Succeeded) throw new InvalidOperationException(string.Join("; ", created.Errors.Select(e => e.Description)));
                db.OrganizationMemberships.Add(new OrganizationMembership { OrganizationId = board.Id, UserId = user.Id, Role = OrganizationRole.Staff });
                var (token, prefix, hash) = TokenFormat.Generate();
                db.PersonalAccessTokens.Add(new PersonalAccessToken { UserId = user.Id, Name = "Live benchmark", Prefix = prefix, Hash = hash, CreatedAt = DateTimeOffset.UtcNow });
                tokens.Add(token);
            }
            await db.SaveChangesAsync();
            return new Seed(plan.Id, other.Id, tokens[0], tokens[1..]);
        }
    }

    private static AppDbContext NewContext(string connectionString) =>
        new(new DbContextOptionsBuilder<AppDbContext>().UseNpgsql(connectionString).Options);

    private static async Task<string> ServerSettingsAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT current_setting('server_version') || ', fsync ' || current_setting('fsync') || ', synchronous_commit ' || current_setting('synchronous_commit')", connection);
        return (string)(await command.ExecuteScalarAsync())!;
    }

    private static async Task AdminAsync(string server, string sql)
    {
        await using var connection = new NpgsqlConnection(server);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task WaitUntilListeningAsync(LiveHost host)
    {
        var listener = host.Services.GetRequiredService<PlanChangeListener>();
        var waited = Stopwatch.StartNew();
        while (!listener.IsListening)
        {
            if (waited.Elapsed > TimeSpan.FromSeconds(30)) throw new TimeoutException("An instance's listener did not start listening within 30 s.");
            await Task.Delay(20);
        }
    }

    private static Uri AddressOf(LiveHost host) =>
        new(host.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());

    private static double Milliseconds(long ticks) => ticks * 1000.0 / Stopwatch.Frequency;

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(", ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

    private static void Row(string kind, string interval, IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {kind} | {interval} | {sorted.Length} | {Percentile(sorted, 0.50):F2} | {Percentile(sorted, 0.95):F2} | {Percentile(sorted, 0.99):F2} | {sorted[^1]:F2} |"));
    }

    /// <summary>Nearest rank: the smallest value with at least <paramref name="p"/> of the values at or below it.</summary>
    private static double Percentile(double[] sorted, double p) => sorted[Math.Max(0, (int)Math.Ceiling(p * sorted.Length) - 1)];
}
