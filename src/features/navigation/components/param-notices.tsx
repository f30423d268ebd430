import type { ParamNotice } from '@/lib/routing/view-params'
import { useLanguage } from '@/lib/language'

/**
 * Says which parts of the link were ignored, so a broken link never fails silently. A link made
 * in a browser with imported figures that this one lacks says so first, and what to do.
 */
export function ParamNotices({ notices }: { notices: ParamNotice[] }) {
  const { t } = useLanguage()
  if (notices.length === 0) return null
  const missing = notices.find((n) => n.reason === 'missing-imports')
  const ignored = notices.filter((n) => n !== missing)
  return (
    <div className="status status--warning" role="status">
      {missing && <p>{t('app.missingImports', { files: missing.value })}</p>}
      {ignored.length > 0 && (
        <>
          <p>{t('app.ignoredParams')}</p>
          <ul>
            {ignored.map((n, i) => (
              <li key={i}>
                {t(`app.paramNotice.${n.reason}`, {
                  param: n.param,
                  value: n.value,
                  range: n.range ?? '',
                })}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  )
}
