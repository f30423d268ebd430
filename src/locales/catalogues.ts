// The message catalogues, one file per feature and language, in groups per language that the
// app loads separately (locales/catalogue-loaders.ts): `core` (en/core.ts: what every page
// needs), then `figures`, `checks`, `indicator`, `map`, `views`, `import`, `importer`,
// `columns`, `export`, `notes` and `filters`, each loaded with the code that uses it. Register a new file
// in both languages' group files. A message may not be defined twice (lib/i18n.ts).
import enChecks from '@/locales/en/checks'
import enColumns from '@/locales/en/columns'
import enCore from '@/locales/en/core'
import enExporting from '@/locales/en/exporting'
import enFigures from '@/locales/en/figures'
import enFilters from '@/locales/en/filters'
import enImporter from '@/locales/en/importer'
import enImporting from '@/locales/en/importing'
import enIndicator from '@/locales/en/indicator'
import enMapTab from '@/locales/en/map-tab'
import enNotes from '@/locales/en/notes'
import enViews from '@/locales/en/views'
import esChecks from '@/locales/es/checks'
import esColumns from '@/locales/es/columns'
import esCore from '@/locales/es/core'
import esExporting from '@/locales/es/exporting'
import esFigures from '@/locales/es/figures'
import esFilters from '@/locales/es/filters'
import esImporter from '@/locales/es/importer'
import esImporting from '@/locales/es/importing'
import esIndicator from '@/locales/es/indicator'
import esMapTab from '@/locales/es/map-tab'
import esNotes from '@/locales/es/notes'
import esViews from '@/locales/es/views'

/** Every message file, for the checks and tests; the app loads them per language and group. */
export const catalogues = {
  en: {
    ...enCore,
    ...enFigures,
    ...enFilters,
    ...enChecks,
    ...enIndicator,
    ...enMapTab,
    ...enViews,
    ...enImporting,
    ...enImporter,
    ...enColumns,
    ...enExporting,
    ...enNotes,
  },
  es: {
    ...esCore,
    ...esFigures,
    ...esFilters,
    ...esChecks,
    ...esIndicator,
    ...esMapTab,
    ...esViews,
    ...esImporting,
    ...esImporter,
    ...esColumns,
    ...esExporting,
    ...esNotes,
  },
} as const
