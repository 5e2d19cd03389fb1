using System.Collections.Concurrent;
using System.Data.Common;
using System.Diagnostics;
using JobQuality.Data.Live;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace JobQuality.Benchmarks.Live;

/// <summary>
/// Watches the writing instance's EF commands (added to its context options next to the app's own interceptors) and
/// records, for every plan change notice it sends, the moment its change commits, on the same clock
/// (<see cref="Stopwatch.GetTimestamp"/>) as the subscriber on the other instance:
/// <list type="bullet">
/// <item>a notice sent inside an explicit transaction (posting a comment) is delivered at COMMIT: the moment A sends
/// COMMIT;</item>
/// <item>a notice sent after a plain save (a canvas item, a form answer) follows a save that has already committed: the
/// moment A sends <c>SELECT pg_notify</c>, right after EF returned from the save's commit.</item>
/// </list>
/// It changes nothing: the commands run as they would.
/// </summary>
internal sealed class NotifyCommitProbe
{
    private readonly ConcurrentDictionary<(Guid Origin, PlanChangeKind Kind), Sent> _sent = new();
    private readonly ConcurrentDictionary<Guid, List<Sent>> _awaitingCommit = new();

    public IEnumerable<Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor> Interceptors => [new Commands(this), new Transactions(this)];

    /// <summary>When the change behind this notice committed (see the class summary), or null if A never sent it.</summary>
    public long? CommittedAt(PlanChangeNotice notice) =>
        _sent.TryGetValue((notice.Origin, notice.Kind), out var sent) && sent.CommittedAt is { } at ? at : null;

    public void Clear()
    {
        _sent.Clear();
        _awaitingCommit.Clear();
    }

    private void Notifying(DbCommand command, CommandEventData data)
    {
        var at = Stopwatch.GetTimestamp();
        if (!command.CommandText.Contains("pg_notify", StringComparison.Ordinal)) return;
        foreach (DbParameter parameter in command.Parameters)
        {
            if (parameter.Value is not string payload || PlanChangeNotice.FromPayload(payload) is not { } notice) continue;
            var sent = new Sent();
            _sent[(notice.Origin, notice.Kind)] = sent;
            if (command.Transaction is null)
            {
                sent.CommittedAt = at;
            }
            else
            {
                _awaitingCommit.AddOrUpdate(data.ConnectionId, _ => [sent], (_, list) => [.. list, sent]);
            }
        }
    }

    private void Committing(TransactionEventData data)
    {
        var at = Stopwatch.GetTimestamp();
        if (!_awaitingCommit.TryRemove(data.ConnectionId, out var sent)) return;
        foreach (var notice in sent) notice.CommittedAt = at;
    }

    private void RolledBack(TransactionEventData data) => _awaitingCommit.TryRemove(data.ConnectionId, out _);

    private sealed class Sent
    {
        public long? CommittedAt { get; set; }
    }

    private sealed class Commands(NotifyCommitProbe probe) : DbCommandInterceptor
    {
        public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
        {
            probe.Notifying(command, eventData);
            return result;
        }

        public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            probe.Notifying(command, eventData);
            return ValueTask.FromResult(result);
        }
    }

    private sealed class Transactions(NotifyCommitProbe probe) : DbTransactionInterceptor
    {
        public override InterceptionResult TransactionCommitting(DbTransaction transaction, TransactionEventData eventData, InterceptionResult result)
        {
            probe.Committing(eventData);
            return result;
        }

        public override ValueTask<InterceptionResult> TransactionCommittingAsync(
            DbTransaction transaction, TransactionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default)
        {
            probe.Committing(eventData);
            return ValueTask.FromResult(result);
        }

        public override void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => probe.RolledBack(eventData);

        public override Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
        {
            probe.RolledBack(eventData);
            return Task.CompletedTask;
        }
    }
}
