/**
 * The Legal Entity Identifier (ISO 17442): 20 characters, letters and digits, the last two check
 * digits under ISO 7064 MOD 97-10 (letters count A = 10 … Z = 35; the whole code mod 97 is 1).
 * https://www.gleif.org/en/about-lei/iso-17442-the-lei-code-structure
 */
export function leiProblem(input: string): string | null {
  const code = input.trim().toUpperCase();
  if (!/^[0-9A-Z]{18}[0-9]{2}$/.test(code)) return `an LEI is 18 letters or digits and 2 check digits, got '${input}'`;
  let remainder = 0;
  for (const char of code) {
    for (const digit of String(parseInt(char, 36))) remainder = (remainder * 10 + Number(digit)) % 97;
  }
  return remainder === 1 ? null : `LEI ${code} fails its check digits (ISO 7064 MOD 97-10)`;
}
