import { describe, expect, it } from 'vitest';
import { formatStepHash, parseStepHash } from './step-hash';

const IDS = ['question', 'plateau', 'apple-icloud'];

describe('parseStepHash', () => {
  it.each([
    ['#plateau', 'plateau'],
    ['plateau', 'plateau'],
    ['#apple-icloud', 'apple-icloud'],
    ['#Plateau', 'plateau'],
    ['#%70lateau', 'plateau'],
    ['#plateau%20', 'plateau'],
  ])('%s names step %s', (hash, id) => {
    expect(parseStepHash(hash, IDS)).toBe(id);
  });

  it.each([
    [''],
    ['#'],
    ['#unknown-step'],
    ['#%E0%A4%A'],
    ['#%'],
    ['#<script>alert(1)</script>'],
    ['#javascript:alert(1)'],
    ['#plateau--x'],
    ['#-plateau'],
    ['#credits'],
    ['#' + 'a'.repeat(200)],
    ['#plateau#question'],
    ['#plat\u0065\u0301au'],
    ['#🙂'],
    ['#__proto__'],
    ['#constructor'],
  ])('%s names no step', (hash) => {
    expect(parseStepHash(hash, IDS)).toBeNull();
  });
});

describe('formatStepHash', () => {
  it('round-trips every id', () => {
    for (const id of IDS) expect(parseStepHash(formatStepHash(id), IDS)).toBe(id);
  });
});
