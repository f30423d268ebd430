import type { ParamNotice } from '@/features/filters/model/view-params'
import { useLanguage } from '@/lib/language'

/** Says which parts of the link were ignored, so a broken link never fails silently. */
export function ParamNotices({ notices }: { notices: ParamNotice[] }) {
  const { t } = useLanguage()
  if (notices.length === 0) return null
  return (
    <div className="status status--warning" role="status">
      <p>{t('app.ignoredParams')}</p>
      <ul>
        {notices.map((n, i) => (
          <li key={i}>{t(`app.paramNotice.${n.reason}`, { param: n.param, value: n.value })}</li>
        ))}
      </ul>
    </div>
  )
}
