import type { DatasetIndex } from '@/domain/dataset-index'
import type { FigureMatch } from '@/domain/geography'
import { summarizeFigures } from '@/features/indicator/model/headline'
import { useLanguage } from '@/lib/language'

/** Under a headline card: how many figures the indicator has here, of which places and years. */
export function HeadlineSummary({
  index,
  matches,
}: {
  index: DatasetIndex
  matches: FigureMatch[]
}) {
  const { lang, t } = useLanguage()
  const summary = summarizeFigures(index, matches, lang, t)
  return summary ? <p className="headline__summary">{summary}</p> : null
}
