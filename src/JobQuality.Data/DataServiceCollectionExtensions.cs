using JobQuality.Data.Interceptors;
using JobQuality.Data.LivingWages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace JobQuality.Data;

public static class DataServiceCollectionExtensions
{
    /// <summary>
    /// Registers a scoped <see cref="IDbContextFactory{AppDbContext}"/>: components and handlers create one
    /// short-lived context per operation, and the audit interceptor sees the caller of that scope.
    /// The caller must register an <see cref="ICurrentUser"/>.
    /// </summary>
    public static IServiceCollection AddJobQualityData(this IServiceCollection services, string connectionString)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddScoped<AuditInterceptor>();
        services.AddScoped<HistoryInterceptor>();
        services.AddScoped<Live.ChangeOrigin>();
        services.AddScoped<PlanChangeNotifier>();
        services.AddDbContextFactory<AppDbContext>(
            (sp, options) => options
                .UseNpgsql(connectionString, npgsql => npgsql.MigrationsAssembly(typeof(AppDbContext).Assembly.GetName().Name))
                .AddInterceptors(sp.GetRequiredService<AuditInterceptor>(), sp.GetRequiredService<HistoryInterceptor>(),
                    sp.GetRequiredService<PlanChangeNotifier>()),
            ServiceLifetime.Scoped);
        services.AddScoped<LivingWageTableImporter>();
        services.AddSingleton<Baseline.ScoringSignal>();
        services.AddScoped<Baseline.PlacementScoring>();
        services.AddScoped<Placements.PlacementImporter>();
        return services;
    }
}
