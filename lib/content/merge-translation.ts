import { ContentError } from './content-error';
import { missingNumbers } from './same-numbers';
import { TRANSLATED_STEP_CHARACTER_LIMIT, type TranslatedStep } from './translation-schema';
import type { Step } from './types';

/** Characters a reader reads in a CJK text: each Han character, and each Latin word, counts once. */
export function countCharacters(markdown: string): number {
  const text = markdown.replace(/\]\([^)]*\)/g, ']').replace(/[#>*_`[\]\s]/g, ' ');
  const han = text.match(/\p{Script=Han}/gu)?.length ?? 0;
  const latin = text.replace(/\p{Script=Han}/gu, ' ').match(/[A-Za-z0-9][\w.,'’%-]*/g)?.length ?? 0;
  return han + latin;
}

/**
 * The English step told in another language: words from the translation, everything else
 * (scene, chart numbers, source addresses) from the English step. Throws a ContentError
 * naming the translated file and the field where the two disagree.
 */
export function mergeTranslation(
  english: Step,
  translated: TranslatedStep,
  body: string,
  file: string,
): Step {
  const fail = (field: string, detail: string) => new ContentError(file, field, detail);
  if (translated.id !== english.id) {
    throw fail('id', `"${translated.id}" must equal the English step's "${english.id}"`);
  }
  if (Boolean(translated.title) !== Boolean(english.title)) {
    throw fail('title', `must be given exactly when ${english.file} gives one`);
  }

  english.sources.forEach((source, index) => {
    if (translated.sources[index]?.url !== source.url) {
      throw fail(`sources[${index}].url`, `must be ${source.url}, as in ${english.file}`);
    }
  });
  const englishUrls = new Set(english.sources.map((source) => source.url));
  translated.sources.slice(english.sources.length).forEach((source, offset) => {
    if (englishUrls.has(source.url)) {
      const index = english.sources.length + offset;
      throw fail(`sources[${index}].url`, 'repeats a source listed above');
    }
  });

  const factChecks = english.factChecks?.map((check, index) => {
    const words = translated.factChecks?.[index];
    if (!words) throw fail(`factChecks[${index}]`, `is missing; ${english.file} has it`);
    return {
      original: words.original,
      correction: words.correction,
      source: { label: words.sourceLabel, url: check.source.url },
    };
  });
  if ((translated.factChecks?.length ?? 0) !== (english.factChecks?.length ?? 0)) {
    throw fail('factChecks', `must have as many entries as ${english.file}`);
  }

  if ((translated.figures?.length ?? 0) !== (english.figures?.length ?? 0)) {
    throw fail('figures', `must have as many entries as ${english.file}`);
  }
  translated.figures?.forEach((figure, index) => {
    const englishValue = english.figures?.[index]?.value ?? '';
    const missing = missingNumbers(englishValue, figure.value);
    if (missing.length > 0) {
      throw fail(
        `figures[${index}].value`,
        `"${figure.value}" leaves out ${missing.join(', ')} of "${englishValue}"`,
      );
    }
  });

  if (Boolean(translated.chart) !== Boolean(english.chart)) {
    throw fail('chart', `must be given exactly when ${english.file} gives one`);
  }
  let chart = english.chart;
  if (english.chart && translated.chart) {
    const words = translated.chart;
    if (words.sourceLabels.length !== english.chart.sources.length) {
      throw fail(
        'chart.sourceLabels',
        `must name each of the ${english.chart.sources.length} chart sources`,
      );
    }
    if (Boolean(words.note) !== Boolean(english.chart.note)) {
      throw fail('chart.note', `must be given exactly when ${english.file} gives one`);
    }
    chart = {
      ...english.chart,
      title: words.title,
      unit: words.unit,
      marker: { year: english.chart.marker.year, label: words.markerLabel },
      note: words.note,
      sources: english.chart.sources.map((source, index) => ({
        url: source.url,
        label: words.sourceLabels[index] ?? source.label,
      })),
    };
  }

  const characters = countCharacters(body);
  if (characters > TRANSLATED_STEP_CHARACTER_LIMIT) {
    throw fail(
      'body',
      `has ${characters} characters; a step holds at most ${TRANSLATED_STEP_CHARACTER_LIMIT} to fit a phone screen`,
    );
  }
  if (!body) throw fail('body', 'is empty: a step needs text');

  return {
    ...english,
    title: translated.title,
    mapDescription: translated.mapDescription,
    notes: translated.notes,
    question: translated.question,
    sources: translated.sources,
    factChecks,
    figures: translated.figures,
    chart,
    body,
    file,
  };
}
