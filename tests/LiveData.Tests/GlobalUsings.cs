// What nearly every unit test speaks: xunit.v3 with FluentAssertions, the core vocabulary, the instruments,
// Kafka settings and topic names, heartbeats, JSON and silent loggers. Anything rarer is a using in the test file.
global using System.Text.Json;
global using FluentAssertions;
global using LiveData.Core.Data;
global using LiveData.Core.Identity;
global using LiveData.Instruments;
global using LiveData.Messaging.Configuration;
global using LiveData.Messaging.Topics;
global using LiveData.Protocol.Status;
global using LiveData.Tests.Services.Support;
global using Microsoft.Extensions.Logging.Abstractions;
global using Xunit;
global using static LiveData.Tests.Support.TestCancellation;
