import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { loadStory } from '@/lib/content/load-story';
import { legendFor } from '@/lib/map/scene-needs';
import { sceneFor } from '@/lib/story/scene-for';
import { LAYER_IDS } from '@/lib/map/layers';
import { SCENE_IDS } from '@/lib/story/scenes';
import { loadStillsData } from './data';
import { STILL_HEIGHT, STILL_WIDTH } from './layout';
import { legendText } from './legend';
import { rasterize } from './rasterize';
import { FLAT_NOTE, painterFor, renderStillSvg } from './render-step';
import { escapeXml } from './svg';
import { TerrainSampler } from './terrain-sampler';

const root = process.cwd();
const story = loadStory(root);
const data = loadStillsData(root);
const terrain = new TerrainSampler(root);

function stepShowing(scene: (typeof SCENE_IDS)[number]) {
  return story.steps.find((step) => step.scene === scene);
}

function svgFor(stepId: string): string {
  const step = story.steps.find((candidate) => candidate.id === stepId);
  if (!step) throw new Error(`no step ${stepId}`);
  return renderStillSvg({
    step,
    total: story.steps.length,
    storyTitle: story.meta.title,
    data,
    terrain,
  });
}

describe('renderStillSvg', () => {
  it.each(LAYER_IDS)('has a painter for story layer %s', (layer) => {
    expect(() => painterFor(layer)).not.toThrow();
  });

  it.each(SCENE_IDS)('draws scene %s with its title and its whole legend', (id) => {
    const step = stepShowing(id);
    if (!step) return;
    const svg = svgFor(step.id);
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).toContain(escapeXml(step.title ?? story.meta.title));
    for (const entry of legendFor(sceneFor(step))) {
      expect(svg).toContain(escapeXml(legendText(entry)));
    }
  });

  it('says that a tilted scene is drawn flat, and only there', () => {
    expect(svgFor('plateau')).toContain('Drawn flat and north up');
    expect(FLAT_NOTE).toContain('3-D');
    expect(svgFor('hydro')).not.toContain('Drawn flat');
  });

  it('is deterministic: the same step gives the same SVG', () => {
    expect(svgFor('pilot-zones')).toBe(svgFor('pilot-zones'));
  });
});

describe('a rendered still', () => {
  it('is a small 1200x630 PNG with a real map on it, the same bytes every time', async () => {
    const svg = svgFor('hydro');
    const png = await rasterize(svg);
    expect(png.length).toBeLessThan(120 * 1024);
    const image = PNG.sync.read(png);
    expect([image.width, image.height]).toEqual([STILL_WIDTH, STILL_HEIGHT]);
    const colours = new Set<number>();
    for (let i = 0; i < image.data.length; i += 4) {
      colours.add(image.data.readUInt32BE(i));
    }
    // Sea, land, Guizhou, rivers, symbols, text and their anti-aliasing: far more than blank.
    expect(colours.size).toBeGreaterThan(50);
    expect((await rasterize(svg)).equals(png)).toBe(true);
  }, 60_000);
});
