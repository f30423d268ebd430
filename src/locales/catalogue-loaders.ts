// How the app loads the catalogues: one chunk per language and group, so a page downloads the
// messages of its own language and of the views it shows, not all of them (first-view budget,
// scripts/bench-size.ts).
import type { Language } from '@/domain/translate'

export type CatalogueGroup = 'core' | 'views'
export const catalogueGroups: readonly CatalogueGroup[] = ['core', 'views']

type Files = Record<string, Record<string, unknown>>

export const catalogueLoaders: Record<Language, Record<CatalogueGroup, () => Promise<{ default: Files }>>> = {
  en: { core: () => import('@/locales/en/core'), views: () => import('@/locales/en/views') },
  es: { core: () => import('@/locales/es/core'), views: () => import('@/locales/es/views') },
}
