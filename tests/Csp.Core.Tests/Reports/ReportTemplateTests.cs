using Csp.Core.Imports;
using Csp.Core.Reports;

namespace Csp.Core.Tests.Reports;

public sealed class ReportTemplateTests
{
    private static (ReportTemplate Template, List<ImportIssue> Errors, List<ImportIssue> Warnings) Parse(string text)
    {
        var errors = new List<ImportIssue>();
        var warnings = new List<ImportIssue>();
        var template = ReportTemplate.Parse(text, "committee.md", ["Purpose", "Recommendations"], errors, warnings);
        return (template, errors, warnings);
    }

    private static readonly Dictionary<string, string> Values = new() { ["area"] = "Gravesham", ["year"] = "2025" };

    [Fact]
    public void Paragraphs_are_separated_by_blank_lines_and_joined_across_line_breaks()
    {
        var (template, errors, _) = Parse("## Purpose\nFirst line\nstill the first paragraph.\n\nSecond paragraph about {area}.\n");
        Assert.Empty(errors);
        Assert.Equal(["First line still the first paragraph.", "Second paragraph about Gravesham."], template.Section("purpose", Values)!.Paragraphs);
    }

    [Fact]
    public void List_items_start_with_a_dash_and_may_continue_on_an_indented_line()
    {
        var (template, _, _) = Parse("## Recommendations\n- Note the report\n  for {year}.\n- Endorse the priorities.\n");
        Assert.Equal(["Note the report for 2025.", "Endorse the priorities."], template.Section("Recommendations", Values)!.ListItems);
    }

    [Fact]
    public void Front_matter_fields_skip_comments_and_fill_placeholders()
    {
        var (template, errors, _) = Parse("---\n# who signs it\nreporting officer: Jo Bloggs\nsubject: Assessment {year}\n---\n");
        Assert.Empty(errors);
        Assert.Equal("Jo Bloggs", template.Field("Reporting officer", Values));
        Assert.Equal("Assessment 2025", template.Field("subject", Values));
        Assert.Null(template.Field("report to", Values));
    }

    [Fact]
    public void An_unknown_placeholder_is_an_error_naming_the_file_line_and_section()
    {
        var (_, errors, _) = Parse("## Purpose\nFine.\n\nAbout {aera}.\n");
        var error = Assert.Single(errors);
        Assert.Equal(("committee.md", 4L, "Purpose"), (error.File, error.Line, error.Field));
        Assert.Contains("'{aera}' is not a placeholder", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_section_the_report_does_not_use_is_a_warning()
    {
        var (_, errors, warnings) = Parse("## Purpose\nFine.\n## Appendix\nExtra.\n");
        Assert.Empty(errors);
        Assert.Equal(("Appendix", 3L), (Assert.Single(warnings).Field, Assert.Single(warnings).Line));
    }

    [Fact]
    public void Unclosed_front_matter_and_text_outside_a_section_are_errors()
    {
        Assert.Contains(Parse("---\nsubject: x\n").Errors, e => e.Message.Contains("not closed", StringComparison.Ordinal));
        Assert.Contains(Parse("Loose text\n## Purpose\nFine.\n").Errors, e => e.Line == 1);
        Assert.Contains(Parse("---\nno colon here\n---\n").Errors, e => e.Line == 2);
    }
}
