using JobQuality.Web.Features.Shared;

namespace JobQuality.Web.Features.Inbox;

public static class InboxEndpoints
{
    public static void MapInboxEndpoints(this RouteGroupBuilder api)
    {
        var inbox = api.MapGroup("/me/notifications");

        inbox.MapGet("", async (int? page, int? pageSize, bool? unreadFirst, ListNotifications.Handler handler, CancellationToken ct) =>
            (await handler.HandleAsync(new ListNotifications.Query(page ?? 0, pageSize ?? ListNotifications.DefaultPageSize, unreadFirst ?? false), ct)).ToHttpResult())
            .Answers<NotificationsPage>("List your notifications, newest first (?page= from 0, ?pageSize= up to 100, ?unreadFirst=true)");

        inbox.MapGet("/unread-count", async (UnreadCount.Handler handler, CancellationToken ct) =>
            (await handler.HandleAsync(ct)).ToHttpResult())
            .Answers<UnreadCountView>("Count your unread notifications");

        inbox.MapPost("/{notificationId:guid}/read", async (Guid notificationId, MarkRead.Handler handler, CancellationToken ct) =>
            (await handler.HandleAsync(new MarkRead.Command(notificationId), ct)).ToHttpResult())
            .Answers<UnreadCountView>("Mark one of your notifications read; answers how many are still unread");

        inbox.MapPost("/read-all", async (MarkRead.Handler handler, CancellationToken ct) =>
            (await handler.HandleAsync(new MarkRead.Command(null), ct)).ToHttpResult())
            .Answers<UnreadCountView>("Mark all your notifications read");
    }
}
