import { describe, expect, it } from 'vitest';
import { makeUscc, orgCodeCheckCharacter, usccCheckCharacter, validateUscc } from '../../graph/domain/uscc.ts';

/** The 19 publicly quoted codes of the fact base (scs-facts.json `uscc.codes`) and their org-code check result. */
const quotedCodes: Array<[name: string, uscc: string, orgCheckPasses: boolean]> = [
  ['huawei', '914403001922038216', true],
  ['tencent_tech_sz', '9144030071526726XG', true],
  ['douyin_vision', '91110107599635562F', true],
  ['netease_hz', '91330000788831167A', true],
  ['qihu', '911101026662879416', true],
  ['dingtalk', '91330110MA2B00R29G', true],
  ['xunlei', '91440300746612636Q', true],
  ['shirui_cvte', '914401016756828477', true],
  ['boc', '911000001000013428', true],
  ['byd', '91440300192317458F', true],
  ['alibaba_network', '91330100716105852F', true],
  ['xiaomi', '91110108551385082Q', true],
  ['baidu_netcom', '91110000802100433B', true],
  ['bilibili_signer', '91310110779301025N', true],
  ['icbc', '91100000100003962T', true],
  ['ccb', '911100001000044477', true],
  ['spdb', '91310000631295002H', false],
  ['tencent_computer', '91440300708461136T', true],
  ['gb_example', '91350100M000100Y43', true],
];

describe('validateUscc on the publicly quoted codes', () => {
  it.each(quotedCodes)('%s (%s) is valid', (_name, uscc, orgCheckPasses) => {
    const result = validateUscc(uscc);
    expect(result.valid).toBe(true);
    expect(result.errors).toEqual([]);
    expect(result.warnings.length).toBe(orgCheckPasses ? 0 : 1);
  });

  it('warns precisely on the SPDB organization-code check (expected 1, found 2)', () => {
    expect(validateUscc('91310000631295002H').warnings).toEqual([
      {
        code: 'ORG_CODE_CHECK',
        message: "organization-code check character (position 17) is '2', expected '1'",
        position: 17,
        expected: '1',
        found: '2',
      },
    ]);
  });
});

describe('the GB 32100-2015 worked example 91350100M000100Y43', () => {
  it('computes check character 3 from the first 17 characters', () => {
    expect(usccCheckCharacter('91350100M000100Y4')).toBe('3');
  });

  it('computes organization-code check character 4 from M000100Y (letters valued A=10…Z=35)', () => {
    expect(orgCodeCheckCharacter('M000100Y')).toBe('4');
  });

  it('rejects the variant ending in Z, naming the expected character', () => {
    const result = validateUscc('91350100M000100Y4Z');
    expect(result.valid).toBe(false);
    expect(result.errors.map((e) => e.code)).toContain('CHARSET');
  });

  it('rejects a wrong check character with expected and found', () => {
    const result = validateUscc('91350100M000100Y44');
    expect(result.valid).toBe(false);
    expect(result.errors).toEqual([
      {
        code: 'CHECK_CHARACTER',
        message: "check character (position 18) is '4', expected '3'",
        position: 18,
        expected: '3',
        found: '4',
      },
    ]);
  });

  it('makeUscc rebuilds it from its parts', () => {
    expect(makeUscc({ authority: '9', category: '1', division: '350100', orgBody8: 'M000100Y' })).toBe('91350100M000100Y43');
  });
});

describe('validateUscc input problems', () => {
  it('normalises by trimming and upper-casing', () => {
    const result = validateUscc('  91350100m000100y43 ');
    expect(result.normalized).toBe('91350100M000100Y43');
    expect(result.valid).toBe(true);
  });

  it('reports an empty code', () => {
    expect(validateUscc('   ').errors).toEqual([{ code: 'EMPTY', message: 'the code is empty' }]);
  });

  it('reports the length', () => {
    const result = validateUscc('91350100M000100Y4');
    expect(result.valid).toBe(false);
    expect(result.errors[0]).toMatchObject({ code: 'LENGTH', message: 'length is 17, expected 18' });
  });

  it('reports a forbidden letter with its position', () => {
    const result = validateUscc('9135I100M000100Y43');
    expect(result.errors).toContainEqual({
      code: 'CHARSET',
      message: "character 'I' at position 5 is not allowed (I, O, S, V, Z are never used)",
      position: 5,
      found: 'I',
    });
  });

  it('requires digits in the division code (positions 3–8)', () => {
    const result = validateUscc('9135A100M000100Y43');
    expect(result.errors[0]).toMatchObject({ code: 'CHARSET', position: 5, found: 'A' });
  });

  it('a single changed character is always caught by the check character', () => {
    const base = '91350100M000100Y43';
    for (let position = 9; position <= 17; position++) {
      const original = base[position - 1]!;
      const replacement = original === '1' ? '2' : '1';
      const mutated = base.slice(0, position - 1) + replacement + base.slice(position);
      expect(validateUscc(mutated).valid, mutated).toBe(false);
    }
  });
});

describe('makeUscc', () => {
  it('builds codes that pass both checks for many organization bodies', () => {
    for (let n = 0; n < 500; n++) {
      const orgBody8 = `MA${(n * 7919).toString(36).toUpperCase().replace(/[IOSVZ]/g, '0').padStart(6, '0')}`;
      const result = validateUscc(makeUscc({ authority: '9', category: '1', division: '440300', orgBody8 }));
      expect(result.valid).toBe(true);
      expect(result.warnings).toEqual([]);
    }
  });

  it('refuses malformed parts', () => {
    expect(() => makeUscc({ authority: '9', category: '1', division: '44030', orgBody8: 'MA000000' })).toThrow(/malformed/);
  });
});
