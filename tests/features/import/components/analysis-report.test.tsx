// The check's buttons count the figures in the page's language, also past a thousand (a count
// given as already formatted text, "100,000", once read as NaN in the plural rule).
import { render, screen } from '@testing-library/react'
import { AnalysisReport } from '@/features/import/components/analysis-report'
import type { AnalysisSummary } from '@/features/import/model/import-types'
import { LanguageProvider } from '@/lib/language'
import { builtInIndex } from '@tests/features/import/helpers'

function summary(counts: Partial<AnalysisSummary>): AnalysisSummary {
  return {
    analysisId: 'a-1',
    fileName: 'register.csv',
    byteSize: 1,
    format: 'csv',
    fileError: null,
    rowCount: 0,
    validCount: 0,
    invalidRowCount: 0,
    issueCount: 0,
    issues: [],
    duplicateCount: 0,
    duplicates: [],
    unitMismatches: [],
    newRecords: { indicators: [], documents: [], geographies: [], people: [] },
    sample: [],
    notices: [],
    timings: { decodeMs: 0, validateMs: 0 },
    ...counts,
  }
}

function renderReport(s: AnalysisSummary, lang: 'en' | 'es' = 'en') {
  render(
    <LanguageProvider lang={lang}>
      <AnalysisReport
        summary={s}
        index={builtInIndex()}
        saving={false}
        onImport={() => undefined}
        onCancel={() => undefined}
      />
    </LanguageProvider>,
  )
}

describe('AnalysisReport', () => {
  it.each([
    ['en', 100_000, 'Import 100,000 figures'],
    ['es', 100_000, 'Importar 100.000 cifras'],
    ['en', 1, 'Import 1 figure'],
  ] as const)('%s: %i valid figures', (lang, count, name) => {
    renderReport(summary({ rowCount: count, validCount: count }), lang)
    expect(screen.getByRole('button', { name })).toBeEnabled()
  })

  it('offers the valid figures of a file with invalid rows, counted past a thousand', () => {
    renderReport(summary({ rowCount: 2501, validCount: 2500, invalidRowCount: 1, issueCount: 1 }))
    expect(
      screen.getByRole('button', { name: 'Import only the 2,500 valid figures' }),
    ).toBeInTheDocument()
  })
})
