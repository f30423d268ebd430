import { useLanguage } from '@/lib/language'

/** Names as a labelled list, or the "none named" text when the document names none. */
export function NameList({ names, label }: { names: string[]; label: string }) {
  const { t } = useLanguage()
  if (names.length === 0) return <>{t('context.noneNamed')}</>
  return (
    <ul className="inline-list" aria-label={label}>
      {names.map((name) => (
        <li key={name}>{name}</li>
      ))}
    </ul>
  )
}
