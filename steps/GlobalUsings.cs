// Every binding class (each says `using Reqnroll;` itself) asserts with FluentAssertions and calls drivers: said once here.
global using FluentAssertions;
global using LiveData.Acceptance.Support.Drivers;
global using LiveData.Bdd.Xunit;
global using Xunit;
