import { describe, expect, it } from 'vitest';
import { demoStorySource } from '../../seed/synthetic/demoStory.ts';
import { corpusSource } from '../../seed/synthetic/groups.ts';
import { localAgencySource } from '../../seed/synthetic/localAgencies.ts';
import { sourceName } from '../../web/src/i18n.ts';

// The synthetic corpus titles its own records in English (seed/synthetic); the Chinese view words them
// in Chinese. Taken from the seed itself, so a retitled source fails here instead of showing English.
const cjk = /[\u3400-\u9fff]/;
const latinWord = /[A-Za-z]{2,}/;

describe('the corpus’s own source titles in the reader’s language', () => {
  it.each([demoStorySource, corpusSource(42), localAgencySource])('words “%s” in Chinese, with no English word', (source) => {
    const zh = sourceName('zh', source);
    expect(zh).toMatch(cjk);
    expect(zh).not.toMatch(latinWord);
    expect(sourceName('en', source)).toBe(source);
  });

  it('keeps the seed in the Chinese and any other title as it is (a document’s title, an import’s file:line)', () => {
    expect(sourceName('zh', corpusSource(7))).toBe('本项目合成数据（种子 7，虚构）');
    expect(sourceName('zh', 'companies.csv:12')).toBe('companies.csv:12');
    expect(sourceName('zh', '发改财金〔2016〕141号')).toBe('发改财金〔2016〕141号');
  });
});
