using FluentValidation;
using JobQuality.Data;
using JobQuality.Web.Features.Plans;
using JobQuality.Web.Features.Shared;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace JobQuality.Component.Tests.Infrastructure;

/// <summary>Renders pages with the app's real handlers on PostgreSQL, signed in as a given person.</summary>
public abstract class PageTest : ComponentTest, IClassFixture<SeededDatabase>
{
    protected PageTest(SeededDatabase database)
    {
        Database = database;
        Services.AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance);
        Services.AddSingleton(typeof(ILogger<>), typeof(Logger<>));
        Services.AddDataProtection();
        Services.AddScoped<Microsoft.AspNetCore.Components.Server.ProtectedBrowserStorage.ProtectedLocalStorage>();
        Services.AddJobQualityData(database.ConnectionString);
        Services.AddScoped<AccessControl>();
        Services.AddScoped<ListPlans.Handler>();
        Services.AddScoped<CreatePlan.Handler>();
        Services.AddScoped<GetNavigation.Handler>();
        Services.AddScoped<JobQuality.Web.Features.Inbox.UnreadCount.Handler>();
        Services.AddScoped<JobQuality.Web.Features.Inbox.InboxState>();
        Services.AddScoped<JobQuality.Web.Features.Comments.ReadThread.Handler>(); // the layout opens a thread a link points at
        Services.AddValidatorsFromAssemblyContaining<PlanDetailsModel>(includeInternalTypes: true);
        // The layout follows the plan shown for live updates; nothing listens here, presence notices just go nowhere.
        Services.AddSingleton<IConfiguration>(new ConfigurationBuilder()
            .AddInMemoryCollection([new("ConnectionStrings:Default", database.ConnectionString)]).Build());
        Services.AddSingleton<JobQuality.Web.Infrastructure.Live.PlanChangeFeed>();
        Services.AddScoped<JobQuality.Web.Infrastructure.Live.PlanLive>();
    }

    protected SeededDatabase Database { get; }

    /// <summary>Pages load through real queries: on a busy machine the first one (cold connection pool, JIT) takes a moment.</summary>
    protected static readonly TimeSpan DatabaseWait = TimeSpan.FromSeconds(15);

    protected void SignInAs(string userId, string name = "Test Person")
    {
        Services.AddSingleton<ICurrentUser>(new FixedCurrentUser(userId));
        AddAuthorization().SetAuthorized(name);
        // As in the app: interactive Server rendering. Set last: it starts the renderer, which freezes the services.
        SetRendererInfo(new Microsoft.AspNetCore.Components.RendererInfo("Server", isInteractive: true));
    }
}
