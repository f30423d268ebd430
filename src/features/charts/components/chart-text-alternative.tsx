import type { FigureDescription } from '@/domain/figure-description'
import { summarizeFigure } from '@/features/charts/model/chart-summary'
import { useLanguage } from '@/lib/language'

/** The chart's figures as text: shown while the chart code loads, or if the chart fails. */
export function ChartTextAlternative({
  descriptions,
  note,
}: {
  descriptions: FigureDescription[]
  note: string
}) {
  const { t } = useLanguage()
  return (
    <div className="chart-text-alternative">
      {note && (
        <p className="chart-text-alternative__note" role="status">
          {note}
        </p>
      )}
      <ul>
        {descriptions.map((d) => (
          <li key={d.figure.id}>{summarizeFigure(d, t)}</li>
        ))}
      </ul>
    </div>
  )
}
