/**
 * Word files for the tests, generated from text written for this project with the `docx` package:
 * headings, automatic numbering (Chinese 一、 and （一） formats that are not in the text), a task
 * table, a footnote, and as many pages as asked (the benchmark's 200-page file).
 */
import { AlignmentType, Document, FootnoteReferenceRun, HeadingLevel, LevelFormat, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';

const cell = (text: string) => new TableCell({ children: [new Paragraph(text)] });
const row = (cells: string[]) => new TableRow({ children: cells.map(cell) });

/** The task table's rows (序号, task, deadline, lead, support), as the fixture writes them. */
export const DOCX_TASKS = [
  ['1', '实施科技型企业梯度培育计划，到2025年科技型企业达到5000家', '2025年底前', '市科技局', '市经济信息委、市财政局'],
  ['2', '建设市级重点实验室20个，支持企业建设研发机构', '2024年12月', '市科技局、市发展改革委', '市教委'],
];

/** A Word file of a work plan; `repeat` > 1 adds that many numbered chapters (for a long document). */
export async function workPlanDocx(repeat = 1): Promise<Buffer> {
  const numbered = (text: string, level: number) => new Paragraph({ text, numbering: { reference: 'plan', level } });
  const chapters: Paragraph[] = [];
  for (let i = 0; i < repeat; i++) {
    chapters.push(
      numbered(i === 0 ? '主要任务' : `第${i + 1}批任务`, 0),
      numbered('培育科技型企业。实施科技型企业梯度培育计划，到2025年科技型企业达到5000家。', 1),
      numbered('建设创新平台。建设市级重点实验室20个，支持企业建设研发机构。', 1),
    );
    if (repeat > 1) for (let k = 0; k < 20; k++) chapters.push(new Paragraph(`　　第${i + 1}批第${k + 1}段：各有关部门围绕科技创新重点任务，加强协同配合，完善政策体系，推动创新资源向企业集聚，确保各项工作落到实处、取得实效。`));
  }
  const doc = new Document({
    numbering: {
      config: [
        {
          reference: 'plan',
          levels: [
            { level: 0, format: LevelFormat.CHINESE_COUNTING, text: '%1、', alignment: AlignmentType.START },
            { level: 1, format: LevelFormat.CHINESE_COUNTING, text: '（%2）', alignment: AlignmentType.START },
          ],
        },
      ],
    },
    footnotes: { 1: { children: [new Paragraph('科技型企业指经评价入库的企业。')] } },
    sections: [
      {
        children: [
          new Paragraph({ text: '重庆市推进科技创新工作方案', heading: HeadingLevel.TITLE }),
          new Paragraph({ children: [new TextRun('为推进科技创新，制定本方案'), new FootnoteReferenceRun(1), new TextRun('。')] }),
          ...chapters,
          numbered('保障措施', 0),
          numbered('加强统筹协调。各有关部门按照任务分工抓好落实。', 1),
          new Paragraph({ text: '附件', heading: HeadingLevel.HEADING_2 }),
          new Paragraph('重点任务分工表'),
          new Table({ rows: [row(['序号', '重点任务', '完成时限', '牵头单位', '配合单位']), ...DOCX_TASKS.map(row)] }),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}
