using Csp.Testing;

namespace Csp.Workbench.Tests.Performance;

/// <summary>Performance tests share one PostgreSQL server for the run; each test has a database of its own.</summary>
[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresServer>
{
    public const string Name = "Performance on PostgreSQL";
}
