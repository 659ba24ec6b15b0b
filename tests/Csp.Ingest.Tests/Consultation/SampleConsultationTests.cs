using Csp.Core.Consultation;
using Csp.Core.Imports;
using Csp.Ingest.Consultation;
using Csp.Ingest.Population;

namespace Csp.Ingest.Tests.Consultation;

/// <summary>
/// The bundled sample consultation (data/sample/consultation) read and tabulated as a first run would, against the
/// counts seed 001 publishes (shared/seeds/001_db4ec05eac61faa4.txt; line numbers below). The counts are typed here from
/// the seed, not read from the script that built the sample.
/// </summary>
public sealed class SampleConsultationTests
{
    private static readonly string[] Areas = ["E07000107", "E07000109"];

    private static readonly Lazy<(Survey Survey, SurveyResponseImport Import, SurveyResults Results)> Sample = new(() =>
    {
        var survey = ReadSurvey();
        using var stream = File.OpenRead(RepositoryFiles.Sample("consultation", "dg-csp-2013-responses.csv"));
        var import = SurveyResponseCsvReader.Read(stream, "dg-csp-2013-responses.csv", survey);
        return (survey, import, SurveyTabulator.Tabulate(ResponseMatrix.Build(survey, import.Responses)));
    });

    private static Survey ReadSurvey()
    {
        using var stream = File.OpenRead(RepositoryFiles.Sample("consultation", "dg-csp-2013-survey.json"));
        var read = SurveyDefinitionReader.Read(stream, "dg-csp-2013-survey.json");
        Assert.Empty(read.Issues);
        return read.Survey!;
    }

    private static void AssertCounts(QuestionTable table, int responseCount, params int[] counts)
    {
        Assert.Equal(counts.Select(c => (double)c), table.Options.Select(o => o.Count));
        Assert.Equal(responseCount, table.Answered);
        Assert.Equal(456 - responseCount, table.NoAnswer);
    }

    [Fact]
    public void Every_row_of_the_sample_is_read_without_an_issue()
    {
        var (_, import, results) = Sample.Value;

        Assert.Empty(import.Issues);
        Assert.Equal(456, import.Rows);
        Assert.Equal(456, import.Responses.Count);  // seed line 185: "In total, 456 responses were received."
        Assert.Equal(456, results.Responses);
        Assert.Equal("Response ID", import.Mapping.IdColumn);
        Assert.Equal("DG2013-0001", import.Responses[0].Id);
    }

    [Fact]
    public void The_agreement_table_is_seed_001s()
    {
        // Lines 190-193: 440 answered; 408 yes, 16 no, 16 did not know.
        var table = Sample.Value.Results.Table("agree")!;

        AssertCounts(table, 440, 408, 16, 16);
        Assert.Equal("440 of 456 answered", table.Base);
        Assert.Equal(92.7, Math.Round(table.Options[0].Percent!.Value, 1));  // the seed prints 93.0%
    }

    [Theory]
    // Lines 220-262: issue, High, Medium, Low, response count.
    [InlineData("Reducing anti-social behaviour", 390, 56, 3, 449)]
    [InlineData("Reducing burglary", 365, 80, 3, 448)]
    [InlineData("Tackling theft and handling stolen goods", 298, 137, 9, 444)]
    [InlineData("Reducing drug and alcohol\u2010related problems", 309, 123, 15, 447)]
    [InlineData("Tackling domestic abuse", 236, 174, 36, 446)]
    [InlineData("Working with offenders", 129, 246, 72, 447)]
    [InlineData("Improving road safety", 205, 195, 47, 447)]
    [InlineData("Supporting and engaging with local communities", 171, 217, 58, 446)]
    public void The_level_of_priority_table_is_seed_001s(string issue, int high, int medium, int low, int responseCount)
    {
        AssertCounts(Sample.Value.Results.Table("priority", issue)!, responseCount, high, medium, low);
    }

    [Theory]
    // Lines 312-548: issue, very big, a problem, slight, not a problem, don't know, response count.
    [InlineData("Burglaries/break\u2010ins", 38, 165, 140, 35, 61, 439)]
    [InlineData("Violent crime", 26, 73, 117, 147, 78, 441)]
    [InlineData("Vehicle crime", 40, 106, 178, 61, 50, 435)]
    [InlineData("Teenagers hanging around", 81, 91, 139, 118, 15, 444)]
    [InlineData("Drunk or rowdy behaviour", 57, 66, 143, 153, 22, 441)]
    [InlineData("Vandalism/criminal damage", 64, 111, 159, 83, 23, 440)]
    [InlineData("Rubbish/litter lying around", 141, 145, 110, 42, 4, 442)]
    [InlineData("Noisy neighbours/loud parties", 31, 53, 110, 228, 19, 441)]
    [InlineData("People using/dealing drugs", 48, 60, 96, 137, 99, 440)]
    [InlineData("Abandoned/burnt out cars", 8, 26, 81, 278, 44, 437)]
    [InlineData("Speeding cars/road safety", 99, 121, 147, 74, 7, 448)]
    public void The_how_much_of_a_problem_table_is_seed_001s(string issue, int veryBig, int problem, int slight, int not, int dontKnow, int responseCount)
    {
        AssertCounts(Sample.Value.Results.Table("problem", issue)!, responseCount, veryBig, problem, slight, not, dontKnow);
    }

    [Fact]
    public void The_survey_sample_table_is_seed_001s()
    {
        var results = Sample.Value.Results;

        // Lines 596-629: age, no answer 11.
        AssertCounts(results.Table("age")!, 445, 1, 5, 18, 54, 92, 123, 152);
        // Lines 601-607: male 204, female 239, no answer 13.
        AssertCounts(results.Table("gender")!, 443, 204, 239);
        // Lines 601-656: ethnicity in the seed's order, no answer 14.
        AssertCounts(results.Table("ethnicity")!, 442, 395, 6, 8, 1, 2, 4, 1, 15, 1, 0, 2, 0, 0, 3, 0, 0, 0, 0, 0, 4);
        Assert.Equal(["Polish", "Lithuanian", "Slovakian", "Any other Eastern European background"], results.Table("ethnicity")!.Options.Skip(15).Take(4).Select(o => o.Option));
    }

    [Fact]
    public void The_free_text_themes_come_out_in_the_seeds_order()
    {
        var (survey, import, _) = Sample.Value;

        // Lines 266-274 and 550-562: the seeds' top three themes of each free-text question.
        Assert.Equal(["More visible policing", "Road safety (parking/speeding/nuisance bikes)", "Environment (litter/fly-tipping/graffiti/dog fouling)"],
            Themes(import, "other-priorities", "themes-other-priorities.csv").Top(3).Select(t => t.Theme));
        Assert.Equal(["Irresponsible parking", "Nuisance bikes", "Dog fouling"],
            Themes(import, "other-problems", "themes-other-problems.csv").Top(3).Select(t => t.Theme));
        Assert.Equal(81, FreeTextAnswer.Of(survey, import.Responses, "other-priorities").Count);
        Assert.Throws<ArgumentException>(() => FreeTextAnswer.Of(survey, import.Responses, "postcode"));
    }

    [Fact]
    public void The_sample_is_compared_with_the_bundled_population_of_dartford_and_gravesham()
    {
        var (survey, import, _) = Sample.Value;
        var population = SurveyPopulationReader.Read(RepositoryFiles.Sample("consultation", "population"), survey, Areas);
        var matrix = ResponseMatrix.Build(survey, import.Responses);

        Assert.Empty(population.Issues);
        Assert.Equal(["Age", "Sex", "Ethnicity"], population.Specs.Select(s => s.Characteristic));
        var comparisons = Representativeness.Compare(matrix, population.Specs);
        // The same test on the same numbers as the Core test checked against scipy: 200.961 on 6 df.
        Assert.Equal(200.9610636444374, comparisons[0].Test!.Statistic, 9);
        // Sex, residents 16+: males 84,863, females 91,312; scipy.stats.chisquare([204, 239], shares x 443) -> 0.7975185670003508, p 0.3718363142654634.
        Assert.Equal([84863.0, 91312], population.Specs[1].Population.Select(p => p.Residents));
        Assert.Equal(0.7975185670003508, comparisons[1].Test!.Statistic, 9);
        Assert.Equal(0.3718363142654634, comparisons[1].Test!.PValue, 9);
        Assert.False(comparisons[1].Test!.Significant);
        // Census 2021 usual residents of the two districts (TS021): 223,656.
        Assert.Equal(223656, population.Specs[2].Population.Sum(p => p.Residents));
        Assert.Equal(100.20108463043013, comparisons[2].Test!.Statistic, 9);

        var weights = Representativeness.Weights(matrix, population.Specs);
        Assert.True(weights.Converged);
        Assert.Empty(weights.Notes);
        var note = Representativeness.WeightingNote(population.Specs, weights, matrix.Count);
        Assert.StartsWith("Weighted: raked to age (ONS mid-2022 population estimates, Dartford and Gravesham, residents aged 16+); sex (", note, StringComparison.Ordinal);
        Assert.Contains("ethnicity (Census 2021 (TS021), Dartford and Gravesham, all usual residents); converged in ", note, StringComparison.Ordinal);
    }

    [Fact]
    public void The_age_and_sex_population_by_sex_adds_up_to_the_bundled_persons_estimates()
    {
        var (survey, _, _) = Sample.Value;
        var population = SurveyPopulationReader.Read(RepositoryFiles.Sample("consultation", "population"), survey, Areas);
        using var stream = RepositoryFiles.Open(RepositoryFiles.Sample("population", "MYE2_persons_mid2022_by_LA_DERIVED.csv.gz"));
        using var reader = new PopulationCsvReader(stream, "MYE2_persons_mid2022_by_LA_DERIVED.csv");
        Assert.True(reader.Open());
        var persons = reader.Rows().Where(e => Areas.Contains(e.AreaCode)).ToList();

        var bands = PopulationMargins.AgeBands(persons, Areas, [new AgeBandDefinition("16-17", 16, 17), new AgeBandDefinition("65+", 65, null)]);

        Assert.Equal(bands[0].Residents, population.Specs[0].Population[0].Residents);
        Assert.Equal(bands[1].Residents, population.Specs[0].Population[6].Residents);
        Assert.Equal(PopulationMargins.AgedAtLeast(persons, Areas, 16), population.Specs[1].Population.Sum(p => p.Residents));
    }

    [Fact]
    public void Community_concern_comes_from_the_share_rating_each_issue_high()
    {
        var issues = new List<ImportIssue>();
        var mapping = ConcernMapping.Parse(File.ReadAllLines(RepositoryFiles.Sample("consultation", "community-concern-mapping.csv")), "community-concern-mapping.csv", issues);

        var scores = CommunityConcern.FromSurvey(Sample.Value.Results, "priority", mapping);

        Assert.Empty(issues);
        // ASB 390 of 449 rated High: 5 x 0.8686 = 4.34; burglary 365 of 448: 4.07; drugs 309 of 447: 3.46; theft 298 of
        // 444: 3.36 for each theft type; domestic abuse 236 of 446: 2.65 for violence and sexual offences.
        Assert.Equal(4.34, scores.Single(s => s.Category == "Anti-social behaviour").Score);
        Assert.Equal(4.07, scores.Single(s => s.Category == "Burglary").Score);
        Assert.Equal(3.46, scores.Single(s => s.Category == "Drugs").Score);
        Assert.Equal(3.36, scores.Single(s => s.Category == "Shoplifting").Score);
        Assert.Equal(2.65, scores.Single(s => s.Category == "Violence and sexual offences").Score);
        Assert.Equal(8, scores.Count);
        Assert.Empty(mapping.IssuesNotIn(Sample.Value.Results, "priority"));
        Assert.Equal(["Reducing anti-social behaviour"], new ConcernMapping([("Reducing anti-social behaviour", "Anti-social behaviour")]).IssuesNotIn(Sample.Value.Results, "problem"));
    }

    [Fact]
    public void Reading_the_sample_twice_gives_the_same_keys()
    {
        var survey = ReadSurvey();
        using var stream = File.OpenRead(RepositoryFiles.Sample("consultation", "dg-csp-2013-responses.csv"));

        var again = SurveyResponseCsvReader.Read(stream, "dg-csp-2013-responses.csv", survey);

        Assert.Equal(Sample.Value.Import.Responses.Select(r => r.Id), again.Responses.Select(r => r.Id));
    }

    private static ThemeResults Themes(SurveyResponseImport import, string questionId, string themeFile)
    {
        var issues = new List<ImportIssue>();
        var themes = ThemeList.Parse(Csp.Ingest.Configuration.ConfigurationCsv.Read(RepositoryFiles.Sample("consultation", themeFile), issues), themeFile, issues);
        Assert.Empty(issues);
        return ThemeCoder.Code(FreeTextAnswer.Of(Sample.Value.Survey, import.Responses, questionId), themes);
    }
}
