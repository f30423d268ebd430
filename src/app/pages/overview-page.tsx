import { useMemo } from 'react'
import type { PageProps } from '@/app/routes'
import { describeFigure } from '@/domain/figure-description'
import { matchFiguresToSelection } from '@/domain/geography'
import { FigureCard } from '@/features/figures/components/figure-card'
import { useLanguage } from '@/lib/language'

const themes = ['smuggling', 'returns'] as const

/** Every figure, grouped by theme, with its value, caveats and source beside it. */
export function OverviewPage({ index }: PageProps) {
  const { lang, t } = useLanguage()
  const descriptions = useMemo(
    () => matchFiguresToSelection(index, index.figures, []).map((m) => describeFigure(m, index, lang, t)),
    [index, lang, t],
  )
  return (
    <>
      {themes.map((theme) => {
        const inTheme = descriptions.filter((d) => index.indicators.get(d.figure.indicatorId)?.theme === theme)
        if (inTheme.length === 0) return null
        return (
          <section key={theme} aria-labelledby={`theme-${theme}`} className="theme">
            <h2 id={`theme-${theme}`}>{t(`theme.${theme}`)}</h2>
            <div className="figure-grid">
              {inTheme.map((d) => (
                <FigureCard key={d.figure.id} description={d} />
              ))}
            </div>
          </section>
        )
      })}
    </>
  )
}
