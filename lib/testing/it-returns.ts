import { expect, it } from 'vitest';

/**
 * For tests: a table of calls, one test per row. A row is the arguments for `fn` and, last,
 * what it must return (compared with `toBe`); `title` names each test from the row's values,
 * as `it.each` does (`%s`, `%j`).
 */
export function itReturns<Args extends readonly unknown[], Result>(
  title: string,
  fn: (...args: Args) => Result,
  rows: readonly (readonly [...Args, Result])[],
): void {
  it.each(rows.map((row): unknown[] => [...row]))(title, (...row) => {
    const expected = row.pop();
    expect(fn(...(row as unknown[] as [...Args]))).toBe(expected);
  });
}
