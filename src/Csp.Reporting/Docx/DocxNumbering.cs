using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Csp.Reporting.Docx;

/// <summary>
/// The numbering part: one bullet definition shared by every bulleted list, and one decimal definition of which each
/// numbered list takes a fresh instance, restarted at 1 (Word would otherwise carry on counting from the previous list).
/// The text of list items sits at 1.9 cm, under the text of numbered paragraphs ("2.1  ...").
/// </summary>
internal sealed class DocxNumbering
{
    private const int BulletDefinition = 1;
    private const int DecimalDefinition = 2;
    private const int BulletInstance = 1;

    private readonly List<NumberingInstance> _instances = [new NumberingInstance(new AbstractNumId { Val = BulletDefinition }) { NumberID = BulletInstance }];

    public int Bullets => BulletInstance;

    /// <summary>A new numbered list, counting from 1.</summary>
    public int NewNumberedList()
    {
        var id = _instances.Count + 1;
        _instances.Add(new NumberingInstance(
            new AbstractNumId { Val = DecimalDefinition },
            new LevelOverride(new StartOverrideNumberingValue { Val = 1 }) { LevelIndex = 0 })
        { NumberID = id });
        return id;
    }

    public Numbering Build()
    {
        var numbering = new Numbering(
            Definition(BulletDefinition, "Report Bullets", NumberFormatValues.Bullet, "\u2022"),
            Definition(DecimalDefinition, "Report Numbers", NumberFormatValues.Decimal, "%1."));
        foreach (var instance in _instances) numbering.Append(instance);
        return numbering;
    }

    private static AbstractNum Definition(int id, string name, NumberFormatValues format, string text)
    {
        const int left = DocxPage.NumberIndentTwips + 369;
        return new AbstractNum(
            new MultiLevelType { Val = MultiLevelValues.SingleLevel },
            new AbstractNumDefinitionName { Val = name },
            new Level(
                new StartNumberingValue { Val = 1 },
                new NumberingFormat { Val = format },
                new LevelText { Val = text },
                new LevelJustification { Val = LevelJustificationValues.Left },
                new PreviousParagraphProperties(
                    new Tabs(new TabStop { Val = TabStopValues.Number, Position = left }),
                    new Indentation { Left = DocxStyles.Twips(left), Hanging = "369" }),
                new NumberingSymbolRunProperties(new RunFonts { Ascii = DocxStyles.Font, HighAnsi = DocxStyles.Font, ComplexScript = DocxStyles.Font }))
            { LevelIndex = 0 })
        { AbstractNumberId = id };
    }

    public static NumberingProperties For(int instance) =>
        new(new NumberingLevelReference { Val = 0 }, new NumberingId { Val = instance });
}
