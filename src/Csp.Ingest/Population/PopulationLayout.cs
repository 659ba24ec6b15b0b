namespace Csp.Ingest.Population;

/// <summary>The population tables the importer recognises, by their header.</summary>
public enum PopulationLayout
{
    /// <summary>ONS MYE2 (persons by single year of age): Code, Name, Geography, All ages, 0 .. 90+.</summary>
    MidYearEstimateByAge,
    /// <summary>ONS small area (LSOA 2011) estimates: lsoa11_name, lsoa11_code, total_population, 0 .. 90+.</summary>
    SmallAreaEstimateByAge,
    /// <summary>Census 2021 usual residents by 2021 LSOA: lsoa21_code, lsoa21_name, ..., usual_residents_census2021.</summary>
    CensusLsoa,
    /// <summary>Census first results by district: area_code, area_name, all_persons_2011, all_persons_2021.</summary>
    CensusDistrict,
}
