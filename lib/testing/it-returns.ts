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

/**
 * Rows for `itReturns` from what each result is returned for, for a many-to-one mapping:
 * `{ next: ['j', 'ArrowDown'] }` gives the rows `['j', 'next']` and `['ArrowDown', 'next']`.
 */
export function byResult<Result extends string>(
  inputs: Readonly<Record<Result, readonly string[]>>,
): (readonly [string, Result])[] {
  return (Object.entries(inputs) as [Result, readonly string[]][]).flatMap(([result, of]) =>
    of.map((input) => [input, result] as const),
  );
}
