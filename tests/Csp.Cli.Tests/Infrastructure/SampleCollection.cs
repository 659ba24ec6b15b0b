using Csp.Testing;

namespace Csp.Cli.Tests.Infrastructure;

/// <summary>Tests in this collection share one database loaded with the bundled sample.</summary>
[CollectionDefinition(Name)]
public sealed class SampleCollection : ICollectionFixture<SampleDatabase>
{
    public const string Name = "Sample database";
}
