import { z } from 'zod';
import { SCENE_IDS } from '@/lib/story/scenes';

/**
 * The content format, as zod schemas. Types come from these (`z.infer`), so the app never
 * casts parsed content. Field names are the front-matter keys authors write.
 */

/** Lower-case words joined by single hyphens: safe in URLs, ids and file names. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A step body (Markdown) longer than this no longer fits a phone screen beside the map. */
export const STEP_WORD_LIMIT = 120;

export const slugSchema = z
  .string()
  .max(60, 'must be at most 60 characters')
  .regex(SLUG_PATTERN, 'must be a slug: lower-case letters, digits and single hyphens');

export const httpsUrlSchema = z
  .url({ protocol: /^https$/, error: 'must be a well-formed https:// URL' })
  .max(500);

export const sourceSchema = z.strictObject({
  label: z.string().trim().min(3),
  url: httpsUrlSchema,
});

const sentence = z.string().trim().min(20, 'must be at least a sentence');

export const factCheckSchema = z.strictObject({
  /** What the original article said, quoted or closely paraphrased. */
  original: sentence,
  /** The correct fact, as the step tells it. */
  correction: sentence,
  source: sourceSchema,
});

export const figureSchema = z.strictObject({
  /** The number as set large, with its unit: "1,100 m", "US$1 bn". */
  value: z.string().trim().min(1).max(16),
  label: z.string().trim().min(3).max(80),
});

const chartPointSchema = z.strictObject({
  year: z.number().int().min(1949).max(2100),
  value: z.number(),
});

/**
 * A small line chart of one series by year, drawn at build time as an SVG with its numbers
 * beside it as a table. `lowerIsBetter` turns the value axis over, as for a rank. A year with
 * no figure is left out, and the line breaks there rather than bridging it.
 */
export const chartSchema = z
  .strictObject({
    title: z.string().trim().min(3).max(90),
    /** What a value is, in a few words: "rank among 31 provinces". */
    unit: z.string().trim().min(2).max(40),
    lowerIsBetter: z.boolean().default(false),
    /** Values run at most from here to here on the axis; a rank runs from 1 to 31. */
    domain: z.tuple([z.number(), z.number()]).optional(),
    /** A year to mark with a rule and a few words, such as the pilot zone's first year. */
    marker: z.strictObject({ year: z.number().int(), label: z.string().trim().min(2).max(30) }),
    points: z.array(chartPointSchema).min(3).max(20),
    /** Said under the chart: what a gap in the years means, or how the figures differ. */
    note: z.string().trim().min(10).max(200).optional(),
    sources: z.array(sourceSchema).min(1, 'must list at least one source'),
  })
  .superRefine((chart, context) => {
    const years = chart.points.map((point) => point.year);
    if (years.some((year, index) => index > 0 && year <= years[index - 1]!)) {
      context.addIssue({ code: 'custom', path: ['points'], message: 'years must rise one by one' });
    }
    if (chart.marker.year < years[0]! || chart.marker.year > years.at(-1)!) {
      context.addIssue({
        code: 'custom',
        path: ['marker', 'year'],
        message: 'must lie between the first and the last point',
      });
    }
    const domain = chart.domain;
    if (domain && chart.points.some(({ value }) => value < domain[0] || value > domain[1])) {
      context.addIssue({ code: 'custom', path: ['domain'], message: 'must hold every value' });
    }
  });

export const stepFrontMatterSchema = z.strictObject({
  id: slugSchema,
  scene: z.enum(SCENE_IDS, { error: `must be one of the scenes: ${SCENE_IDS.join(', ')}` }),
  title: z.string().trim().min(3).max(90).optional(),
  /** What the map shows, in words: for screen readers, print and presenters. */
  mapDescription: sentence,
  /** Background for a presenter: two or three sentences. */
  notes: sentence,
  /**
   * One question to open a class discussion: the presenter view and the handout give it. One
   * question, so that a lesson's handout asks the class one thing per step.
   */
  question: sentence
    .refine((q) => q.endsWith('?'), 'must end with a question mark')
    .refine((q) => q.indexOf('?') === q.length - 1, 'must be one question: one question mark'),
  sources: z.array(sourceSchema).min(1, 'must list at least one source'),
  factChecks: z.array(factCheckSchema).optional(),
  figures: z.array(figureSchema).max(3).optional(),
  chart: chartSchema.optional(),
});

export type StepFrontMatter = z.infer<typeof stepFrontMatterSchema>;
export type FactCheck = z.infer<typeof factCheckSchema>;
export type Figure = z.infer<typeof figureSchema>;
export type Chart = z.infer<typeof chartSchema>;

const creditSchema = z.strictObject({
  name: z.string().trim().min(2),
  credit: z.string().trim().min(2),
  licence: z.string().trim().min(2),
  url: httpsUrlSchema,
});

/** A dataset, font or library the story credits, with its licence. */
export type Credit = z.infer<typeof creditSchema>;

export const storyMetaSchema = z.strictObject({
  title: z.string().trim().min(3).max(90),
  dek: z.string().trim().min(20).max(300),
  byline: z.string().trim().min(3),
  /** The day the story's facts were last checked against their sources. */
  asOf: z.iso.date({ error: 'must be a date written YYYY-MM-DD' }),
  /** BCP 47 language tag of the text. */
  lang: z.string().regex(/^[a-z]{2}(?:-(?:[A-Z]{2}|[A-Z][a-z]{3}))?$/),
  /** The article this story retells. */
  original: z.strictObject({
    title: z.string().trim().min(3),
    note: sentence,
  }),
  datasets: z.array(creditSchema).min(1),
  fonts: z.array(creditSchema).min(1),
  software: z.array(creditSchema).optional(),
});

export type StoryMeta = z.infer<typeof storyMetaSchema>;
