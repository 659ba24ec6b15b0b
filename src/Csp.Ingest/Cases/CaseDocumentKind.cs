namespace Csp.Ingest.Cases;

/// <summary>A kind of file a case accepts, known by its content (see <see cref="CaseDocumentSniffer"/>).</summary>
/// <param name="Code">PDF, DOCX, XLSX, PNG, JPEG or TXT: what the database keeps.</param>
/// <param name="Extensions">The endings a file of this kind may be named with (lower case, with the dot); the first is the usual one.</param>
public sealed record CaseDocumentKind(string Code, string Description, string ContentType, IReadOnlyList<string> Extensions)
{
    public static CaseDocumentKind Pdf { get; } = new("PDF", "PDF document", "application/pdf", [".pdf"]);

    public static CaseDocumentKind Docx { get; } = new("DOCX", "Word document", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", [".docx"]);

    public static CaseDocumentKind Xlsx { get; } = new("XLSX", "Excel workbook", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", [".xlsx"]);

    public static CaseDocumentKind Png { get; } = new("PNG", "PNG picture", "image/png", [".png"]);

    public static CaseDocumentKind Jpeg { get; } = new("JPEG", "JPEG picture", "image/jpeg", [".jpg", ".jpeg"]);

    public static CaseDocumentKind Text { get; } = new("TXT", "plain text", "text/plain; charset=utf-8", [".txt", ".csv"]);

    public static IReadOnlyList<CaseDocumentKind> All { get; } = [Pdf, Docx, Xlsx, Png, Jpeg, Text];

    public static CaseDocumentKind? Of(string code) => All.FirstOrDefault(k => k.Code == code);

    /// <summary>"PDF, Word (.docx), Excel (.xlsx), PNG, JPEG or plain text (.txt, .csv)": what the form and a refusal say is accepted.</summary>
    public const string Accepted = "PDF, Word (.docx), Excel (.xlsx), PNG, JPEG or plain text (.txt, .csv)";
}
