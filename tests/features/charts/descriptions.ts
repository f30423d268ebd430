// Descriptions of the built-in figures, as the indicator view builds them.
import { describeFigure, type FigureDescription } from '@/domain/figure-description'
import type { FigureMatch } from '@/domain/geography'
import type { DatasetFigure } from '@/domain/dataset-index'
import type { Language } from '@/domain/translate'
import { builtInIndex, tEn, tEs } from '../filters/built-in-index'

export const index = builtInIndex()

export function figureById(id: string): DatasetFigure {
  const figure = index.figures.find((f) => f.id === id)
  if (!figure) throw new Error(`no figure ${id}`)
  return figure
}

export function describe(
  id: string,
  lang: Language = 'en',
  match?: Partial<FigureMatch>,
): FigureDescription {
  const m = { kind: 'own', figure: figureById(id), ...match } as FigureMatch
  return describeFigure(m, index, lang, lang === 'en' ? tEn : tEs)
}

/**
 * An invented figure (test data, not a statistic) made from the built-in CARICOM returns figure:
 * a place, a year and an estimate of its own, optionally another original producer, coverage or unit.
 */
export function invented(
  place: string,
  year: number,
  estimate: DatasetFigure['estimate'],
  change: { producer?: string; coverage?: string; unit?: string; lang?: Language } = {},
): FigureDescription {
  const base = figureById('involuntary-returns-caricom-2018')
  const figure: DatasetFigure = {
    ...base,
    id: `test-${place}-${year}-${change.unit ?? ''}`,
    geographyCode: place,
    year,
    estimate,
    unit: change.unit ?? base.unit,
    source: change.producer
      ? { ...base.source, originalProducer: { en: change.producer, es: change.producer } }
      : base.source,
    coverage: change.coverage
      ? { ...base.coverage, statement: { en: change.coverage, es: change.coverage } }
      : base.coverage,
  }
  const lang = change.lang ?? 'en'
  return describeFigure(
    { kind: 'own', figure } as FigureMatch,
    index,
    lang,
    lang === 'en' ? tEn : tEs,
  )
}
