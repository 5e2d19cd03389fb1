using FluentValidation;
using JobQuality.Data;
using JobQuality.Data.Identity;
using JobQuality.Web.Features.Account;
using JobQuality.Web.Features.Shared;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using MudBlazor;
using MudBlazor.Services;

namespace JobQuality.Web.Infrastructure;

public static class WebServiceRegistration
{
    /// <summary>
    /// Fixed, so every instance (whatever folder it runs from) derives the same keys from the shared key ring;
    /// left to its default, it would be the content root path.
    /// </summary>
    public const string DataProtectionApplicationName = "JobQuality";

    public static IServiceCollection AddJobQualityWeb(this IServiceCollection services, IConfiguration configuration)
    {
        var connectionString = configuration.GetConnectionString("Default");
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            throw new InvalidOperationException(
                "No database is configured. Set the environment variable ConnectionStrings__Default " +
                "(for example Host=127.0.0.1;Port=5433;Database=jobquality;Username=postgres), or start the app with scripts/run.sh.");
        }

        services.AddRazorComponents().AddInteractiveServerComponents();
        services.AddMudServices(options =>
        {
            options.SnackbarConfiguration.PositionClass = Defaults.Classes.Position.BottomLeft;
            options.SnackbarConfiguration.VisibleStateDuration = 6000;
        });
        services.AddHttpContextAccessor();
        // The API speaks in names ("Policy", "Staff"), not enum numbers.
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter()));
        services.AddJobQualityApiDocumentation();
        // One application name and one key ring in PostgreSQL: a cookie issued by any instance is read by every other.
        services.AddDataProtection().SetApplicationName(DataProtectionApplicationName).PersistKeysToDbContext<AppDbContext>();

        services.AddJobQualityData(connectionString);
        services.AddScoped<ICurrentUser, CurrentUser>();
        services.AddScoped<AccessControl>();
        services.AddScoped<WorkspaceState>();
        services.AddScoped<Features.Inbox.InboxState>();
        services.AddScoped<Features.Shared.Editing.ConflictResolver>();
        services.AddScoped<Features.Shared.Editing.AutosaverFactory>();
        services.AddUseCaseHandlers();
        services.AddValidatorsFromAssemblyContaining<Program>(includeInternalTypes: true);

        services.AddJobQualitySignIn();
        services.AddScoped<AuthenticationStateProvider, RevalidatingIdentityAuthenticationStateProvider>();
        services.AddCascadingAuthenticationState();
        services.AddAuthorization();

        services.AddSingleton<Live.PlanChangeFeed>();
        services.AddSingleton<Live.PlanChangeListener>();
        services.AddScoped<Live.PlanLive>();
        services.AddHostedService(sp => sp.GetRequiredService<Live.PlanChangeListener>());
        services.AddHealthChecks()
            .AddDbContextCheck<AppDbContext>("postgresql", tags: [HealthChecks.ReadyTag])
            .AddCheck<Live.PlanChangeListener>("live-updates", tags: [HealthChecks.ReadyTag]);
        services.AddScoped<DemoData>();
        services.AddOptions<Features.Invitations.SmtpOptions>()
            .Bind(configuration.GetSection(Features.Invitations.SmtpOptions.Section))
            .ValidateOnStart();
        services.AddSingleton<Microsoft.Extensions.Options.IValidateOptions<Features.Invitations.SmtpOptions>, Features.Invitations.SmtpOptionsValidator>();
        services.AddSingleton<Features.Invitations.IInvitationMailer, Features.Invitations.SmtpInvitationMailer>();
        services.AddSingleton<Features.Invitations.InvitationLinks>();
        if (configuration.GetValue("JobQuality:BackgroundScoring", defaultValue: true)) services.AddHostedService<ScoringWorker>();
        return services;
    }

    /// <summary>Every nested <c>Handler</c> class of a use case (see ARCHITECTURE.md, one use case per file).</summary>
    private static void AddUseCaseHandlers(this IServiceCollection services)
    {
        var handlers = typeof(Program).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false, Name: "Handler", DeclaringType: not null });
        foreach (var handler in handlers)
        {
            services.AddScoped(handler);
        }
    }
}
