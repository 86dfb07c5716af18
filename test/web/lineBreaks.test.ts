import { describe, expect, it } from 'vitest';
import { breakMark, withLineBreaks, withoutLineBreaks } from '../../web/src/graph/lineBreaks.ts';

/** Cytoscape's `text-overflow-wrap: whitespace`, counted in characters: fill each line up to `width`, breaking only at marks and spaces. */
function wrap(label: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of label.split(/(?<=[\s\u200b])/u)) {
    const visible = (text: string) => [...withoutLineBreaks(text).trimEnd()].length;
    if (line && visible(line + word) > width) {
      lines.push(withoutLineBreaks(line).trimEnd());
      line = '';
    }
    line += word;
  }
  return [...lines, withoutLineBreaks(line).trimEnd()];
}

const labels = [
  '示例3069科技有限公司',
  '限制消费人员（限制高消费令）',
  '⚠\u00a0深圳市曜澜汐贸易有限公司（分公司）',
  '失信被执行人名单，（2022）粤03执1187号。',
  '《关于对失信被执行人实施联合惩戒的合作备忘录》',
  '国办发〔2020〕49号',
  '“信用中国”网站公示、查询',
];

describe('label line breaks (no line starts with closing punctuation, none ends with opening)', () => {
  it('never lets a closing bracket start a line: 限制消费人员（限制高消费令 / ） cannot happen at any width', () => {
    for (const label of labels) {
      for (let width = 2; width <= 24; width++) {
        const lines = wrap(withLineBreaks(label), width);
        expect(lines.join('').replace(/\s/gu, ''), label).toBe(label.replace(/\s/gu, ''));
        for (const line of lines.slice(1)) expect(line, `${label} at ${width}: ${lines.join(' / ')}`).not.toMatch(/^[」』）】》〉〕，。、；：？！…%)]/u);
        for (const line of lines.slice(0, -1)) expect(line, `${label} at ${width}: ${lines.join(' / ')}`).not.toMatch(/[「『（【《〈〔“]$/u);
        if (lines.length > 1) expect([...lines.at(-1)!].length, `${label} at ${width}: ${lines.join(' / ')}`).toBeGreaterThan(1);
      }
    }
    expect(wrap(withLineBreaks('限制消费人员（限制高消费令）'), 13)).toEqual(['限制消费人员（限制高消费', '令）']);
  });

  it('breaks Chinese between characters, Latin words and numbers only at their spaces', () => {
    expect(withLineBreaks('甲公司')).toBe(`甲${breakMark}公司`);
    expect(withLineBreaks('Shenzhen Yaolanxi Trading Co., Ltd.')).toBe('Shenzhen Yaolanxi Trading Co., Ltd.');
    expect(withLineBreaks('执1187号')).toBe(`执${breakMark}1187号`);
    expect(wrap(withLineBreaks('示例3069科技有限公司'), 11)).toEqual(['示例3069科技有限', '公司']);
    expect(withoutLineBreaks(withLineBreaks('限制消费人员（限制高消费令）'))).toBe('限制消费人员（限制高消费令）');
    expect(withLineBreaks('')).toBe('');
  });
});
