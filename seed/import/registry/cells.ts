import type { OfficerRole } from '../../../graph/model.ts';
import { roleAliases } from '../csv/relations.ts';

/**
 * The two list cells of a registry export, parsed: 股东及出资信息 ("张三(60%);北京某某科技有限公司(40%)",
 * "张三：认缴出资600万元，持股比例60%", "张三 60%、李四 40%") and 主要人员 ("张三(董事长);李四：监事").
 */

export interface ShareholderEntry {
  name: string;
  /** Share as a fraction (0.6), null when the cell gives none. */
  fraction: number | null;
  /** 认缴出资 in CNY, when given. */
  subscribedCapital: number | null;
  /** The entry as written, for messages. */
  text: string;
}

export interface OfficerEntry {
  name: string;
  role: OfficerRole | null;
  roleText: string;
}

function entries(cell: string): string[] {
  return cell
    .split(/[;；\n]/)
    .flatMap((piece) => ((piece.match(/%/g)?.length ?? 0) > 1 ? piece.split(/(?<=%[)）]?)\s*[、,，]\s*/) : [piece]))
    .map((piece) => piece.trim())
    .filter(Boolean);
}

const nameOf = (entry: string) =>
  entry
    .replace(/[（(][^）)]*[）)]/g, ' ')
    .split(/[:：]/)[0]!
    .replace(/\d+(?:\.\d+)?\s*%/g, '')
    .replace(/\s+/g, ' ')
    .trim();

export function parseShareholders(cell: string): ShareholderEntry[] {
  return entries(cell).map((entry) => {
    const percent = [...entry.matchAll(/(\d+(?:\.\d+)?)\s*%/g)].at(-1);
    const capital = /(?:认缴|出资)[^\d]*(\d+(?:\.\d+)?)\s*(万|亿)?/.exec(entry);
    const multiplier = capital?.[2] === '亿' ? 1e8 : capital?.[2] === '万' ? 1e4 : 1;
    return {
      name: nameOf(entry),
      fraction: percent ? Math.round(Number(percent[1]) * 1e8) / 1e10 : null,
      subscribedCapital: capital ? Math.round(Number(capital[1]) * multiplier * 100) / 100 : null,
      text: entry,
    };
  });
}

const titles = Object.keys(roleAliases).sort((a, b) => b.length - a.length);

export function parseOfficers(cell: string): OfficerEntry[] {
  return entries(cell).map((entry) => {
    const inBrackets = /[（(]([^）)]*)[）)]/.exec(entry)?.[1];
    const afterColon = entry.split(/[:：]/)[1];
    const roleText = (inBrackets ?? afterColon ?? '').trim();
    const title = titles.find((t) => roleText.includes(t));
    return { name: nameOf(entry), role: title ? roleAliases[title]! : null, roleText };
  });
}

/** A shareholder name that is an organisation rather than a natural person. */
export const isOrganisation = (name: string): boolean =>
  /(公司|企业|集团|合伙|中心|事务所|委员会|管理局|研究院|研究所|银行|基金|社|厂|店|局|院|部)(\s*[（(][^）)]*[）)])?$/.test(name) ||
  /\b(ltd|limited|inc|llc|corp|corporation|company|gmbh|plc|fund|lp)\.?$/i.test(name);
