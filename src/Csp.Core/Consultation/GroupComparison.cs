namespace Csp.Core.Consultation;

/// <summary>One group's row of a representativeness table (T9 beside the population).</summary>
/// <param name="SamplePercent">Of respondents who answered the question with an option in a group (0 to 100).</param>
/// <param name="PopulationPercent">Of the area's residents in all the groups (0 to 100).</param>
/// <param name="Expected">Respondents expected in the group if the sample matched the population.</param>
public sealed record GroupComparison(string Group, double Sample, double? SamplePercent, double Residents, double PopulationPercent, double Expected);
