using LiveData.Cli.Commands;

ParentWatch.StartIfRequested();
return await LiveDataCommandLine.Build().Parse(args).InvokeAsync(LiveDataCommandLine.Invocation);
