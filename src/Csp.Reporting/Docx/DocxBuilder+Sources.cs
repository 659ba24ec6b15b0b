namespace Csp.Reporting.Docx;

internal sealed partial class DocxBuilder
{
    /// <summary>
    /// The data sources, last: each source with the months it covers, its licence and its caveats, so a reader can check
    /// a figure and knows what a partial period means.
    /// </summary>
    private void AddSources()
    {
        if (document.Sources.Count == 0) return;
        _body.Append(Heading(DocxStyles.Heading1, "Data sources"));
        foreach (var source in document.Sources)
        {
            _body.Append(Heading(DocxStyles.Heading2, source.Name));
            _body.Append(Para(DocxStyles.Normal, Run("Covers: ", bold: true), Run(source.Coverage)));
            if (source.Licence.Length > 0) _body.Append(Para(DocxStyles.Normal, Run("Licence: ", bold: true), Run(source.Licence)));
            foreach (var note in source.Notes) _body.Append(ListItem(_numbering.Bullets, note));
        }
    }
}
