import type { Edition } from '@/lib/content/editions';

/**
 * Words only the live map says: apart from `CLIENT_TEXT`, so that they load with the map's
 * code, not before the first screen.
 */
export interface MapText {
  readonly partMissing: (files: string) => string;
}

export const MAP_TEXT: Record<Edition, MapText> = {
  en: {
    partMissing: (files) =>
      `Part of this map could not load (${files}). The story is all here; the map tries again when you come back to this step.`,
  },
  zh: {
    partMissing: (files) =>
      `部分地图数据未能加载（${files}）。故事内容完整无缺；回到这一步时，地图会再次尝试加载。`,
  },
};
