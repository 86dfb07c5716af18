import { divisionProvinces, divisionStatus, nationalDivision } from './divisionCode.ts';
import { categoriesOf, registrationAuthorities } from './usccCategories.ts';

/**
 * The Unified Social Credit Code (统一社会信用代码, GB 32100-2015): validation and construction.
 *
 * 18 characters: registration authority (1), entity category (2), GB/T 2260 division of the
 * registrar (3–8, digits), the GB 11714 organization code (9–17: 8-character body + its own check
 * character) and the mod-31 check character (18). Positions 1–2 must be a pair of the standard's
 * table, 3–8 a division whose province exists, and character 18 must match; a mismatch of the
 * embedded organization-code check (17) is only a warning, because codes quoted in public (e.g. a
 * bank's legacy organization code) pass 18 but not 17, and so is a division the current GB/T 2260
 * table no longer lists (USCCs outlive the divisions they were issued in).
 */

/** The 31 characters a USCC may use (no I, O, S, V, Z); a character's value is its index. */
export const usccAlphabet = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const usccWeights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
const orgCodeWeights = [3, 7, 9, 10, 5, 8, 4, 2];
const forbiddenLetters = 'IOSVZ';

export interface UsccProblem {
  code: 'EMPTY' | 'LENGTH' | 'CHARSET' | 'AUTHORITY' | 'CATEGORY' | 'DIVISION' | 'DIVISION_NOT_CURRENT' | 'CHECK_CHARACTER' | 'ORG_CODE_CHECK';
  message: string;
  /** 1-based character position the problem is at. */
  position?: number;
  expected?: string;
  found?: string;
}

export interface UsccResult {
  valid: boolean;
  /** Trimmed and upper-cased input. */
  normalized: string;
  errors: UsccProblem[];
  warnings: UsccProblem[];
}

/** Validates a USCC: errors for empty/length/charset/check character 18, a warning for check 17. */
export function validateUscc(input: string): UsccResult {
  const normalized = input.trim().toUpperCase();
  const errors: UsccProblem[] = [];
  const warnings: UsccProblem[] = [];
  const result = () => ({ valid: errors.length === 0, normalized, errors, warnings });

  if (normalized === '') {
    errors.push({ code: 'EMPTY', message: 'the code is empty' });
    return result();
  }
  if (normalized.length !== 18) {
    errors.push({
      code: 'LENGTH',
      message: `length is ${normalized.length}, expected 18`,
      expected: '18',
      found: String(normalized.length),
    });
  }
  for (const [index, char] of [...normalized].entries()) {
    const problem = charsetProblem(char, index + 1);
    if (problem) errors.push(problem);
  }
  if (errors.length > 0) return result();

  errors.push(...partProblems(normalized));
  const division = normalized.slice(2, 8);
  if (divisionStatus(division) === 'historic') {
    warnings.push({
      code: 'DIVISION_NOT_CURRENT',
      message: `division code (positions 3–8) '${division}' is not in the current GB/T 2260 table; its province ${division.slice(0, 2)} exists, so it is taken as a division abolished or renumbered since the code was issued`,
      position: 3,
      found: division,
    });
  }
  const expected = usccCheckCharacter(normalized.slice(0, 17));
  const found = normalized[17]!;
  if (found !== expected) {
    errors.push({
      code: 'CHECK_CHARACTER',
      message: `check character (position 18) is '${found}', expected '${expected}'`,
      position: 18,
      expected,
      found,
    });
  }
  const orgExpected = orgCodeCheckCharacter(normalized.slice(8, 16));
  const orgFound = normalized[16]!;
  if (orgFound !== orgExpected) {
    warnings.push({
      code: 'ORG_CODE_CHECK',
      message: `organization-code check character (position 17) is '${orgFound}', expected '${orgExpected}'`,
      position: 17,
      expected: orgExpected,
      found: orgFound,
    });
  }
  return result();
}

/** Positions 1–2 against GB 32100-2015's table and 3–8 against GB/T 2260 (errors only). */
function partProblems(code: string): UsccProblem[] {
  const problems: UsccProblem[] = [];
  const [authority, category] = [code[0]!, code[1]!];
  const authorities = Object.keys(registrationAuthorities);
  if (!authorities.includes(authority)) {
    problems.push({
      code: 'AUTHORITY',
      message: `registration-authority code (position 1) is '${authority}'; GB 32100-2015 allows ${authorities.join(', ')}`,
      position: 1,
      expected: authorities.join(','),
      found: authority,
    });
  } else if (!categoriesOf(authority).includes(category)) {
    const allowed = categoriesOf(authority);
    problems.push({
      code: 'CATEGORY',
      message: `organisation-category code (position 2) is '${category}'; after registration authority ${authority} GB 32100-2015 allows ${allowed.join(', ')}`,
      position: 2,
      expected: allowed.join(','),
      found: category,
    });
  }
  const division = code.slice(2, 8);
  if (divisionStatus(division) === 'unknown') {
    problems.push({
      code: 'DIVISION',
      message: `division code (positions 3–8) '${division}' is not a GB/T 2260 code: positions 3–4 must be a province (${divisionProvinces.join(', ')}), or the whole ${nationalDivision} for a national registrar`,
      position: 3,
      expected: `${divisionProvinces.join(',')},${nationalDivision}`,
      found: division,
    });
  }
  return problems;
}

function charsetProblem(char: string, position: number): UsccProblem | undefined {
  const inDivision = position >= 3 && position <= 8;
  if (inDivision ? /[0-9]/.test(char) : usccAlphabet.includes(char)) return undefined;
  const why = forbiddenLetters.includes(char)
    ? 'I, O, S, V, Z are never used'
    : inDivision
      ? 'positions 3–8 are the administrative division code, digits only'
      : `only ${usccAlphabet} are used`;
  return { code: 'CHARSET', message: `character '${char}' at position ${position} is not allowed (${why})`, position, found: char };
}

/** Check character 18 for the first 17 characters: C18 = 31 − (Σ value·3^(i−1) mod 31), 31 → 0. */
export function usccCheckCharacter(first17: string): string {
  if (first17.length !== 17) throw new Error(`usccCheckCharacter needs 17 characters, got ${first17.length}`);
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += usccValue(first17[i]!) * usccWeights[i]!;
  return usccAlphabet[(31 - (sum % 31)) % 31]!;
}

/** GB 11714 check character for an 8-character organization-code body (letters valued A=10…Z=35). */
export function orgCodeCheckCharacter(first8: string): string {
  if (first8.length !== 8) throw new Error(`orgCodeCheckCharacter needs 8 characters, got ${first8.length}`);
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += orgCodeValue(first8[i]!) * orgCodeWeights[i]!;
  const check = 11 - (sum % 11);
  return check === 10 ? 'X' : check === 11 ? '0' : String(check);
}

/** Builds a valid USCC from its parts, computing both check characters. */
export function makeUscc(parts: { authority: string; category: string; division: string; orgBody8: string }): string {
  const { authority, category, division, orgBody8 } = parts;
  if (authority.length !== 1 || category.length !== 1 || !/^\d{6}$/.test(division) || orgBody8.length !== 8) {
    throw new Error(`makeUscc: malformed parts ${JSON.stringify(parts)}`);
  }
  const first17 = `${authority}${category}${division}${orgBody8}${orgCodeCheckCharacter(orgBody8)}`;
  const uscc = first17 + usccCheckCharacter(first17);
  const check = validateUscc(uscc);
  if (!check.valid) throw new Error(`makeUscc: ${check.errors.map((e) => e.message).join('; ')}`);
  return uscc;
}

function usccValue(char: string): number {
  const value = usccAlphabet.indexOf(char);
  if (value < 0) throw new Error(`'${char}' is not a USCC character`);
  return value;
}

function orgCodeValue(char: string): number {
  if (/[0-9]/.test(char)) return char.charCodeAt(0) - 48;
  if (/[A-Z]/.test(char)) return char.charCodeAt(0) - 55;
  throw new Error(`'${char}' is not an organization-code character`);
}
