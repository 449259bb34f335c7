import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BASE_LABELS, GUIZHOU_LABEL } from './base-labels';
import { DISTRICT_NAMES_ZH, NAMES_ZH } from './names-zh';

const readJson = (file: string): unknown => JSON.parse(readFileSync(`public/data/${file}`, 'utf8'));

/** Every feature's properties in a GeoJSON file. */
function propertiesOf(file: string): Record<string, unknown>[] {
  const data = readJson(file) as { features: { properties: Record<string, unknown> }[] };
  return data.features.map((feature) => feature.properties);
}

describe('the Chinese map names', () => {
  it('name every base-map label', () => {
    for (const feature of [...BASE_LABELS.features, ...GUIZHOU_LABEL.features]) {
      expect(NAMES_ZH, feature.properties.name).toHaveProperty([feature.properties.name]);
    }
  });

  it('name every prefecture label and every river', () => {
    for (const properties of propertiesOf('prefecture-labels.json')) {
      expect(NAMES_ZH).toHaveProperty([String(properties.label)]);
    }
    const rivers = propertiesOf('rivers.json')
      .map((properties) => properties.name)
      .filter((name): name is string => typeof name === 'string');
    for (const river of rivers) expect(NAMES_ZH).toHaveProperty([river]);
  });

  it('list the districts as the data names them', () => {
    const fromData = propertiesOf('district-labels.json')
      .map((properties) => properties.nameZh)
      .filter((name): name is string => typeof name === 'string');
    expect([...new Set(fromData)].sort()).toEqual([...DISTRICT_NAMES_ZH].sort());
  });

  it('name every place and transport label', () => {
    for (const file of ['places.yaml', 'transport.yaml']) {
      const text = readFileSync(`content/facts/${file}`, 'utf8');
      const names = [...text.matchAll(/^\s*(?:- )?(?:name|mapLabel): ['"]?(.+?)['"]?$/gm)];
      const labels = names.map((match) => match[1] ?? '').filter((name) => !/,|Airport/.test(name));
      for (const label of labels) expect(NAMES_ZH, `${file}: ${label}`).toHaveProperty([label]);
    }
  });
});
