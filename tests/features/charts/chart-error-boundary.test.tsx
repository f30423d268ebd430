import { describe, expect, it, vi } from 'vitest'
import { render, screen } from '@testing-library/react'
import { ChartErrorBoundary } from '@/features/charts/components/chart-error-boundary'

function Broken({ fail }: { fail: boolean }): React.ReactNode {
  if (fail) throw new Error('cannot draw')
  return <p>drawn</p>
}

describe('ChartErrorBoundary', () => {
  it('keeps a failing chart’s error inside that chart', () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => {})
    render(
      <>
        <ChartErrorBoundary resetKey="a" fallback={<p role="alert">chart A failed</p>}>
          <Broken fail />
        </ChartErrorBoundary>
        <ChartErrorBoundary resetKey="b" fallback={<p role="alert">chart B failed</p>}>
          <Broken fail={false} />
        </ChartErrorBoundary>
      </>,
    )
    expect(screen.getByRole('alert')).toHaveTextContent('chart A failed')
    expect(screen.getByText('drawn')).toBeInTheDocument()
    log.mockRestore()
  })

  it('tries again when its data changes', () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => {})
    const { rerender } = render(
      <ChartErrorBoundary resetKey="first" fallback={<p role="alert">failed</p>}>
        <Broken fail />
      </ChartErrorBoundary>,
    )
    expect(screen.getByRole('alert')).toBeInTheDocument()
    rerender(
      <ChartErrorBoundary resetKey="second" fallback={<p role="alert">failed</p>}>
        <Broken fail={false} />
      </ChartErrorBoundary>,
    )
    expect(screen.getByText('drawn')).toBeInTheDocument()
    log.mockRestore()
  })
})
