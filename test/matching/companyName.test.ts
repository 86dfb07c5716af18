import { describe, expect, it } from 'vitest';
import { compareNames, defaultMatchThreshold, englishRendering, explainMatch, matchCompany, nameBlockingKey, parseCompanyName } from '../../graph/domain/companyName.ts';

// Name structure 行政区划 + 字号 + 行业 + 组织形式: 《企业名称登记管理规定》(国务院令第734号) 第六条,
// https://www.gov.cn/zhengce/content/2020-12/28/content_5574258.htm
describe('company-name normaliser', () => {
  it('takes region, trade name, industry and legal form apart in Chinese, traditional, bracketed and English forms', () => {
    const forms = ['北京某某科技有限公司', '北京某某科技有限責任公司', '某某（北京）科技有限公司', '（北京）某某科技有限公司', 'Beijing Moumou Technology Co., Ltd.', 'MOUMOU (BEIJING) TECHNOLOGY COMPANY LIMITED'];
    for (const name of forms) {
      const parts = parseCompanyName(name);
      expect(parts.region?.key, name).toBe('beijing');
      expect(parts.tradePinyin, name).toBe('moumou');
      expect(parts.industry, name).toEqual(['technology']);
      expect(parts.legalForm, name).toBe('limited');
      expect(nameBlockingKey(name), name).toBe('moumou');
    }
  });

  it('reads full-width forms, province-and-city prefixes, groups, branches and joint-stock forms', () => {
    const branch = parseCompanyName('广东省深圳市曜澜汐電子科技股份有限公司上海分公司');
    expect(branch).toMatchObject({ tradeName: '曜澜汐', branch: true, legalForm: 'joint_stock', industry: ['electronics', 'technology'] });
    expect(branch.region).toEqual({ key: 'shenzhen', province: 'guangdong' });
    expect(parseCompanyName('ＡＢＣ科技集团有限公司')).toMatchObject({ tradeName: 'abc', group: true });
    expect(parseCompanyName('Hong Kong Abc Trading Limited').region?.key).toBe('xianggang');
  });

  it('scores a variant as the same company and explains every feature', () => {
    const match = matchCompany({ name: 'Beijing Moumou Technology Co., Ltd.' }, { names: ['北京某某科技有限公司'] });
    expect(match.score).toBe(1);
    expect(match.features.map((f) => f.feature)).toEqual(['trade_name', 'industry', 'region', 'legal_form', 'group', 'branch']);
    expect(explainMatch(match)).toContain('trade_name same (moumou / moumou)');
  });

  it('keeps other industries, other cities, branches and group parents apart', () => {
    const head = '深圳市曜澜汐贸易有限公司';
    for (const other of ['深圳市曜澜汐物流有限公司', '北京市曜澜汐贸易有限公司', '深圳市曜澜汐贸易有限公司广州分公司', '深圳市曜澜汐贸易集团有限公司', 'Shenzhen Yaolanxi Logistics Co., Ltd.']) {
      const match = matchCompany({ name: other }, { names: [head] });
      expect(match.score, other).toBeLessThan(0.8);
      expect(match.features.some((f) => f.verdict === 'different'), other).toBe(true);
    }
  });

  it('lets an equal USCC decide whatever the names say', () => {
    const match = matchCompany({ name: '完全不同', uscc: '91440300MA5F0X0X0X' }, { names: ['深圳市曜澜汐贸易有限公司'], uscc: '91440300ma5f0x0x0x' });
    expect(match).toEqual({ score: 1, features: [expect.objectContaining({ feature: 'uscc', verdict: 'same' })] });
  });
});

// The rendering follows the parts of a registered name, 行政区划 + 字号 + 行业 + 组织形式
// (《企业名称登记管理规定》第六条, 国务院令第734号, 2020): region and trade name in pinyin, the rest in English.
describe('englishRendering', () => {
  it.each([
    ['北京鹭港科技有限公司', 'Beijing Lugang Technology Co., Ltd.'],
    ['广东省深圳市华强北电子贸易有限公司', 'Shenzhen Huaqiangbei Electronic Trading Co., Ltd.'],
    ['鹭港（香港）有限公司', 'Hong Kong Lugang Co., Ltd.'],
    ['北京鹭港控股集团有限公司', 'Beijing Lugang Holding Group Co., Ltd.'],
    ['宁波甬江进出口有限公司', 'Ningbo Yongjiang Import and Export Co., Ltd.'],
    ['深圳某某科技有限公司南山分公司', 'Shenzhen Moumou Technology Co., Ltd. Branch'],
  ])('%s → %s', (nameZh, expected) => {
    expect(englishRendering(nameZh)).toBe(expected);
    // The rendering is one the matcher reads back as the same company.
    expect(compareNames(parseCompanyName(nameZh), parseCompanyName(expected)).score).toBeGreaterThanOrEqual(defaultMatchThreshold);
  });

  it('gives no rendering of a name that is not Chinese', () => {
    expect(englishRendering('Lugang (Hong Kong) Limited')).toBeNull();
  });
});
