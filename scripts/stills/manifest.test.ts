import { describe, expect, it } from 'vitest';
import { manifestEntry, manifestJson, stillFile } from './manifest';

const steps = [
  { id: 'question', mapDescription: 'A map of China with Guizhou outlined in the south-west.' },
  { id: 'guian', mapDescription: "Central Guizhou, with Gui'an New Area & its data centres." },
];

describe('the stills manifest', () => {
  it('names each still by its step, under stills/', () => {
    expect(stillFile('plateau')).toBe('stills/plateau.png');
  });

  it("gives each entry its step's id, file, size, bytes and map description as alt", () => {
    expect(manifestEntry(steps[1]!, { width: 1200, height: 630 }, 20_946)).toEqual({
      id: 'guian',
      file: 'stills/guian.png',
      width: 1200,
      height: 630,
      bytes: 20_946,
      alt: "Central Guizhou, with Gui'an New Area & its data centres.",
    });
  });

  it('writes entries in story order as JSON that reads back the same', () => {
    const entries = steps.map((step, i) =>
      manifestEntry(step, { width: 1200, height: 630 }, 1000 + i),
    );
    const text = manifestJson(entries);
    expect(text.endsWith('\n')).toBe(true);
    expect(JSON.parse(text)).toEqual(entries);
    expect(JSON.parse(text).map((entry: { id: string }) => entry.id)).toEqual([
      'question',
      'guian',
    ]);
  });

  it('is deterministic: the same entries give the same text', () => {
    const entries = steps.map((step) => manifestEntry(step, { width: 1200, height: 630 }, 5));
    expect(manifestJson(entries)).toBe(manifestJson(entries.map((entry) => ({ ...entry }))));
  });
});
