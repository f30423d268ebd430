import { useState, type KeyboardEvent, type ReactNode } from 'react'
import { useLanguage } from '@/lib/language'

interface ChartStepperProps {
  /** What is said for each point, in stepping order. */
  labels: string[]
  /** The drawing, told which point has keyboard focus (null: none). */
  children: (active: number | null) => ReactNode
}

/**
 * Keyboard stepping through a chart's points: the chart takes focus with Tab, the arrow keys (and
 * Home / End) move from point to point, Escape leaves; the point's value, kind, place, period and
 * number of caveats are written under the chart and announced.
 */
export function ChartStepper({ labels, children }: ChartStepperProps) {
  const { t } = useLanguage()
  const [active, setActive] = useState<number | null>(null)
  const last = labels.length - 1
  const onKeyDown = (event: KeyboardEvent) => {
    const from = active ?? -1
    const next: Record<string, number | null> = {
      ArrowRight: Math.min(last, from + 1),
      ArrowDown: Math.min(last, from + 1),
      ArrowLeft: Math.max(0, from - 1),
      ArrowUp: Math.max(0, from - 1),
      Home: 0,
      End: last,
      Escape: null,
    }
    if (!(event.key in next) || labels.length === 0) return
    event.preventDefault()
    setActive(next[event.key] ?? null)
  }
  const current = active !== null && active <= last ? active : null
  return (
    <div
      className="chart-stepper"
      tabIndex={0}
      role="group"
      aria-label={t('dashboard.step.hint')}
      onKeyDown={onKeyDown}
      onBlur={() => setActive(null)}
    >
      {children(current)}
      <p className="chart-stepper__readout" aria-live="polite">
        {current !== null ? labels[current] : ''}
      </p>
    </div>
  )
}
