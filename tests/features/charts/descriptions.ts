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

export function describe(id: string, lang: Language = 'en', match?: Partial<FigureMatch>): FigureDescription {
  const m = { kind: 'own', figure: figureById(id), ...match } as FigureMatch
  return describeFigure(m, index, lang, lang === 'en' ? tEn : tEs)
}
