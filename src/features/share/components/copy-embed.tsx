import { useLanguage } from '@/lib/language'
import { CopyButton } from '@/features/share/components/copy-button'
import { embedCode } from '@/features/share/model/share-text'

/** "Copy embed code" for a chart or a figure: an iframe of its embed page (lib/routing/location.ts). */
export function CopyEmbed({ embedPath, title }: { embedPath: string; title: string }) {
  const { t } = useLanguage()
  return (
    <CopyButton
      className="copy-embed"
      label={t('share.copyEmbed')}
      text={() => embedCode(window.location.origin, embedPath, t('share.embedTitle', { title }))}
      done={() => t('share.copyEmbedDone')}
    />
  )
}
