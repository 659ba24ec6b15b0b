namespace Csp.Core.Consultation;

/// <summary>One characteristic to rake to: each response's group (an index into <see cref="TargetShares"/>, or <see cref="ResponseMatrix.NoAnswer"/> when unknown) and the population's share of each group.</summary>
/// <param name="TargetShares">The population's shares (any positive scale: they are divided by their sum).</param>
public sealed record RakingMargin(string Characteristic, IReadOnlyList<string> Groups, byte[] Codes, IReadOnlyList<double> TargetShares);
