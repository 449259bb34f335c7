/**
 * Whether a translated figure says the same numbers as the English one. Each edition writes
 * numbers its own way: "38.6 million" is "3860万", "25 Feb 2016" is "2016年2月25日". So every
 * English number must appear in the translation, scaled by a power of ten at most (万 against
 * million, 亿 against billion); the translation may add numbers, such as a month.
 */
export function numbersIn(text: string): number[] {
  return [...text.replace(/(\d),(?=\d{3})/g, '$1').matchAll(/\d+(?:\.\d+)?/g)].map((match) =>
    Number(match[0]),
  );
}

function sameUpToPowerOfTen(english: number, translated: number): boolean {
  if (english === 0 || translated === 0) return english === translated;
  const exponent = Math.log10(translated / english);
  return Math.abs(exponent - Math.round(exponent)) < 1e-9 && Math.abs(exponent) <= 4;
}

/** The English numbers the translation leaves out or changes; empty when they agree. */
export function missingNumbers(english: string, translated: string): number[] {
  const available = numbersIn(translated);
  const missing: number[] = [];
  for (const number of numbersIn(english)) {
    const at = available.findIndex((candidate) => sameUpToPowerOfTen(number, candidate));
    if (at === -1) missing.push(number);
    else available.splice(at, 1);
  }
  return missing;
}
