/**
 * Pinyin without tone marks, from `pinyin-pro`, loaded on first use (a separate chunk: the
 * dictionary is only needed where English mode spells a Chinese name or number).
 */
export type Pinyin = (text: string) => string;

let loading: Promise<Pinyin> | null = null;

export function loadPinyin(): Promise<Pinyin> {
  loading ??= import('pinyin-pro').then((pinyinPro) => (text: string) => pinyinPro.pinyin(text, { toneType: 'none', type: 'string' }));
  return loading;
}

/** A Chinese run as one capitalised pinyin word: 深圳 → Shenzhen, 国办发 → Guobanfa. */
export function pinyinWord(text: string, pinyin: Pinyin): string {
  const latin = pinyin(text).replace(/\s+/g, '');
  return latin.charAt(0).toUpperCase() + latin.slice(1);
}
