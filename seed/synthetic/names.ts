import { pinyin } from 'pinyin-pro';
import type { Random } from './random.ts';

/**
 * Fictitious Chinese names. Persons: a common surname (weighted roughly by frequency) and one or two
 * given-name characters. Companies: region + a three-character brand + industry word + legal form —
 * three-character brands from an uncommon mix make a clash with a real registered name unlikely.
 */

// prettier-ignore
const surnames: Array<[string, number]> = [
  ['王', 72], ['李', 70], ['张', 66], ['刘', 53], ['陈', 46], ['杨', 31], ['黄', 24], ['赵', 20], ['吴', 19], ['周', 19],
  ['徐', 14], ['孙', 13], ['马', 12], ['朱', 12], ['胡', 11], ['郭', 11], ['何', 10], ['林', 10], ['高', 10], ['罗', 9],
  ['郑', 9], ['梁', 8], ['谢', 7], ['宋', 6], ['唐', 6], ['许', 6], ['韩', 6], ['冯', 6], ['邓', 6], ['曹', 5],
  ['彭', 5], ['曾', 5], ['肖', 5], ['田', 5], ['董', 5], ['袁', 4], ['潘', 4], ['于', 4], ['蒋', 4], ['蔡', 4],
  ['余', 4], ['杜', 4], ['叶', 4], ['程', 4], ['苏', 3], ['魏', 3], ['吕', 3], ['丁', 3], ['任', 3], ['沈', 3],
  ['姚', 3], ['卢', 3], ['姜', 3], ['崔', 3], ['钟', 3], ['谭', 3], ['陆', 3], ['汪', 3], ['范', 3], ['欧阳', 1],
];

const givenChars = [
  ...'伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红建文辉斌宇浩凯鹏飞鑫波宁俊峰晨阳林志远海潮佳怡欣雨婷慧颖琳晓丹博睿哲瑞泽轩昊然子涵思彤嘉悦梓萱',
];

// Brand characters: auspicious but uncommonly combined, so three of them rarely spell a real firm's name.
const brandChars = [...'澜汐曜禾峻昇沣屹晟琪翊珩璟昀澄岚逸翎骁霖铠宸奕珂钰瑾熠湛淇舜渊琨砚曦溯韬蔚昕玥璘翱岱恪璞'];

const legalForms: Array<{ zh: string; en: string; form: string; weight: number }> = [
  { zh: '有限公司', en: 'Co., Ltd.', form: 'limited_liability_company', weight: 80 },
  { zh: '有限责任公司', en: 'Co., Ltd.', form: 'limited_liability_company', weight: 12 },
  { zh: '股份有限公司', en: 'Corporation Limited', form: 'joint_stock_company', weight: 8 },
];

const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const pinyinCache = new Map<string, string>();

/** Latin rendering of a Chinese word: pinyin syllables joined and capitalised (禾峻昇 → Hejunsheng). */
export function pinyinWord(zh: string, surname = false): string {
  const key = `${surname ? 's' : 'w'}${zh}`;
  let value = pinyinCache.get(key);
  if (value === undefined) {
    value = capitalize(pinyin(zh, { toneType: 'none', type: 'array', surname: surname ? 'head' : 'off', v: true }).join(''));
    pinyinCache.set(key, value);
  }
  return value;
}

export function personName(random: Random): { nameZh: string; namePinyin: string } {
  const surname = random.weighted(surnames, ([, w]) => w)[0];
  const given = Array.from({ length: random.chance(0.7) ? 2 : 1 }, () => random.pick(givenChars)).join('');
  return { nameZh: surname + given, namePinyin: `${pinyinWord(surname, true)} ${pinyinWord(given)}` };
}

export function brand(random: Random): string {
  return Array.from({ length: 3 }, () => random.pick(brandChars)).join('');
}

export function legalForm(random: Random, jointStockBias = 1): { zh: string; en: string; form: string } {
  return random.weighted(legalForms, (f) => (f.form === 'joint_stock_company' ? f.weight * jointStockBias : f.weight));
}
