using Csp.Core.Consultation;
using Csp.Core.Imports;

namespace Csp.Core.Tests.Consultation;

public sealed class ThemeCoderTests
{
    private static readonly ThemeList Themes = new(
    [
        new ThemeRule("Policing", ["police", "patrol", "on the beat"]),
        new ThemeRule("Parking", ["parking", "double yellow"]),
        new ThemeRule("Environment", ["litter", "fly-tip", "dog foul"]),
    ]);

    [Fact]
    public void Keywords_match_at_the_start_of_words_and_phrases_in_order()
    {
        var answers = new FreeTextAnswer[]
        {
            new("a", "More POLICE patrols"),          // police (and patrol): once
            new("b", "Officers on the beat please"),  // phrase
            new("c", "Fly-tipping and dog fouling"),  // fly-tip matches fly-tipping; dog foul matches dog fouling
            new("d", "Sparking cables"),              // "parking" is inside a word: no match
            new("e", "Parking on double yellows near the police station"),
            new("f", "   "),                           // not a comment
        };

        var results = ThemeCoder.Code(answers, Themes);

        Assert.Equal(5, results.Comments);
        Assert.Equal([("Policing", 3), ("Parking", 1), ("Environment", 1)], results.Themes.Select(t => (t.Theme, t.Comments)));
        Assert.Equal(60, results.Themes[0].Percent, 12);
        Assert.Equal(1, results.Unthemed);
        Assert.Equal(["Policing", "Parking"], results.Assignments.Single(a => a.ResponseId == "e").Themes);
    }

    [Fact]
    public void A_reassignment_replaces_the_keywords_verdict()
    {
        var answers = new FreeTextAnswer[] { new("a", "More police"), new("b", "Sparking cables"), new("c", "Litter") };
        var reassigned = new Dictionary<string, IReadOnlyList<string>> { ["a"] = ["Parking"], ["b"] = ["Street lighting"] };

        var results = ThemeCoder.Code(answers, Themes, reassigned);

        Assert.Equal(0, results.Themes.Single(t => t.Theme == "Policing").Comments);
        Assert.Equal(1, results.Themes.Single(t => t.Theme == "Street lighting").Comments);
        Assert.True(results.Assignments[0].Reassigned);
        Assert.False(results.Assignments[2].Reassigned);
        Assert.Equal(0, results.Unthemed);
        Assert.Equal(["Parking", "Environment", "Street lighting"], results.Top(3).Select(t => t.Theme));
    }

    [Fact]
    public void The_theme_list_reads_from_csv_and_names_its_problems()
    {
        var issues = new List<ImportIssue>();

        var list = ThemeList.Parse(CsvRows.Of("Theme,Keywords", "Policing,police; patrol", "Policing,pcso", "Empty,", ",orphan"), "themes.csv", issues);

        Assert.Equal(["Policing", "Empty"], list.Rules.Select(r => r.Theme));
        Assert.Equal(["police", "patrol"], list.Rules[0].Keywords);
        Assert.Equal([3L, 4, 5], issues.Select(i => i.Line));
        Assert.Equal("'Policing' is listed twice; the first is kept.", issues[0].Message);
    }
}
