// How the app loads the catalogues: one chunk per language and group, so a page downloads the
// messages of its own language and of the views it shows, not all of them (first-view budget,
// scripts/bench-size.ts).
import type { Language } from '@/domain/translate'

/** core: what the first view needs; indicator: the indicator view and its charts; views: the
 * sources and context views; import: the import view and the importer; export: the texts of
 * exported files; notes: the notes of a view under a country filter. */
export type CatalogueGroup = 'core' | 'indicator' | 'views' | 'import' | 'export' | 'notes'
export const catalogueGroups: readonly CatalogueGroup[] = [
  'core',
  'indicator',
  'views',
  'import',
  'export',
  'notes',
]

type Files = Record<string, Record<string, unknown>>

export const catalogueLoaders: Record<
  Language,
  Record<CatalogueGroup, () => Promise<{ default: Files }>>
> = {
  en: {
    core: () => import('@/locales/en/core'),
    indicator: () => import('@/locales/en/indicator'),
    views: () => import('@/locales/en/views'),
    import: () => import('@/locales/en/importing'),
    export: () => import('@/locales/en/exporting'),
    notes: () => import('@/locales/en/notes'),
  },
  es: {
    core: () => import('@/locales/es/core'),
    indicator: () => import('@/locales/es/indicator'),
    views: () => import('@/locales/es/views'),
    import: () => import('@/locales/es/importing'),
    export: () => import('@/locales/es/exporting'),
    notes: () => import('@/locales/es/notes'),
  },
}
