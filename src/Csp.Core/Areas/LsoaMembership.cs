namespace Csp.Core.Areas;

/// <summary>Which ward and district an LSOA lies in, by one vintage of the LSOA boundaries.</summary>
/// <remarks>
/// LSOAs were redrawn for the 2021 Census: police.uk files up to 2022 use 2011 LSOA codes and later ones use 2021 codes.
/// Most codes are the same in both vintages, so the membership is keyed by (code, vintage).
/// </remarks>
/// <param name="Vintage">2011 or 2021: the census whose LSOA boundaries the code belongs to.</param>
public sealed record LsoaMembership(
    string LsoaCode,
    string LsoaName,
    int Vintage,
    string WardCode,
    string WardName,
    string DistrictCode,
    string DistrictName);
