namespace InitVerify.Init.Tests;

/// <summary>The catalog's written names are the names its initializers report (each is also a published spelling).</summary>
public class CatalogTests
{
    [Theory]
    [MemberData(nameof(Catalog.Data), MemberType = typeof(Catalog))]
    public void EachEntry_BuildsTheInitializerOfItsName(string name) =>
        Assert.Equal(name, Catalog.Named(name).Name);

    [Fact]
    public void Names_AreDistinct() =>
        Assert.Equal(Catalog.Names.Count(), Catalog.Names.Distinct().Count());
}
