import { useId, useMemo, useState, type ReactNode } from 'react'
import type { Dataset } from '@/domain/dataset-schema'
import type { DatasetIndex } from '@/domain/dataset-index'
import { indexDataset } from '@/domain/dataset-index'
import { describeFigure } from '@/domain/figure-description'
import { pickText } from '@/domain/translate'
import {
  perKind,
  type AnalysisSummary,
  type UnitChoice,
} from '@/features/import/model/import-types'
import type { CommitOptions } from '@/features/import/api/import-engine'
import { unitMismatchKey } from '@/features/import/model/commit-choices'
import { UnitChoices } from '@/features/import/components/unit-choices'
import { IssueTable } from '@/features/import/components/issue-table'
import { DuplicateList } from '@/features/import/components/duplicate-list'
import { FigureRow, FigureTableHead } from '@/features/import/components/figure-row'
import { useLanguage } from '@/lib/language'

interface AnalysisReportProps {
  summary: AnalysisSummary
  index: DatasetIndex
  saving: boolean
  onImport: (options: CommitOptions) => void
  onCancel: () => void
}

/** What the check of a file found, and the choice to import it (or only its valid rows). */
export function AnalysisReport({
  summary: s,
  index,
  saving,
  onImport,
  onCancel,
}: AnalysisReportProps) {
  const { lang, t } = useLanguage()
  const id = useId()
  const [accepted, setAccepted] = useState(false)
  const [unitChoices, setUnitChoices] = useState<Record<string, UnitChoice>>({})
  const [skipDuplicates, setSkipDuplicates] = useState(false)
  const n = (value: number) => value.toLocaleString(lang)
  // The preview reads the new records too, so names show as they will after the import.
  const preview = useMemo(() => {
    const d = index.dataset
    const records = perKind((kind) => [...d[kind], ...s.newRecords[kind]])
    return indexDataset({ ...d, ...records } as Dataset, index.figures)
  }, [index, s.newRecords])
  const sample = useMemo(() => {
    // Not imported yet: the preview shows the figures as they will read once imported today.
    const origin = {
      kind: 'imported',
      importId: 'preview',
      fileName: s.fileName,
      importedAt: new Date().toISOString(),
    } as const
    return s.sample.map((figure) =>
      describeFigure({ kind: 'own', figure: { ...figure, origin } }, preview, lang, t),
    )
  }, [s.sample, s.fileName, preview, lang, t])

  const report = (body: ReactNode) => (
    <section className="import-report" aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>{t('import.report.heading', { file: s.fileName })}</h3>
      {body}
    </section>
  )
  if (s.fileError) {
    const reason = t(s.fileError.key, s.fileError.vars)
    return report(
      <div className="status status--error" role="alert">
        <p>{t('import.report.fileError', { file: s.fileName, reason })}</p>
      </div>,
    )
  }
  const r = s.newRecords
  const newNames = Object.entries({
    newIndicators: r.indicators.map((i) => pickText(i.name, lang).text),
    newDocuments: r.documents.map((d) => pickText(d.title, lang).text),
    newPlaces: r.geographies.map((g) => pickText(g.name, lang).text),
    newPeople: r.people.map((p) => p.name),
  }).filter(([, names]) => names.length > 0)
  const unitsChosen = s.unitMismatches.every((m) => unitChoices[unitMismatchKey(m)])
  const importCount = s.validCount - (skipDuplicates ? s.duplicateCount : 0)
  const blocked = !unitsChosen || importCount === 0
  const partial = s.invalidRowCount > 0
  return report(
    <>
      <p>
        {t('import.report.counts', {
          rows: n(s.rowCount),
          valid: n(s.validCount),
          invalid: n(s.invalidRowCount),
        })}
      </p>
      {s.issueCount > 0 && (
        <div className="status status--error" role="alert">
          <p>
            {t('import.report.issuesIntro', { rows: n(s.invalidRowCount), count: n(s.issueCount) })}
          </p>
          <p>
            {t('import.report.issuesShown', { shown: n(s.issues.length), count: n(s.issueCount) })}
          </p>
          <IssueTable issues={s.issues} format={s.format} fileName={s.fileName} />
        </div>
      )}
      {s.unitMismatches.length > 0 && (
        <UnitChoices
          mismatches={s.unitMismatches}
          index={preview}
          choices={unitChoices}
          onChoose={(key, choice) => setUnitChoices((c) => ({ ...c, [key]: choice }))}
        />
      )}
      {s.duplicateCount > 0 && <DuplicateList summary={s} index={preview} />}
      {s.duplicateCount > 0 && s.validCount > 0 && (
        <label className="import-report__skip">
          <input
            type="checkbox"
            checked={skipDuplicates}
            onChange={(e) => setSkipDuplicates(e.target.checked)}
          />{' '}
          {t('import.report.skipDuplicates', { count: n(s.duplicateCount) })}
        </label>
      )}
      {s.notices.length > 0 && (
        <div className="status" role="status">
          <p>{t('import.report.notices')}</p>
          <ul>
            {s.notices.map((notice, i) => (
              <li key={i}>{t(notice.key, notice.vars)}</li>
            ))}
          </ul>
        </div>
      )}
      {newNames.length > 0 && (
        <div className="import-report__new">
          <p>{t('import.report.newRecords')}</p>
          <ul>
            {newNames.map(([key, names]) => (
              <li key={key}>{t(`import.report.${key}`, { names: names.join(', ') })}</li>
            ))}
          </ul>
        </div>
      )}
      {sample.length > 0 && (
        <div
          className="scroll-x"
          tabIndex={0}
          role="region"
          aria-label={t('import.report.sampleCaption', { count: sample.length })}
        >
          <table className="data-table figure-table">
            <caption>{t('import.report.sampleCaption', { count: sample.length })}</caption>
            <FigureTableHead />
            <tbody>
              {sample.map((d) => (
                <FigureRow key={d.figure.id} description={d} />
              ))}
            </tbody>
          </table>
        </div>
      )}
      <div className="import-report__actions">
        {!unitsChosen && (
          <p className="import-report__blocked">{t('import.report.units.chooseFirst')}</p>
        )}
        {s.validCount > 0 && importCount === 0 && (
          <p className="import-report__blocked">{t('import.report.allDuplicates')}</p>
        )}
        {s.validCount === 0 ? (
          <p role="alert">{t('import.report.nothingValid')}</p>
        ) : (
          <>
            {partial && (
              <label className="import-report__accept">
                <input
                  type="checkbox"
                  checked={accepted}
                  onChange={(e) => setAccepted(e.target.checked)}
                />{' '}
                {t('import.report.acceptPartial', {
                  rows: n(s.invalidRowCount),
                  valid: n(s.validCount),
                })}
              </label>
            )}
            <button
              type="button"
              className="button--primary"
              disabled={(partial && !accepted) || saving || blocked}
              onClick={() => onImport({ acceptInvalidRows: partial, unitChoices, skipDuplicates })}
            >
              {t(partial ? 'import.report.importValid' : 'import.report.importAll', {
                count: importCount,
              })}
            </button>
          </>
        )}
        <button type="button" onClick={onCancel} disabled={saving}>
          {t('import.report.cancel')}
        </button>
      </div>
    </>,
  )
}
