using LongAnMarket.Infrastructure;
using LongAnMarket.Web;
using LongAnMarket.Web.Commands;

var builder = WebApplication.CreateBuilder(args);
builder.AddInfrastructure();
builder.AddWeb();

var app = builder.Build();
if (CommandLine.IsCommand(args))
    return await CommandLine.RunAsync(app, args);

app.UseWeb();
await app.RunAsync();
return 0;
