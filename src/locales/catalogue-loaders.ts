// How the app loads the catalogues: one chunk per language and group, so a page downloads the
// messages of its own language and of the views it shows, not all of them (first-view budget,
// scripts/bench-size.ts).
import type { Language } from '@/domain/translate'

/** core: what every page needs before its first render (the frame); figures: the views that
 * show figures; checks: what is wrong with a record; indicator: the indicator view and its
 * charts; map: its Map tab; views: the sources and context views; import: the import view's
 * first view; importer: the importer at work (a file's check, the reader's review, the imported
 * figures); columns: the file format's column headers (loaded with import and export); export:
 * the texts of exported files; notes: the notes of a view under a country filter; filters: the
 * filters' parts that load on use (the list of places, the remembered filter's and the no-match
 * notices). */
export type CatalogueGroup =
  | 'core'
  | 'figures'
  | 'checks'
  | 'indicator'
  | 'map'
  | 'views'
  | 'import'
  | 'importer'
  | 'columns'
  | 'export'
  | 'notes'
  | 'filters'
export const catalogueGroups: readonly CatalogueGroup[] = [
  'core',
  'figures',
  'checks',
  'indicator',
  'map',
  'views',
  'import',
  'importer',
  'columns',
  'export',
  'notes',
  'filters',
]

type Files = Record<string, Record<string, unknown>>

export const catalogueLoaders: Record<
  Language,
  Record<CatalogueGroup, () => Promise<{ default: Files }>>
> = {
  en: {
    core: () => import('@/locales/en/core'),
    figures: () => import('@/locales/en/figures'),
    checks: () => import('@/locales/en/checks'),
    indicator: () => import('@/locales/en/indicator'),
    map: () => import('@/locales/en/map-tab'),
    views: () => import('@/locales/en/views'),
    import: () => import('@/locales/en/importing'),
    importer: () => import('@/locales/en/importer'),
    columns: () => import('@/locales/en/columns'),
    export: () => import('@/locales/en/exporting'),
    notes: () => import('@/locales/en/notes'),
    filters: () => import('@/locales/en/filters'),
  },
  es: {
    core: () => import('@/locales/es/core'),
    figures: () => import('@/locales/es/figures'),
    checks: () => import('@/locales/es/checks'),
    indicator: () => import('@/locales/es/indicator'),
    map: () => import('@/locales/es/map-tab'),
    views: () => import('@/locales/es/views'),
    import: () => import('@/locales/es/importing'),
    importer: () => import('@/locales/es/importer'),
    columns: () => import('@/locales/es/columns'),
    export: () => import('@/locales/es/exporting'),
    notes: () => import('@/locales/es/notes'),
    filters: () => import('@/locales/es/filters'),
  },
}
