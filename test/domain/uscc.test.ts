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

// GB 32100-2015 §4 and table A.1 (登记管理部门代码和机构类别代码, as amended: A and N added), as
// reproduced in https://blog.csdn.net/lh1424573495/article/details/108776492; positions 3–8 are the
// registrar's GB/T 2260 division, 100000 for national registrars (国发〔2015〕33号's explainer:
// "国家用100000，北京用110000").
describe('positions 1–2: the registration authority and organisation category of GB 32100-2015', () => {
  const build = (authority: string, category: string, division = '110108') =>
    (first17 => first17 + usccCheckCharacter(first17))(`${authority}${category}${division}MA000000${orgCodeCheckCharacter('MA000000')}`);

  it.each([
    ['1', '1', '机关'],
    ['1', '2', '事业单位'],
    ['1', '3', '中央编办直接管理机构编制的群众团体'],
    ['3', '1', '律师执业机构'],
    ['3', '5', '仲裁委员会'],
    ['5', '1', '社会团体'],
    ['5', '3', '基金会'],
    ['9', '1', '企业'],
    ['9', '2', '个体工商户'],
    ['9', '3', '农民专业合作社'],
    ['A', '1', '军队事业单位'],
    ['N', '2', '村级集体经济组织'],
    ['Y', '1', '其他'],
  ])('accepts %s%s (%s)', (authority, category) => {
    expect(validateUscc(build(authority, category)).errors).toEqual([]);
  });

  it('rejects an authority outside the table, naming position 1 and the allowed codes', () => {
    expect(validateUscc(build('B', '1')).errors).toEqual([
      {
        code: 'AUTHORITY',
        message: "registration-authority code (position 1) is 'B'; GB 32100-2015 allows 1, 2, 3, 4, 5, 6, 7, 8, 9, A, N, Y",
        position: 1,
        expected: '1,2,3,4,5,6,7,8,9,A,N,Y',
        found: 'B',
      },
    ]);
  });

  it('rejects a category its authority does not assign: 工商 (9) has no 9 "other", 其他 (Y) only 1', () => {
    expect(validateUscc(build('9', '9')).errors).toEqual([
      {
        code: 'CATEGORY',
        message: "organisation-category code (position 2) is '9'; after registration authority 9 GB 32100-2015 allows 1, 2, 3",
        position: 2,
        expected: '1,2,3',
        found: '9',
      },
    ]);
    expect(validateUscc(build('Y', '2')).errors).toMatchObject([{ code: 'CATEGORY', position: 2, expected: '1' }]);
    expect(validateUscc(build('2', '4')).errors).toMatchObject([{ code: 'CATEGORY', position: 2, expected: '1,9' }]);
  });

  it('rejects 000000000000000000 although its check character (0) matches', () => {
    expect(usccCheckCharacter('00000000000000000')).toBe('0');
    const result = validateUscc('000000000000000000');
    expect(result.valid).toBe(false);
    expect(result.errors.map((e) => [e.code, e.position])).toEqual([
      ['AUTHORITY', 1],
      ['DIVISION', 3],
    ]);
  });

  it('makeUscc refuses to build a code outside the table', () => {
    expect(() => makeUscc({ authority: '9', category: '4', division: '440300', orgBody8: 'MA000000' })).toThrow(/position 2/);
  });
});

describe('positions 3–8: the GB/T 2260 division of the registrar', () => {
  const withDivision = (division: string) => (first17 => first17 + usccCheckCharacter(first17))(`91${division}MA000000${orgCodeCheckCharacter('MA000000')}`);

  it.each([
    ['100000', 'national registrar (ICBC 91100000100003962T)'],
    ['110000', 'Beijing, province level'],
    ['440300', 'Shenzhen, prefecture level (Huawei 914403001922038216)'],
    ['110108', 'Haidian, county level (Xiaomi 91110108551385082Q)'],
    ['441900', 'Dongguan, a prefecture without counties'],
    ['810000', 'Hong Kong'],
  ])('accepts %s (%s) without a warning', (division) => {
    expect(validateUscc(withDivision(division))).toMatchObject({ valid: true, warnings: [] });
  });

  it('accepts a division abolished since (Hangzhou 330103 下城区, merged 2021) with a warning naming positions 3–8', () => {
    // 国函〔2021〕29号 merged 下城区 into 拱墅区; codes issued there before keep 330103.
    const result = validateUscc(withDivision('330103'));
    expect(result.valid).toBe(true);
    expect(result.warnings).toMatchObject([{ code: 'DIVISION_NOT_CURRENT', position: 3, found: '330103' }]);
  });

  it('rejects a division whose province does not exist, listing the provinces', () => {
    const [error] = validateUscc(withDivision('990000')).errors;
    expect(error).toMatchObject({ code: 'DIVISION', position: 3, found: '990000' });
    expect(error!.message).toContain("'990000' is not a GB/T 2260 code: positions 3–4 must be a province (11, 12, 13");
    expect(error!.expected!.split(',')).toEqual(expect.arrayContaining(['11', '44', '65', '71', '81', '82', '100000']));
    expect(validateUscc(withDivision('100001')).errors).toMatchObject([{ code: 'DIVISION' }]);
  });
});
