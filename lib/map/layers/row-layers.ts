import type { Layer } from '@deck.gl/core';
import type { Edition } from '@/lib/content/editions';
import type { Scene } from '@/lib/story/scene-for';
import type { SourceLink } from '@/lib/story/types';
import { FEATURE_TEXT, type FeatureText } from '../feature-text';
import type { LoadedData } from '../load-dataset';
import type { DeckFactory, Describer } from './types';

/**
 * Layers drawn from fact-table rows: the rows a layer reads (`rowsOf`) feed both its deck.gl
 * layers and its details, in the edition's words.
 */

/** A fact-table row as the details name it: by its name in the edition's language. */
interface NamedRow {
  readonly id: string;
  readonly name: string;
  readonly nameZh?: string;
  readonly sources: readonly SourceLink[];
}

/**
 * The details of a layer drawn from fact-table rows: one card a row, keyed as deck.gl's picking
 * reports it (`<deckId>:<row id>`), titled by the row's name and carrying its own sources.
 */
export function describeRows<Row extends NamedRow>(
  deckId: string,
  rowsOf: (data: LoadedData) => readonly { readonly row: Row }[],
  facts: (row: Row, text: FeatureText) => readonly string[],
): Describer {
  return (data, _scene, edition) => {
    const text = FEATURE_TEXT[edition];
    return rowsOf(data).map(({ row }) => ({
      key: `${deckId}:${row.id}`,
      title: text.pick(row.name, row.nameZh),
      facts: facts(row, text),
      sources: row.sources,
    }));
  };
}

/** deck.gl layers drawn from the rows `rowsOf` reads, with the edition's words for the labels. */
export function drawRows<Rows>(
  rowsOf: (data: LoadedData) => Rows,
  draw: (rows: Rows, text: FeatureText, edition: Edition, scene: Scene) => Layer[],
): DeckFactory {
  return (data, scene, _zoom, edition) => draw(rowsOf(data), FEATURE_TEXT[edition], edition, scene);
}
