// One sentence to paste into a report that keeps what makes the number honest: its kind of
// estimate ("at least", a range), what it covers, and who produced and who published it.
// "At least 2.5 million people (migrants smuggled, World, 2016), according to UNODC Global
// Study as cited by IOM (date not stated); the source does not state which places it covers."
import type { FigureDescription } from '@/domain/figure-description'
import type { Translate } from '@/domain/translate'

/** "International Organization for Migration (IOM)" → "IOM": the short name a sentence uses. */
export function shortPublisher(publisher: string): string {
  return /\(([^()]{2,12})\)\s*$/.exec(publisher)?.[1] ?? publisher
}

function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase() + text.slice(1)
}

/** "Migrants smuggled" → "migrants smuggled" inside a sentence; "US removals" stays as written. */
function lowerFirst(text: string): string {
  const [first = '', second = ''] = text
  return second && second === second.toLocaleLowerCase()
    ? first.toLocaleLowerCase() + text.slice(1)
    : text
}

/** The figure's coverage as a clause: what the source says it covers, or that it does not say. */
function coverageClause(d: FigureDescription, t: Translate): string {
  const { coverage } = d.figure
  if (coverage.status === 'not-stated') return t('export.quote.coverageNotStated')
  return t('export.quote.coverageStated', { coverage: d.coverage.replace(/\.\s*$/, '') })
}

/** The quotable sentence for one figure, in the language `t` writes. */
export function buildQuotableSentence(d: FigureDescription, t: Translate): string {
  const { source } = d
  const year = source.isoDate?.slice(0, 4) ?? t('export.quote.noDate')
  // "at least" is in the value already; a range says it is one, so it is not read as a total.
  const kind = d.estimateKind === 'range' ? t('export.quote.range') : ''
  const producerStated = d.figure.source.originalProducer !== null
  const sentence = t(producerStated ? 'export.quote.sentence' : 'export.quote.sentenceNoProducer', {
    value: d.valueWithUnit,
    kind,
    indicator: lowerFirst(d.indicatorName.text),
    place: d.placeName.text,
    period: d.period,
    producer: source.originalProducer,
    publisher: shortPublisher(source.publisher),
    year,
    coverage: coverageClause(d, t),
  })
  const quoted = d.imported
    ? `${sentence} ${t('export.quote.imported', { origin: d.imported.label })}`
    : sentence
  return capitalise(quoted)
}
