using Csp.Core.Reports;
using Csp.Reporting.Rendering;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using A = DocumentFormat.OpenXml.Drawing;
using DW = DocumentFormat.OpenXml.Drawing.Wordprocessing;
using PIC = DocumentFormat.OpenXml.Drawing.Pictures;

namespace Csp.Reporting.Docx;

internal sealed partial class DocxBuilder
{
    private uint _drawingId;

    /// <summary>
    /// A chart or map: its title, the picture across the text width (its alternative text is the figure's
    /// <see cref="FigureBlock.AltText"/>, read out by screen readers), then the source line and, for a map, its caveat.
    /// </summary>
    private void AddFigure(FigureBlock figure)
    {
        if (!images.TryGetValue(figure.Id, out var image))
        {
            throw new InvalidOperationException($"The figure rasterizer returned no image for figure '{figure.Id}' ({figure.Title}).");
        }
        if (image.WidthPx <= 0 || image.HeightPx <= 0 || image.Png.Length == 0)
        {
            throw new InvalidOperationException($"The image of figure '{figure.Id}' is empty ({image.WidthPx} x {image.HeightPx} px, {image.Png.Length} bytes).");
        }

        _body.Append(Para(DocxStyles.Caption, Run(figure.Title)));
        _body.Append(Para(
            new ParagraphProperties(
                new KeepNext(),
                new SpacingBetweenLines { Before = "0", After = "0" },
                new Justification { Val = JustificationValues.Center }),
            new Run(Picture(figure, image))));
        _body.Append(Para(DocxStyles.FigureSource, Run(figure.Source)));
        if (figure is MapBlock { Map.Caveat: { Length: > 0 } caveat }) _body.Append(Para(DocxStyles.FigureSource, Run(caveat)));
    }

    private Drawing Picture(FigureBlock figure, FigureImage image)
    {
        // The PNG is compressed already: stored in the package as it is, not deflated a second time (which bought about a
        // tenth of its size for a good part of the document's writing time).
        var compression = package.CompressionOption;
        package.CompressionOption = System.IO.Packaging.CompressionOption.NotCompressed;
        var part = _main.AddImagePart(ImagePartType.Png);
        package.CompressionOption = compression;
        using (var png = new MemoryStream(image.Png, writable: false)) part.FeedData(png);
        var relationshipId = _main.GetIdOfPart(part);

        // Across the text width, keeping the aspect ratio; a tall map is scaled down to leave room for its title and source.
        var cx = DocxPage.TextWidthEmu;
        var cy = cx * image.HeightPx / image.WidthPx;
        if (cy > DocxPage.MaxFigureHeightEmu)
        {
            cy = DocxPage.MaxFigureHeightEmu;
            cx = cy * image.WidthPx / image.HeightPx;
        }

        var id = ++_drawingId;
        var alt = XmlText.Clean(figure.AltText);
        var name = $"Figure {id}";
        return new Drawing(new DW.Inline(
            new DW.Extent { Cx = cx, Cy = cy },
            new DW.EffectExtent { LeftEdge = 0L, TopEdge = 0L, RightEdge = 0L, BottomEdge = 0L },
            new DW.DocProperties { Id = id, Name = name, Description = alt, Title = XmlText.Clean(figure.Title) },
            new DW.NonVisualGraphicFrameDrawingProperties(new A.GraphicFrameLocks { NoChangeAspect = true }),
            new A.Graphic(new A.GraphicData(
                new PIC.Picture(
                    new PIC.NonVisualPictureProperties(
                        new PIC.NonVisualDrawingProperties { Id = 0U, Name = name + ".png", Description = alt },
                        new PIC.NonVisualPictureDrawingProperties()),
                    new PIC.BlipFill(new A.Blip { Embed = relationshipId }, new A.Stretch(new A.FillRectangle())),
                    new PIC.ShapeProperties(
                        new A.Transform2D(new A.Offset { X = 0L, Y = 0L }, new A.Extents { Cx = cx, Cy = cy }),
                        new A.PresetGeometry(new A.AdjustValueList()) { Preset = A.ShapeTypeValues.Rectangle })))
            { Uri = "http://schemas.openxmlformats.org/drawingml/2006/picture" }))
        {
            DistanceFromTop = 0U,
            DistanceFromBottom = 0U,
            DistanceFromLeft = 0U,
            DistanceFromRight = 0U,
        });
    }
}
