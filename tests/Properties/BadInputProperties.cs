using FsCheck;
using FsCheck.Fluent;
using InitVerify.Init;
using InitVerify.Init.Initializers;

namespace InitVerify.Properties;

/// <summary>FsCheck-generated invalid arguments: an ArgumentException naming the parameter, destination untouched.</summary>
public class BadInputProperties
{
    private const float Sentinel = -777f;

    private static readonly Func<Initializer>[] Everything =
    [
        () => ConstantInitializer.Zeros, () => new UniformInitializer(), () => new NormalInitializer(),
        () => new TruncatedNormalInitializer(), () => LeCun.Normal(), () => Xavier.Uniform(), () => He.Normal(),
        () => new VarianceScalingInitializer(1.0), () => new OrthogonalInitializer(),
    ];

    private static Gen<int[]> ShapeWithABadDimension { get; } =
        from dims in Gen.Choose(2, 5).SelectMany(r => Gen.ArrayOf(Gen.Choose(1, 9), r))
        from position in Gen.Choose(0, 4)
        from bad in Gen.Frequency((3, Gen.Constant(0)), (2, Gen.Choose(-1000, -1)), (1, Gen.Constant(int.MinValue)))
        select dims.Select((d, i) => i == position % dims.Length ? bad : d).ToArray();

    [SeededProperty(MaxTest = 50)]
    public Property NonPositiveDimension_IsRejectedBeforeAnyWrite() => Prop.ForAll(
        (from shape in ShapeWithABadDimension from which in Gen.Choose(0, Everything.Length - 1) select (shape, which)).ToArbitrary(),
        c =>
        {
            float[] destination = Enumerable.Repeat(Sentinel, 16).ToArray();
            var error = Record.Exception(() => Everything[c.which]().Fill(c.shape, destination, seed: 1));
            return (error is ArgumentOutOfRangeException { ParamName: "shape" } && destination.All(x => x == Sentinel))
                .Label($"[{string.Join(", ", c.shape)}] with {Everything[c.which]()}: {error?.GetType().Name} {error?.Message}");
        });

    [SeededProperty(MaxTest = 50)]
    public Property DestinationOfTheWrongLength_IsRejectedBeforeAnyWrite() => Prop.ForAll(
        (from shape in Gen.Choose(2, 4).SelectMany(r => Gen.ArrayOf(Gen.Choose(1, 7), r))
         from delta in Gen.Elements(-3, -1, 1, 5)
         from which in Gen.Choose(0, Everything.Length - 1)
         select (shape, delta, which)).ToArbitrary(),
        c =>
        {
            int length = Math.Max(0, c.shape.Aggregate(1, (p, d) => p * d) + c.delta);
            float[] destination = Enumerable.Repeat(Sentinel, length).ToArray();
            var error = Record.Exception(() => Everything[c.which]().Fill(c.shape, destination, seed: 1));
            return (error is ArgumentException { ParamName: "destination" } && destination.All(x => x == Sentinel))
                .Label($"[{string.Join(", ", c.shape)}], length {length}: {error?.Message}");
        });

    private static Gen<double> BadStd { get; } = Gen.Elements(double.NaN, double.PositiveInfinity, double.NegativeInfinity, 0.0, -1e-300, -3.0);

    [SeededProperty(MaxTest = 30)]
    public Property BadStdOrGain_IsRejectedNamingIt() => Prop.ForAll(BadStd.ToArbitrary(), bad =>
    {
        bool Names(Action create, string parameter) => Record.Exception(create) is ArgumentException e && e.ParamName == parameter && e.Message.Contains(parameter, StringComparison.Ordinal);
        return (Names(() => _ = new NormalInitializer(0, bad), "std")
                && Names(() => _ = new TruncatedNormalInitializer(0, bad, -1, 1), "std")
                && Names(() => _ = Xavier.Normal(bad), "gain")
                && Names(() => _ = new OrthogonalInitializer(bad), "gain")
                && Names(() => _ = new VarianceScalingInitializer(bad), "scale"))
            .Label($"value {bad}");
    });

    [SeededProperty(MaxTest = 30)]
    public Property BoundsNotIncreasing_AreRejectedNamingTheUpperBound() => Prop.ForAll(
        (from a in Gen.Choose(-100, 100) from gap in Gen.Choose(0, 50) select (a / 10.0, a / 10.0 - gap / 10.0)).ToArbitrary(),
        c =>
        {
            var uniform = Record.Exception(() => new UniformInitializer(c.Item1, c.Item2));
            var truncated = Record.Exception(() => new TruncatedNormalInitializer(0, 1, c.Item1, c.Item2));
            return (uniform is ArgumentOutOfRangeException { ParamName: "high" } && truncated is ArgumentOutOfRangeException { ParamName: "b" })
                .Label($"a = {c.Item1}, b = {c.Item2}");
        });
}
