import { z } from 'zod';
import { slugSchema, sourceSchema } from './schema';

/**
 * A translated edition's step file holds only words. The scene, the chart's numbers and every
 * source's address come from the English step of the same id, so the editions cannot drift
 * apart: a translation that drops a source or changes a figure's number stops the build.
 */

/** A Chinese body longer than this (characters, Latin words counted as one) no longer fits a phone beside the map. */
export const TRANSLATED_STEP_CHARACTER_LIMIT = 300;

const sentence = z.string().trim().min(8, 'must be at least a sentence');

export const translatedFigureSchema = z.strictObject({
  /** Set large, in the edition's own style ("3000 兆瓦"); its digits must equal the English value's. */
  value: z.string().trim().min(1).max(16),
  label: z.string().trim().min(2).max(80),
});

export const translatedFactCheckSchema = z.strictObject({
  original: sentence,
  correction: sentence,
  /** The English fact check's source, named in the edition's language. */
  sourceLabel: z.string().trim().min(2),
});

export const translatedChartSchema = z.strictObject({
  title: z.string().trim().min(3).max(90),
  unit: z.string().trim().min(2).max(40),
  markerLabel: z.string().trim().min(2).max(30),
  note: z.string().trim().min(10).max(200).optional(),
  /** One label per English chart source, in the same order. */
  sourceLabels: z.array(z.string().trim().min(2)).min(1),
});

export const translatedStepSchema = z.strictObject({
  id: slugSchema,
  title: z.string().trim().min(3).max(90).optional(),
  mapDescription: sentence,
  notes: sentence,
  question: sentence.refine((q) => /[?？]$/.test(q), 'must end with a question mark'),
  /**
   * Every English source, in the English order, with its label translated; sources in the
   * edition's own language may follow them (their addresses are not in the English step).
   */
  sources: z.array(sourceSchema).min(1, 'must list at least one source'),
  factChecks: z.array(translatedFactCheckSchema).optional(),
  figures: z.array(translatedFigureSchema).max(3).optional(),
  chart: translatedChartSchema.optional(),
});

export type TranslatedStep = z.infer<typeof translatedStepSchema>;

export const translatedMetaSchema = z.strictObject({
  title: z.string().trim().min(3).max(90),
  dek: z.string().trim().min(20).max(300),
  byline: z.string().trim().min(3),
  original: z.strictObject({ note: z.string().trim().min(10) }),
});
