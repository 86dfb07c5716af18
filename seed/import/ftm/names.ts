import type { Props } from '../facts.ts';
import { isChinese, pinyinOf } from '../values.ts';
import { all, type FtmEntity } from './entity.ts';

const latin = /^[\p{Script=Latin}\p{N}\p{P}\p{Zs}\p{S}]+$/u;

/**
 * The model's names from an entity's many: `nameZh` is the first Chinese-script name, `nameEn` the
 * caption when it is in Latin script, else the first Latin-script name, else the caption as it is
 * (a Cyrillic company name is better than none). Persons with a Chinese name also get its pinyin.
 */
export function namesOf(entity: FtmEntity, person: boolean): Props {
  const names = [...(entity.caption ? [entity.caption] : []), ...all(entity, 'name')];
  const nameZh = names.find(isChinese) ?? null;
  const nameEn = names.find((n) => latin.test(n)) ?? names.find((n) => !isChinese(n)) ?? null;
  const props: Props = { nameZh, nameEn };
  if (person) props.namePinyin = nameZh ? pinyinOf(nameZh) : null;
  return props;
}
