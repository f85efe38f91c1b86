using LongAnMarket.Infrastructure;
using LongAnMarket.Web;
using LongAnMarket.Web.Commands;
using LongAnMarket.Web.Hosting;

var builder = WebApplication.CreateBuilder(args);
try
{
    builder.AddInfrastructure();
    builder.AddWeb();
}
catch (DeploymentConfigurationException refused)
{
    Console.Error.WriteLine(refused.Message);
    return 1;
}

var app = builder.Build();
if (CommandLine.IsCommand(args))
    return await CommandLine.RunAsync(app, args);

app.UseWeb();
try
{
    await app.RunAsync();
}
catch (Exception refused) when (refused is LongAnMarket.Infrastructure.Traceability.TraceKeyUnavailableException
                                     or LongAnMarket.Infrastructure.Search.Lucene.LuceneFolderInUseException)
{
    Console.Error.WriteLine(refused.Message);
    return 1;
}
return 0;
