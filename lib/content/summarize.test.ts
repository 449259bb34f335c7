import { describe, expect, it } from 'vitest';
import { itReturns } from '@/lib/testing/it-returns';
import { summarize, toPlainText } from './summarize';

describe('toPlainText', () => {
  itReturns('%j → %j', toPlainText, [
    ['**Guizhou** is _high_.', 'Guizhou is high.'],
    ['See [the law](https://example.org/law) here.', 'See the law here.'],
    ['One\n\nTwo', 'One Two'],
  ]);
});

describe('summarize', () => {
  it('keeps a short text whole', () => {
    expect(summarize('A short step.', 200)).toBe('A short step.');
  });

  it('keeps whole sentences within the limit', () => {
    const text =
      'First sentence here. Second sentence is here. Third one is much longer than the rest.';
    expect(summarize(text, 50)).toBe('First sentence here. Second sentence is here.');
  });

  it('cuts one long sentence at a word, with an ellipsis', () => {
    const summary = summarize('word '.repeat(80), 40);
    expect(summary.length).toBeLessThanOrEqual(40);
    expect(summary.endsWith('…')).toBe(true);
  });
});
