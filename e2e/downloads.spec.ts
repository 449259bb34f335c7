import { expect, test } from '@playwright/test';
import { STORY, expectSettledOn } from './support/story';

const hydro = STORY.steps.find((step) => step.id === 'hydro');
const question = STORY.steps.find((step) => step.scene === 'china');

test('the text version links each data map to its CSV and GeoJSON, with sources and licences', async ({
  page,
  request,
}) => {
  if (!hydro?.title || !question) throw new Error('the story has no hydro or opening step');
  await page.goto('/text/');
  const step = page.locator('#hydro');
  const csv = step.getByRole('link', { name: `Download the data, CSV: ${hydro.title}` });
  const geojson = step.getByRole('link', { name: `Download the data, GeoJSON: ${hydro.title}` });
  await expect(csv).toHaveAttribute('href', '/downloads/hydro.csv');
  await expect(geojson).toHaveAttribute('href', '/downloads/hydro.geojson');
  // The opening map shows only Guizhou's outline: nothing to download.
  await expect(page.locator(`#${question.id} .data-downloads`)).toHaveCount(0);

  const csvText = await (await request.get('/downloads/hydro.csv')).text();
  const lines = csvText.split('\r\n');
  expect(lines[0]).toContain(hydro.title);
  expect(csvText).toContain('Licence: CC BY 4.0');
  const header = lines.find((line) => !line.startsWith('#'));
  expect(header).toBe(
    'kind,id,name,name_zh,value,unit,longitude,latitude,position,details,sources',
  );
  expect(csvText).toMatch(/\r\nHydro station,goupitan,Goupitan,,3000,MW,107\.6\d*,27\.3\d*,/);

  const response = await request.get('/downloads/hydro.geojson');
  expect(response.ok()).toBe(true);
  const collection = (await response.json()) as {
    type: string;
    properties: { sources: { licence: string }[] };
    features: { properties: { kind: string } }[];
  };
  expect(collection.type).toBe('FeatureCollection');
  expect(collection.properties.sources.map((source) => source.licence)).toContain('CC BY 4.0');
  expect(collection.features.some((f) => f.properties.kind === 'Hydro station')).toBe(true);
});

test('the map key offers the step’s data with its list of features, and it downloads', async ({
  page,
}) => {
  if (!hydro?.title) throw new Error('the story has no hydro step');
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('/#hydro');
  await expectSettledOn(page, 'hydro');
  const key = page.locator('.map-legend');
  // Folded behind a button on a phone; always open beside a desktop map.
  const toggle = key.locator('.map-legend-toggle');
  if (await toggle.isVisible()) await toggle.click();
  await expect(key.locator('.map-features')).toBeVisible();
  await key.locator('.map-features summary').click();
  const link = key.getByRole('link', { name: `Download the data, CSV: ${hydro.title}` });
  await expect(link).toBeVisible();
  const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
  expect(download.suggestedFilename()).toBe('hydro.csv');

  // Another step, another file: the links follow the active step.
  await page.goto('/#coal');
  await expectSettledOn(page, 'coal');
  await page.locator('.map-features summary').click();
  await expect(page.locator('.map-legend .data-downloads a').first()).toHaveAttribute(
    'href',
    '/downloads/coal.csv',
  );
  // A map of areas (GDP by province) names no things to pick, and still offers its data.
  const wealth = STORY.steps.find((step) => step.scene === 'wealth');
  if (!wealth) throw new Error('the story has no wealth step');
  await page.goto(`/#${wealth.id}`);
  await expectSettledOn(page, 'wealth');
  if (await toggle.isVisible()) await toggle.click();
  await expect(page.locator('.map-legend .data-downloads a').first()).toHaveAttribute(
    'href',
    `/downloads/${wealth.id}.csv`,
  );
});
