// What the pages other sites may frame share (embed-chart-page.tsx, embed-figure-page.tsx;
// docs/routes.md): the height they report to the framing page, the link back, the not-found note.
import { useEffect } from 'react'
import { useLanguage } from '@/lib/language'

/** Tells the framing page how tall the content is, so the frame fits it (public/embed.js). */
export function useReportHeight(): void {
  useEffect(() => {
    if (window.parent === window) return
    const report = () =>
      window.parent.postMessage(
        {
          type: 'migration-stats:height',
          height: Math.ceil(document.documentElement.scrollHeight),
        },
        '*',
      )
    const observer = new ResizeObserver(report)
    observer.observe(document.body)
    report()
    return () => observer.disconnect()
  }, [])
}

export function NothingHere() {
  const { t } = useLanguage()
  return <p className="status">{t('share.notFound.title')}</p>
}

export function BackLink({ href }: { href: string }) {
  const { t } = useLanguage()
  return (
    <p className="embed__back">
      {/* Relative: inside the frame it resolves to this site, whoever frames it. */}
      <a href={href} target="_blank" rel="noopener">
        {t('share.embedBack')}
      </a>
    </p>
  )
}
