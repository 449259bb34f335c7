import type { Credit } from '@/lib/content/schema';
import type { LoadedData } from '@/lib/map/load-dataset';
import type { Scene } from '@/lib/story/scene-for';
import type { DataFeature } from './data-feature';
import { LAYER_TABLES } from './layer-tables';

/** What one step's download holds: its features and who to credit for them. */
export interface StepData {
  readonly stepId: string;
  readonly title: string;
  readonly features: readonly DataFeature[];
  /** The datasets of `story.yaml` the features come from, with their licences. */
  readonly credits: readonly Credit[];
}

/**
 * The data behind a step's map, layer by layer in the scene's order, each thing once (the
 * capital is both a city and the capital). Null when the scene shows no data of its own.
 * Throws when a table credits a dataset `story.yaml` does not list, so no file goes out
 * without its licence.
 */
export function stepData(
  step: { readonly id: string; readonly title?: string | undefined },
  scene: Pick<Scene, 'layers'>,
  data: LoadedData,
  datasets: readonly Credit[],
): StepData | null {
  const tables = scene.layers.flatMap((layer) => {
    const table = LAYER_TABLES[layer];
    return table ? [table] : [];
  });
  if (tables.length === 0) return null;
  const seen = new Set<string>();
  const features = tables
    .flatMap((table) => table.features(data))
    .filter((feature) => {
      const key = `${feature.kind}:${feature.id}`;
      return seen.has(key) ? false : (seen.add(key), true);
    });
  const names = [...new Set(tables.flatMap((table) => table.datasets))];
  const credits = names.map((name) => {
    const credit = datasets.find((dataset) => dataset.name === name);
    if (!credit) throw new Error(`content/story.yaml: datasets: no entry named "${name}"`);
    return credit;
  });
  return { stepId: step.id, title: step.title ?? step.id, features, credits };
}
