import { serializeViewParams } from '@/lib/routing/location'
import { useViewParams } from '@/lib/routing/use-view-params'
import { useLanguage } from '@/lib/language'
import { CopyButton } from '@/features/share/components/copy-button'

/** "Copy link": the shortest address that shows this view again (path, language, filters). */
export function CopyLink() {
  const { t } = useLanguage()
  const { params } = useViewParams()
  return (
    <CopyButton
      className="copy-link"
      label={t('share.copyLink')}
      text={() => new URL(serializeViewParams(params), window.location.origin).href}
      done={(link) => t('share.copyLinkDone', { link })}
    />
  )
}
