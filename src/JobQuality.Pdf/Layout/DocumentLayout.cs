namespace JobQuality.Pdf.Layout;

/// <summary>The first pass: every block placed on pages, with the page of every heading.</summary>
internal sealed record DocumentLayout(IReadOnlyList<LayoutPage> Pages, IReadOnlyDictionary<HeadingBlock, int> HeadingPages)
{
    public static DocumentLayout Run(PdfDocumentBuilder document, TextMeasurer measurer)
    {
        var headings = new List<HeadingBlock>();
        CollectHeadings(document.Blocks, headings);
        for (var i = 0; i < headings.Count; i++) headings[i].Name = $"heading-{i + 1}";
        var flow = new PageFlow(document.Margins, measurer, document.FontSize) { Headings = headings };
        flow.NewPage(document.PageSize);
        LayoutBlocks(flow, document.Blocks);
        flow.Finish();
        return new DocumentLayout(flow.Pages, flow.HeadingPages);
    }

    public static void LayoutBlocks(PageFlow flow, IReadOnlyList<Block> blocks)
    {
        for (var i = 0; i < blocks.Count; i++)
        {
            if (blocks[i].KeepWithNext)
            {
                // A heading (or a run of them) moves to the next page unless the start of what follows fits under it.
                var height = 0f;
                var j = i;
                for (; j < blocks.Count && blocks[j].KeepWithNext; j++) height += blocks[j].LeadHeight(flow);
                if (j < blocks.Count) height += blocks[j].LeadHeight(flow);
                flow.SpaceBefore(blocks[i].SpaceBefore);
                flow.EnsureRoom(height - blocks[i].SpaceBefore);
            }
            blocks[i].Layout(flow);
        }
    }

    private static void CollectHeadings(IEnumerable<Block> blocks, List<HeadingBlock> headings)
    {
        foreach (var block in blocks)
        {
            if (block is HeadingBlock heading) headings.Add(heading);
            else if (block is SectionBlock section) CollectHeadings(section.Blocks, headings);
        }
    }
}
