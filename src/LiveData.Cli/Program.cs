using LiveData.Cli.Commands;

return await LiveDataCommandLine.Build().Parse(args).InvokeAsync(LiveDataCommandLine.Invocation);
